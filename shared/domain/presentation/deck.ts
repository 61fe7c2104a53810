import type { StatisticsHeadline, StatisticsReport } from '../../contract/statistics'
import type { TypicalEntry } from '../../contract/typical'
import type { Rubric } from '../rubric'
import { maskName, maskNamesIn } from '../privacy/mask-names'

type Squad = StatisticsReport['squads'][number]
type Category = StatisticsReport['categories'][number]
type Repeat = StatisticsReport['repeats'][number]

/** The rubric item (or veto) a typical case was marked on, as the slide shows it beside the crop. */
export interface TypicalItem {
  sectionTitle: string | null
  sectionTitleEn: string | null
  maxPoints: number | null
  /** The deduction rules of the item: what costs how many points. */
  rules: { label: string; labelEn: string; points: string }[]
  /** A veto's legal basis. */
  article: string | null
}

/** One problem a squad is to put right, from the statistics. */
export interface SquadProblem {
  itemId: string
  title: string
  titleEn: string
  cases: number
  /** Deducted in ≥ 3 of the squad's cases: called out as recurring. */
  repeat: boolean
}

/** A squad's 整改 requirement: the bulletin's paragraph and deadline when there is one, else its problems. */
export type Rectification =
  | { squadName: string; text: string; deadline: string | null; problems: null }
  | { squadName: string; text: null; deadline: null; problems: SquadProblem[] }

export type Slide =
  | { kind: 'title'; scopeLabel: string; issuingUnit: string; date: string }
  | { kind: 'headline'; current: StatisticsHeadline; previous: StatisticsHeadline | null; previousLabel: string | null }
  | { kind: 'squads'; rows: Squad[]; ranked: Squad[]; average: number | null; part: number; parts: number }
  | { kind: 'problems'; categories: Category[]; total: number }
  | { kind: 'repeats'; rows: Repeat[] }
  | { kind: 'typical'; entry: TypicalEntry; item: TypicalItem | null; number: number; count: number }
  | { kind: 'rectification'; squads: Rectification[]; source: 'bulletin' | 'report'; part: number; parts: number }
  | { kind: 'closing'; scopeLabel: string; issuingUnit: string }

export type SlideKind = Slide['kind']

export interface DeckInput {
  report: StatisticsReport
  scopeLabel: string
  /** The period before, as the title of the comparison; null when there is none. */
  previousLabel: string | null
  issuingUnit: string
  /** The day of the meeting, YYYY-MM-DD. */
  date: string
  typical: TypicalEntry[]
  /** The rubrics the typical cases were scored against, by id. */
  rubrics: ReadonlyMap<number, Rubric>
  /** Each squad's 整改要求 as the saved bulletin draft words it; null when no draft is saved. */
  bulletinRectification: { squadName: string; text: string; deadline: string | null }[] | null
}

export interface DeckOptions {
  /** Party and officer names as 张** for an audience beyond the section. */
  masked: boolean
}

/** Rows of the ranking table one slide holds at a size readable from the back of the room. */
export const SQUAD_ROWS_PER_SLIDE = 12
/** Categories listed beside the Pareto chart; the chart itself shows them all. */
export const PARETO_ROWS = 8
export const REPEAT_ROWS_PER_SLIDE = 10
/** Problems named per squad on a 整改 slide. */
export const PROBLEMS_PER_SQUAD = 3
/** Squads on one 整改 slide, and how much bulletin text one slide holds. */
export const SQUADS_PER_RECTIFICATION_SLIDE = 4
export const RECTIFICATION_CHARS_PER_SLIDE = 360

/** Rows over as few slides as `size` allows, evened out: 13 rows of at most 12 go 7 + 6, not 12 + 1. */
function chunk<T>(rows: T[], size: number): T[][] {
  const even = Math.ceil(rows.length / Math.max(1, Math.ceil(rows.length / size)))
  const parts: T[][] = []
  for (let i = 0; i < rows.length; i += even) parts.push(rows.slice(i, i + even))
  return parts
}

function itemOf(entry: TypicalEntry, rubrics: ReadonlyMap<number, Rubric>): TypicalItem | null {
  const rubric = rubrics.get(entry.rubricId)
  if (!rubric) return null
  if (entry.target === 'veto') {
    const veto = rubric.vetoes.find((v) => v.id === entry.itemId)
    return veto ? { sectionTitle: null, sectionTitleEn: null, maxPoints: null, rules: [], article: veto.article ?? null } : null
  }
  for (const section of rubric.sections) {
    const item = section.items.find((i) => i.id === entry.itemId)
    if (!item) continue
    const rules = item.deductions.map((d) => ({ label: d.label, labelEn: d.labelEn, points: 'points' in d ? String(d.points) : `${d.min}–${d.max}` }))
    return { sectionTitle: section.title, sectionTitleEn: section.titleEn, maxPoints: item.maxPoints, rules, article: null }
  }
  return null
}

/** Each squad with deductions, in ranking order, and its most frequent problems. */
export function squadProblems(report: StatisticsReport): Extract<Rectification, { text: null }>[] {
  const repeated = new Set(report.repeats.filter((r) => r.by === 'squad').map((r) => `${r.ownerName}|${r.rubricId}|${r.itemId}`))
  const order = [...report.squads].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
  const out: Extract<Rectification, { text: null }>[] = []
  for (const squad of order) {
    const problems = report.items
      .flatMap((item) => {
        const mine = item.squads.find((s) => s.squadName === squad.squadName)
        if (!mine) return []
        const repeat = repeated.has(`${squad.squadName}|${item.rubricId}|${item.itemId}`)
        return [{ itemId: item.itemId, title: item.title, titleEn: item.titleEn, cases: mine.cases, repeat, pointsLost: item.pointsLost }]
      })
      // Recurring problems first, then the most cases, then the costliest item overall.
      .sort((a, b) => Number(b.repeat) - Number(a.repeat) || b.cases - a.cases || b.pointsLost - a.pointsLost || a.itemId.localeCompare(b.itemId))
      .slice(0, PROBLEMS_PER_SQUAD)
      .map(({ pointsLost: _, ...p }) => p)
    if (problems.length) out.push({ squadName: squad.squadName, text: null, deadline: null, problems })
  }
  return out
}

