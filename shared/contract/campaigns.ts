import { z } from 'zod'
import { REVIEW_TARGETS } from '../domain/rubric'
import { method, domain } from './define'
import { freeText, id, isoDate, empty, visibleText } from './common'
import { caseSummary, CASE_SOURCES, ENFORCEMENT_DOMAINS, PROCEDURES } from './cases'
import { exportResult } from './exports'

export const CAMPAIGN_KINDS = ['monthly', 'centralized', 'special', 'follow_up'] as const
export const CAMPAIGN_STATUSES = ['draft', 'in_progress', 'closed'] as const
export const EVALUATION_STATUSES = ['not_started', 'in_progress', 'submitted'] as const
export const CAMPAIGN_CASE_ORIGINS = ['sample', 'always', 'manual'] as const

const reason = freeText(500).min(2)
const seed = z.number().int().min(0).max(4294967295)

/** 抽样范围: cases closed (or decided) within a date range, optionally narrowed. */
export const populationFilter = z
  .object({
    basis: z.enum(['closed', 'decided']).default('closed'),
    from: isoDate,
    to: isoDate,
    squadIds: z.array(id).max(200).default([]),
    domains: z.array(z.enum(ENFORCEMENT_DOMAINS)).max(20).default([]),
    procedures: z.array(z.enum(PROCEDURES)).max(5).default([]),
    sources: z.array(z.enum(CASE_SOURCES)).max(10).default([]),
    /** 'only' the major cases, or 'exclude' them; null for both. */
    major: z.enum(['only', 'exclude']).nullable().default(null),
  })
  .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] })
export type PopulationFilter = z.output<typeof populationFilter>

export const samplingPlan = z.object({
  method: z.enum(['simple', 'stratified']).default('stratified'),
  byDomain: z.boolean().default(false),
  size: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('rate'), percent: z.number().min(0.1).max(100) }),
    z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(100_000) }),
  ]),
  alwaysInclude: z.object({ major: z.boolean(), complaint: z.boolean() }).default({ major: true, complaint: true }),
  /** Omitted: a new random seed is drawn and shown. */
  seed: seed.optional(),
})

/** 抽样记录: what was drawn, from what, how and by whom. */
export const samplingRecord = z.object({
  population: populationFilter,
  populationSize: z.number().int(),
  method: z.enum(['simple', 'stratified']),
  byDomain: z.boolean(),
  size: samplingPlan.shape.size,
  target: z.number().int(),
  sampleSize: z.number().int(),
  seed,
  alwaysInclude: z.object({ major: z.boolean(), complaint: z.boolean() }),
  alwaysIncluded: z.number().int(),
  strata: z.array(
    z.object({
      squadId: id,
      squadName: z.string(),
      domain: z.string().nullable(),
      population: z.number().int(),
      sampled: z.number().int(),
      always: z.number().int(),
    }),
  ),
  drawnBy: z.string(),
  drawnAt: z.string(),
})
export type SamplingRecord = z.output<typeof samplingRecord>

export const campaignSummary = z.object({
  id,
  name: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  /** What it reviews (ADR 0013). */
  target: z.enum(REVIEW_TARGETS),
  status: z.enum(CAMPAIGN_STATUSES),
  rubricId: id,
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  doubleReview: z.boolean(),
  /** Totals further apart than this many points go to the lead. */
  tolerance: z.number(),
  caseCount: z.number().int(),
  submittedCount: z.number().int(),
  /** Evaluations the campaign needs: one per case, two with double review. */
  evaluationCount: z.number().int(),
})

export const assignmentRow = z.object({
  assignmentId: id,
  position: z.number().int(),
  round: z.number().int(),
  reviewerId: id,
  reviewerName: z.string(),
  case: caseSummary,
  evaluationStatus: z.enum(EVALUATION_STATUSES),
  total: z.number().nullable(),
  grade: z.string().nullable(),
})
export type AssignmentRow = z.output<typeof assignmentRow>

/** An A/V record or complaint as a queue or a results sheet names it. */
export const reviewObjectRef = z.object({ kind: z.enum(['av_record', 'complaint']), id, label: z.string(), squadName: z.string(), date: isoDate })

/** An assignment of an A/V record or a complaint (ADR 0013): the object in place of the case. */
export const objectAssignmentRow = assignmentRow.omit({ case: true }).extend({ campaignId: id, campaignName: z.string(), object: reviewObjectRef })
export type ObjectAssignmentRow = z.output<typeof objectAssignmentRow>

export const campaignCase = z.object({
  case: caseSummary,
  rubricId: id,
  origin: z.enum(CAMPAIGN_CASE_ORIGINS),
  note: z.string(),
  pages: z.number().int(),
  /** True once one of its evaluations is submitted: it can no longer leave the campaign. */
  submitted: z.boolean(),
})
export type CampaignCase = z.output<typeof campaignCase>

const progressCounts = z.object({ notStarted: z.number().int(), inProgress: z.number().int(), submitted: z.number().int(), adjudication: z.number().int() })
export const progressBoard = z.object({
  byReviewer: z.array(progressCounts.extend({ reviewerId: id, reviewerName: z.string() })),
  bySquad: z.array(progressCounts.extend({ squadId: id, squadName: z.string() })),
})

