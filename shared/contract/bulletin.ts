import { z } from 'zod'
import { method, domain } from './define'
import { empty, freeText, isoDate, visibleText } from './common'
import { exportResult } from './exports'
import { statisticsScope } from './statistics'
import { TYPICAL_KINDS } from './typical'

// Bounds of what a person types into the bulletin editor: a paragraph is a few hundred
// characters, a whole bulletin a few pages.
const LINE_MAX = 200
const PARAGRAPH_MAX = 4000
const PARAGRAPHS_MAX = 30

// Not trimmed: what the editor shows is what the .docx prints.
const line = freeText(LINE_MAX, { trim: false })
const paragraphText = freeText(PARAGRAPH_MAX, { trim: false })

/**
 * A body paragraph. With a heading it opens a numbered second-level part in 楷体:
 * "（一）heading。text" (or the heading alone on its line when the text is empty).
 */
export const bulletinParagraph = z.object({ heading: line, text: paragraphText })
export type BulletinParagraph = z.output<typeof bulletinParagraph>

const count = z.number().int().min(0).max(10_000_000)
/** One squad's row of the ranking table, as the statistics stood when the draft was generated. */
export const bulletinRankingRow = z.object({
  rank: z.number().int().min(1).nullable(),
  squadName: line,
  cases: count,
  average: z.number().nullable(),
  excellent: count,
  good: count,
  pass: count,
  fail: count,
  passRate: z.number().min(0).max(1).nullable(),
  vetoed: count,
})
export type BulletinRankingRow = z.output<typeof bulletinRankingRow>

/** A typical case: who, where, and what the bulletin says about it (its party is masked on export when asked). */
export const bulletinTypicalCase = z.object({
  kind: z.enum(TYPICAL_KINDS),
  caseNumber: line,
  squadName: line,
  party: line,
  text: paragraphText,
})
export type BulletinTypicalCase = z.output<typeof bulletinTypicalCase>

/** One squad's 整改 requirement and its deadline. */
export const bulletinSquadRectification = z.object({ squadName: line, text: paragraphText, deadline: isoDate })
export type BulletinSquadRectification = z.output<typeof bulletinSquadRectification>

/** The bulletin as generated from the statistics and then edited: everything the .docx shows. */
export const bulletinContent = z.object({
  title: freeText(LINE_MAX).min(1),
  /** The number in the 文号 (青城管督〔2024〕3号 → 3). */
  serial: z.number().int().min(1).max(9999),
  /** 主送机关, e.g. 各中队： */
  addressee: line,
  opening: paragraphText,
  overview: z.object({
    heading: line,
    paragraphs: z.array(bulletinParagraph).max(PARAGRAPHS_MAX),
    /** The sentence that leads into the ranking table. */
    rankingIntro: paragraphText,
    ranking: z.array(bulletinRankingRow).max(500),
    rankingNote: paragraphText,
  }),
  problems: z.object({
    heading: line,
    paragraphs: z.array(bulletinParagraph).max(PARAGRAPHS_MAX),
    typicalHeading: line,
    typicalCases: z.array(bulletinTypicalCase).max(100),
    /** Parties of typical cases shown as 张** / 上海**有限公司. */
    maskParties: z.boolean(),
  }),
  rectification: z.object({
    heading: line,
    intro: paragraphText,
    squads: z.array(bulletinSquadRectification).max(500),
    outro: paragraphText,
  }),
  nextSteps: z.object({ heading: line, paragraphs: z.array(bulletinParagraph).max(PARAGRAPHS_MAX) }),
  /** 特此通报。 */
  closing: line,
  /** 成文日期. */
  issuedOn: isoDate,
  /** What the statistics said when the text was generated: a later change marks the draft stale. */
  basis: z.object({ evaluated: count, average: z.number().nullable(), generatedAt: z.iso.datetime() }),
})
export type BulletinContent = z.output<typeof bulletinContent>

export const bulletinDraft = z.object({
  content: bulletinContent,
  /** False for a draft generated now and not yet saved. */
  saved: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The statistics changed since the text was generated (more evaluations, another average). */
  stale: z.boolean(),
})
export type BulletinDraft = z.output<typeof bulletinDraft>

/** The sequence number and year placeholders of a 文号 pattern. */
export const DOC_NUMBER_YEAR = '{year}'
export const DOC_NUMBER_SERIAL = '{number}'

/** Who issues the bulletin and its optional 红头 (red header). */
export const bulletinSettings = z.object({
  /** 发文机关署名 at the end of the bulletin (also the workbook's 印发单位). */
  issuingUnit: visibleText(60),
  redHeader: z.boolean(),
  /** 发文机关标志 printed in red, e.g. 上海市青浦区城市管理行政执法局文件. */
  issuingBody: freeText(60),
  /** 发文字号 with {year} and {number}, e.g. 青城管督〔{year}〕{number}号. */
  docNumberPattern: freeText(60),
})
export type BulletinSettings = z.output<typeof bulletinSettings>

const settingsInput = bulletinSettings.superRefine((s, ctx) => {
  if (!s.redHeader) return
  if (!s.issuingBody) ctx.addIssue({ code: 'custom', path: ['issuingBody'], message: 'a red header needs the issuing body' })
  if (!s.docNumberPattern.includes(DOC_NUMBER_SERIAL)) ctx.addIssue({ code: 'custom', path: ['docNumberPattern'], message: `the pattern needs ${DOC_NUMBER_SERIAL}` })
})

export const bulletinContract = domain('bulletin', {
  /** The saved draft for a campaign or period, or one generated now from the statistics (not saved). */
  draft: method(statisticsScope, bulletinDraft),
  /** Keeps the edited text with the campaign or period. Lead only; audited. */
  save: method(z.object({ scope: statisticsScope, content: bulletinContent }), bulletinDraft),
  /** Discards the edits: the next draft is generated from the statistics again. Lead only; audited. */
  reset: method(statisticsScope, bulletinDraft),
  /** Writes the draft (saved or generated) as a .docx in official-document layout into the exports folder. */
  export: method(statisticsScope, exportResult),
  settings: method(empty, bulletinSettings),
  /** Lead only; audited. */
  setSettings: method(settingsInput, bulletinSettings),
})
