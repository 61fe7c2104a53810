import { z } from 'zod'
import { method, domain } from './define'
import { id } from './common'
import { evidenceRect } from './evaluations'
import { GRADES } from '../domain/scoring'

/**
 * At most this many sheets per call: the print view asks page by page, so a campaign of thousands
 * of cases never travels (or is read) in one answer.
 */
export const SHEETS_PAGE_MAX = 50

const grade = z.enum(GRADES)
const timestamp = z.string()

/** One reviewer's evaluation of the case, as the sheet names and dates it. */
const sheetReview = z.object({
  round: z.number().int(),
  reviewerName: z.string(),
  status: z.enum(['not_started', 'in_progress', 'submitted']),
  /** Another reviewer's round while the case is under blind double review: named, its scoring not shown. */
  withheld: z.boolean(),
  /** The score shown: null before scoring has begun; a running total until submitted. */
  total: z.number().nullable(),
  /** Only once submitted. */
  grade: grade.nullable(),
  /** Points of the items that apply, and what of them was kept (before pro-rating to the rubric's total). */
  applicableMax: z.number(),
  earned: z.number(),
  updatedAt: timestamp.nullable(),
  submittedAt: timestamp.nullable(),
})

/** What one review says of one item: points taken (capped at the item's maximum) or not applicable. */
const itemOutcome = z.object({ deducted: z.number(), notApplicable: z.boolean() })

const sheetDeduction = z.object({
  id,
  /** Index into the sheet's reviews. */
  review: z.number().int().min(0),
  points: z.number(),
  /** The reviewer's own words; without them the sheet reads the rubric option's. */
  reason: z.string(),
  optionLabel: z.string().nullable(),
  optionLabelEn: z.string().nullable(),
  documentId: id.nullable(),
  page: z.number().int().nullable(),
  rect: evidenceRect.nullable(),
})

const sheetItem = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  maxPoints: z.number(),
  /** Per review, in the order of the sheet's reviews. */
  outcomes: z.array(itemOutcome),
  /** The lead's ruling on the item of a double-reviewed case; null unless adjudicated. */
  ruled: itemOutcome.nullable(),
  deductions: z.array(sheetDeduction),
  notes: z.array(z.object({ review: z.number().int().min(0), note: z.string() })),
})

const sheetVeto = z.object({
  review: z.number().int().min(0),
  vetoId: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  article: z.string().nullable(),
  reason: z.string(),
  documentId: id.nullable(),
  page: z.number().int().nullable(),
})

/**
 * Where the case's result stands: not_started / in_progress / submitted for one reviewer; for a
 * double review pending (not both submitted), agreed, waiting (for the lead) or decided. Only
 * submitted, agreed and decided results are final; a sheet of any other is marked as such.
 */
export const SHEET_STATES = ['not_started', 'in_progress', 'submitted', 'pending', 'agreed', 'waiting', 'decided'] as const
export type SheetState = (typeof SHEET_STATES)[number]

export const evaluationSheet = z.object({
  case: z.object({
    id,
    caseNumber: z.string(),
    party: z.string(),
    partyType: z.string(),
    caseType: z.string(),
    procedure: z.string(),
    domain: z.string(),
    squadName: z.string(),
    violation: z.string(),
    legalBasis: z.string(),
    penaltyFen: z.number().int().nullable(),
    filedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    officers: z.array(z.object({ name: z.string(), badgeNumber: z.string() })),
  }),
  rubric: z.object({ id, name: z.string(), nameEn: z.string().nullable(), version: z.number().int(), totalPoints: z.number() }),
  /** The case's scans, for page references and evidence crops. */
  documents: z.array(z.object({ id, fileName: z.string(), sha256: z.string() })),
  /** One per round, in round order: two for a double review, none before assignment. */
  reviews: z.array(sheetReview),
  sections: z.array(z.object({ id: z.string(), title: z.string(), titleEn: z.string(), points: z.number(), items: z.array(sheetItem) })),
  vetoes: z.array(sheetVeto),
  result: z.object({
    state: z.enum(SHEET_STATES),
    final: z.boolean(),
    total: z.number().nullable(),
    grade: grade.nullable(),
    vetoed: z.boolean(),
  }),
  adjudication: z
    .object({ decidedBy: z.string(), decidedAt: timestamp, reason: z.string(), total: z.number(), grade })
    .nullable(),
})
export type EvaluationSheet = z.output<typeof evaluationSheet>

export const sheetsPage = z.object({
  campaign: z.object({ id, name: z.string(), kind: z.string(), doubleReview: z.boolean(), startsOn: z.string().nullable(), endsOn: z.string().nullable() }),
  /** Who issues the meeting's papers (the workbook's setting), for the sheet's heading. */
  issuingUnit: z.string(),
  /** Cases of the campaign (or 1 for one case): the sheets there are in all. */
  total: z.number().int(),
  offset: z.number().int(),
  sheets: z.array(evaluationSheet),
})
export type SheetsPage = z.output<typeof sheetsPage>

export const sheetsContract = domain('sheets', {
  /**
   * 案卷评查表: a page of the campaign's cases in case-number order, or the one case given, each
   * with every rubric item, the deductions with reasons and pages, vetoes, result and reviewers.
   */
  list: method(
    z.object({
      campaignId: id,
      caseId: id.optional(),
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(1).max(SHEETS_PAGE_MAX).default(20),
    }),
    sheetsPage,
  ),
})