export const campaignDetail = campaignSummary.extend({
  population: populationFilter.nullable(),
  sampling: samplingRecord.nullable(),
  closedAt: z.string().nullable(),
  cases: z.array(campaignCase),
  assignments: z.array(assignmentRow),
  board: progressBoard,
})

export const coverageRow = z.object({ squadId: id, squadName: z.string(), closed: z.number().int(), sampled: z.number().int() })
export const coverage = z.object({ year: z.number().int(), target: z.number(), total: coverageRow.omit({ squadId: true, squadName: true }), bySquad: z.array(coverageRow) })

export const reviewerOption = z.object({ id, name: z.string(), role: z.enum(['reviewer', 'lead']), squadId: id.nullable(), squadName: z.string().nullable(), officerId: id.nullable() })

const campaignRef = z.object({ campaignId: id })

export const campaignsContract = domain('campaigns', {
  list: method(empty, z.array(campaignSummary)),
  get: method(z.object({ id }), campaignDetail),
  /** The assignments of the reviewer at this PC in campaigns under way: the 工作台. */
  mine: method(empty, z.array(assignmentRow.extend({ campaignId: id, campaignName: z.string() }))),
  /** The same reviewer's A/V records and complaints to review, in campaigns under way. */
  mineObjects: method(empty, z.array(objectAssignmentRow)),
  forCase: method(z.object({ caseId: id }), z.array(assignmentRow.extend({ campaignId: id, campaignName: z.string() }))),

  /** How many cases a population filter holds, per squad: the wizard shows it before drawing. */
  population: method(z.object({ population: populationFilter }), z.object({ size: z.number().int(), bySquad: z.array(z.object({ squadId: id, squadName: z.string(), count: z.number().int() })) })),
  /** A draft campaign with its sample drawn. */
  create: method(
    z.object({
      name: visibleText(100).pipe(z.string().min(2)),
      kind: z.enum(CAMPAIGN_KINDS),
      startsOn: isoDate.nullable().default(null),
      endsOn: isoDate.nullable().default(null),
      /** The default rubric: used when no rubric of the case's procedure or type is published. */
      rubricId: id,
      doubleReview: z.boolean().default(false),
      tolerance: z.number().min(0).max(100).default(5),
      population: populationFilter,
      sampling: samplingPlan,
    }),
    campaignSummary,
  ),
  /**
   * A draft campaign on A/V records or complaints of a period: every repeat complaint, and at
   * random (seeded) enough others to make `percent` of the population.
   */
  createForObjects: method(
    z.object({
      name: visibleText(100).pipe(z.string().min(2)),
      kind: z.enum(CAMPAIGN_KINDS),
      target: z.enum(['av_record', 'complaint']),
      startsOn: isoDate.nullable().default(null),
      endsOn: isoDate.nullable().default(null),
      rubricId: id,
      doubleReview: z.boolean().default(false),
      tolerance: z.number().min(0).max(100).default(5),
      /** `repeatsOnly` (complaints): the repeats alone; `coverOfficers` (A/V records): every officer not yet reviewed in the period in at least one record drawn. */
      population: z.object({ from: isoDate, to: isoDate, squadIds: z.array(id).max(200).optional(), repeatsOnly: z.boolean().optional(), coverOfficers: z.boolean().optional() }),
      percent: z.number().min(0).max(100),
      seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
    }),
    campaignSummary,
  ),
  /** The A/V records or complaints a campaign reviews, with their reviewers and progress. */
  objects: method(
    campaignRef,
    z.array(
      z.object({
        kind: z.enum(['av_record', 'complaint']),
        id,
        label: z.string(),
        squadName: z.string(),
        date: isoDate,
        origin: z.enum(CAMPAIGN_CASE_ORIGINS),
        assignments: z.array(z.object({ assignmentId: id, reviewerName: z.string(), round: z.number().int(), status: z.enum(EVALUATION_STATUSES), total: z.number().nullable(), grade: z.string().nullable() })),
      }),
    ),
  ),
  /** Draws the sample again (a draft only): with the same seed and population, the same sample. */
  draw: method(campaignRef.extend({ sampling: samplingPlan }), campaignSummary),
  addCase: method(campaignRef.extend({ caseId: id, reason }), campaignSummary),
  removeCase: method(campaignRef.extend({ caseId: id, reason }), campaignSummary),
  setCaseRubric: method(campaignRef.extend({ caseId: id, rubricId: id }), campaignSummary),
  setOptions: method(campaignRef.extend({ doubleReview: z.boolean(), tolerance: z.number().min(0).max(100) }), campaignSummary),
  /** Active reviewers, with what decides their recusal. */
  reviewerOptions: method(empty, z.array(reviewerOption)),
  /** Automatic assignment to the chosen reviewers (replaces the draft's assignments). */
  assign: method(campaignRef.extend({ reviewerIds: z.array(id).min(1).max(100) }), campaignSummary),
  reassign: method(z.object({ assignmentId: id, reviewerId: id }), campaignSummary),
  start: method(campaignRef, campaignSummary),
  close: method(campaignRef, campaignSummary),
  reopen: method(campaignRef.extend({ reason }), campaignSummary),
  /** The share of a year's closed cases that campaigns have sampled, against the plan's 10%. */
  coverage: method(z.object({ year: z.number().int().min(2000).max(2100) }), coverage),
  /** The sampling record as an xlsx workbook in the exports folder. */
  exportSampling: method(campaignRef, exportResult),
})
