import { z } from 'zod'
import { visibleText } from '../contract/common'

/** The longest rubric name (its English name may be twice as long): it heads screens, exports and campaign lists. */
export const RUBRIC_NAME_MAX = 100

/** Automatic checks an item can be bound to; the checks themselves live elsewhere. */
/** What a campaign reviews, and so what a rubric scores (ADR 0013). */
export const REVIEW_TARGETS = ['case', 'av_record', 'complaint'] as const
export type ReviewTarget = (typeof REVIEW_TARGETS)[number]

export const AUTO_CHECKS = [
  'filing_timeliness',
  'seizure_time_limit',
  'discretion_baseline',
  'legal_review',
  'service_time_limit',
  'decision_time_limit',
  'closing_time_limit',
  'publicity_deadline',
] as const
export type AutoCheck = (typeof AUTO_CHECKS)[number]

/** Points are kept to tenths so they can be summed as integers without float drift. */
export function toTenths(points: number): number {
  return Math.round(points * 10)
}

function isTenths(points: number): boolean {
  return Number.isFinite(points) && Math.abs(points * 10 - Math.round(points * 10)) < 1e-6
}

const points = z.number().positive().refine(isTenths, 'points must be a multiple of 0.1')
// Every text of a rubric is read on screen and in exports: visible and of a bounded length.
const text = visibleText(1000)

const optionBase = {
  id: text,
  label: text,
  labelEn: text,
  /** Overrides the item's problem category for this kind of deduction. */
  category: text.optional(),
}
const fixedOption = z.strictObject({ ...optionBase, points })
const rangeOption = z.strictObject({ ...optionBase, min: points, max: points })

export const deductionOptionSchema = z.union([fixedOption, rangeOption])

export const rubricItemSchema = z.strictObject({
  id: z.string().regex(/^S\d+\.\d+$/, 'item ids look like S1.1'),
  title: text,
  titleEn: text,
  maxPoints: points,
  deductions: z.array(deductionOptionSchema).min(1),
  basicElement: z.boolean(),
  notApplicableAllowed: z.boolean(),
  autoCheck: z.enum(AUTO_CHECKS).optional(),
  category: text,
})

const sectionSchema = z.strictObject({
  id: z.string().regex(/^S\d+$/, 'section ids look like S1'),
  title: text,
  titleEn: text,
  points,
  items: z.array(rubricItemSchema).min(1),
})

const vetoSchema = z.strictObject({
  id: z.string().regex(/^V\d+$/, 'veto ids look like V1'),
  title: text,
  titleEn: text.optional(),
  article: text.optional(),
})

export const rubricSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'codes are kebab-case, e.g. penalty-ordinary'),
    name: visibleText(RUBRIC_NAME_MAX),
    nameEn: visibleText(RUBRIC_NAME_MAX * 2).optional(),
    // Publishing numbers versions itself; a larger number is a slip.
    version: z.number().int().positive().max(9999),
    /** What it scores (ADR 0013); case files when not said. */
    target: z.enum(REVIEW_TARGETS).optional(),
    totalPoints: points,
    gradeCutoffs: z.strictObject({ excellent: points, good: points, pass: points }),
    vetoes: z.array(vetoSchema),
    sections: z.array(sectionSchema).min(1),
    problemCategories: z.array(text).min(1),
  })
  .superRefine((r, ctx) => {
    const issue = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: 'custom', message, path })

    const { pass, good, excellent } = r.gradeCutoffs
    if (!(pass < good && good < excellent && excellent <= r.totalPoints)) {
      issue('cut-offs must be ordered pass < good < excellent <= totalPoints', ['gradeCutoffs'])
    }

    const sectionSum = r.sections.reduce((sum, s) => sum + toTenths(s.points), 0)
    if (sectionSum !== toTenths(r.totalPoints)) {
      issue(`section points add up to ${sectionSum / 10}, not ${r.totalPoints}`, ['sections'])
    }

    // Vetoes, sections and items share one id space so any id names one thing.
    const seen = new Set<string>()
    const unique = (id: string, path: PropertyKey[]) => {
      if (seen.has(id)) issue(`duplicate id ${id}`, path)
      seen.add(id)
    }
    r.vetoes.forEach((v, vi) => unique(v.id, ['vetoes', vi, 'id']))

    const categories = new Set(r.problemCategories)
    if (categories.size !== r.problemCategories.length) issue('duplicate problem category', ['problemCategories'])

    r.sections.forEach((s, si) => {
      unique(s.id, ['sections', si, 'id'])
      const itemSum = s.items.reduce((sum, it) => sum + toTenths(it.maxPoints), 0)
      if (itemSum !== toTenths(s.points)) {
        issue(`items of ${s.id} add up to ${itemSum / 10}, not ${s.points}`, ['sections', si, 'points'])
      }
      s.items.forEach((it, ii) => {
        const path = ['sections', si, 'items', ii]
        unique(it.id, [...path, 'id'])
        if (!it.id.startsWith(`${s.id}.`)) issue(`item ${it.id} is not numbered under ${s.id}`, [...path, 'id'])
        if (!categories.has(it.category)) issue(`unknown category ${it.category}`, [...path, 'category'])

        const optionIds = new Set<string>()
        it.deductions.forEach((o, oi) => {
          const opath = [...path, 'deductions', oi]
          if (optionIds.has(o.id)) issue(`duplicate option id ${o.id} in ${it.id}`, [...opath, 'id'])
          optionIds.add(o.id)
          if (o.category !== undefined && !categories.has(o.category)) {
            issue(`unknown category ${o.category}`, [...opath, 'category'])
          }
          const max = toTenths(it.maxPoints)
          if ('min' in o) {
            if (!(toTenths(o.min) <= toTenths(o.max) && toTenths(o.max) <= max)) {
              issue(`range of ${it.id}/${o.id} must satisfy 0 < min <= max <= ${it.maxPoints}`, opath)
            }
          } else if (toTenths(o.points) > max) {
            issue(`points of ${it.id}/${o.id} exceed the item maximum ${it.maxPoints}`, [...opath, 'points'])
          }
        })
      })
    })
  })

export type Rubric = z.infer<typeof rubricSchema>
export type RubricSection = Rubric['sections'][number]
export type RubricItem = z.infer<typeof rubricItemSchema>
export type DeductionOption = z.infer<typeof deductionOptionSchema>
export type FixedDeductionOption = z.infer<typeof fixedOption>
export type RangeDeductionOption = z.infer<typeof rangeOption>
export type Veto = Rubric['vetoes'][number]

export function isRangeOption(option: DeductionOption): option is RangeDeductionOption {
  return 'min' in option
}

export function allItems(rubric: Rubric): RubricItem[] {
  return rubric.sections.flatMap((s) => s.items)
}

export function findItem(rubric: Rubric, itemId: string): RubricItem | undefined {
  for (const s of rubric.sections) {
    const item = s.items.find((it) => it.id === itemId)
    if (item) return item
  }
  return undefined
}