function packGreedy(rows: Rectification[], perSlide: number): Rectification[][] {
  const slides: Rectification[][] = []
  let current: Rectification[] = []
  let chars = 0
  for (const row of rows) {
    const cost = Math.max(60, [...(row.text ?? '')].length)
    if (current.length && (current.length >= perSlide || chars + cost > RECTIFICATION_CHARS_PER_SLIDE)) {
      slides.push(current)
      current = []
      chars = 0
    }
    current.push(row)
    chars += cost
  }
  if (current.length) slides.push(current)
  return slides
}

/** Bulletin paragraphs packed onto slides by length, so a long one is not cut; evened out when the count allows. */
function packByText(rows: Rectification[]): Rectification[][] {
  const greedy = packGreedy(rows, SQUADS_PER_RECTIFICATION_SLIDE)
  const even = packGreedy(rows, Math.ceil(rows.length / Math.max(1, greedy.length)))
  return even.length === greedy.length ? even : greedy
}

function rectificationSlides(input: DeckInput): Slide[] {
  const bulletin = input.bulletinRectification?.filter((r) => r.text.trim() !== '') ?? []
  const source = bulletin.length ? 'bulletin' : 'report'
  const parts = source === 'bulletin' ? packByText(bulletin.map((r) => ({ squadName: r.squadName, text: r.text.trim(), deadline: r.deadline, problems: null }))) : chunk<Rectification>(squadProblems(input.report), SQUADS_PER_RECTIFICATION_SLIDE)
  return parts.map((squads, i) => ({ kind: 'rectification', squads, source, part: i + 1, parts: parts.length }))
}

/**
 * The meeting's slides from the statistics, in the order the chief speaks: title, headline
 * figures, squad ranking, problem Pareto, repeat problems, each typical case, 整改 requirements,
 * closing. Parts with nothing to show are left out.
 */
export function buildDeck(input: DeckInput): Slide[] {
  const { report } = input
  const slides: Slide[] = [{ kind: 'title', scopeLabel: input.scopeLabel, issuingUnit: input.issuingUnit, date: input.date }]
  const previous = report.previousHeadline && report.previousHeadline.evaluated > 0 ? report.previousHeadline : null
  slides.push({ kind: 'headline', current: report.headline, previous, previousLabel: previous ? input.previousLabel : null })
  if (report.headline.evaluated > 0) {
    const ranked = report.squads.filter((s) => s.rank !== null).sort((a, b) => a.rank! - b.rank!)
    const parts = chunk(ranked, SQUAD_ROWS_PER_SLIDE)
    parts.forEach((rows, i) => slides.push({ kind: 'squads', rows, ranked, average: report.headline.average, part: i + 1, parts: parts.length }))
    const categories = [...report.categories].sort((a, b) => b.cases - a.cases)
    if (categories.length) slides.push({ kind: 'problems', categories, total: categories.reduce((n, c) => n + c.cases, 0) })
    for (const rows of chunk(report.repeats, REPEAT_ROWS_PER_SLIDE)) slides.push({ kind: 'repeats', rows })
    input.typical.forEach((entry, i) => slides.push({ kind: 'typical', entry, item: itemOf(entry, input.rubrics), number: i + 1, count: input.typical.length }))
    slides.push(...rectificationSlides(input))
  }
  slides.push({ kind: 'closing', scopeLabel: input.scopeLabel, issuingUnit: input.issuingUnit })
  return slides
}

/** The names a masked deck hides: every party of a typical case and every officer. */
export function namesToMask(input: Pick<DeckInput, 'report' | 'typical'>): string[] {
  return [
    ...input.typical.flatMap((t) => [t.party, ...t.officers]),
    ...input.report.officers.map((o) => o.officerName),
    ...input.report.repeats.concat(input.report.rollingRepeats).filter((r) => r.by === 'officer').map((r) => r.ownerName),
  ]
}

/** The deck as an audience beyond the section sees it: parties and officers as 张**, in fields and in free text. */
export function maskDeck(slides: Slide[], names: string[]): Slide[] {
  const text = (s: string) => maskNamesIn(s, names)
  return slides.map((slide): Slide => {
    switch (slide.kind) {
      case 'repeats':
        return { ...slide, rows: slide.rows.map((r) => (r.by === 'officer' ? { ...r, ownerName: maskName(r.ownerName) } : r)) }
      case 'typical': {
        const e = slide.entry
        return { ...slide, entry: { ...e, party: maskName(e.party), officers: e.officers.map(maskName), reason: text(e.reason), note: text(e.note) } }
      }
      case 'rectification':
        return { ...slide, squads: slide.squads.map((r) => (r.text === null ? r : { ...r, text: text(r.text) })) }
      default:
        return slide
    }
  })
}

/** The slides to show: built from the statistics, masked when asked. */
export function deckOf(input: DeckInput, options: DeckOptions): Slide[] {
  const slides = buildDeck(input)
  return options.masked ? maskDeck(slides, namesToMask(input)) : slides
}
