import { z } from 'zod'
import { method, domain } from './define'
import { freeText, id, ok } from './common'
import { evidenceRect } from './evaluations'
import { statisticsScope } from './statistics'

/** A typical case is a bad example (the problem to avoid) or a good one (the way to do it). */
export const TYPICAL_KINDS = ['bad', 'good'] as const
export type TypicalKind = (typeof TYPICAL_KINDS)[number]

/** The longest note on a mark: a line or two said at the meeting, not a report. */
export const TYPICAL_NOTE_MAX = 200

/** What is marked: one deduction, or one veto finding of an evaluation. */
export const typicalTarget = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('deduction'), deductionId: id }),
  z.strictObject({ type: z.literal('veto'), evaluationId: id, vetoId: z.string().min(1).max(20) }),
])
export type TypicalTarget = z.output<typeof typicalTarget>

export const typicalMark = z.object({
  id,
  evaluationId: id,
  deductionId: id.nullable(),
  vetoId: z.string().nullable(),
  kind: z.enum(TYPICAL_KINDS),
  note: z.string(),
  markedBy: z.string(),
  markedAt: z.string(),
})
export type TypicalMark = z.output<typeof typicalMark>

/** A marked deduction or veto with everything the meeting shows beside its evidence crop. */
export const typicalEntry = typicalMark.extend({
  target: z.enum(['deduction', 'veto']),
  assignmentId: id,
  campaignId: id,
  campaignName: z.string(),
  caseId: id,
  caseNumber: z.string(),
  party: z.string(),
  squadName: z.string(),
  officers: z.array(z.string()),
  /** Who scored the evaluation the deduction or veto belongs to. */
  reviewerName: z.string(),
  rubricId: id,
  /** The rubric item (S1.2) or veto (V3) id, its title in both languages. */
  itemId: z.string(),
  title: z.string(),
  titleEn: z.string(),
  /** The problem category (the deduction option's, else the item's); null for a veto. */
  category: z.string().nullable(),
  /** Points deducted; null for a veto. */
  points: z.number().nullable(),
  reason: z.string(),
  documentId: id.nullable(),
  page: z.number().int().nullable(),
  /** The evidence rectangle as fractions of the unrotated page; null for a veto or a whole-page anchor. */
  rect: evidenceRect.nullable(),
})
export type TypicalEntry = z.output<typeof typicalEntry>

export const typicalContract = domain('typical', {
  /** Marks a deduction or veto as typical, or changes the kind and note of its mark. */
  mark: method(
    z.object({ target: typicalTarget, kind: z.enum(TYPICAL_KINDS), note: freeText(TYPICAL_NOTE_MAX).default('') }),
    typicalMark,
  ),
  unmark: method(z.object({ target: typicalTarget }), ok),
  /** The marks on one evaluation's deductions and vetoes, for the review screen. */
  ofEvaluation: method(z.object({ evaluationId: id }), z.array(typicalMark)),
  /** Typical cases of a campaign or a period; only submitted (or adjudicated) results count, as in the statistics. */
  list: method(statisticsScope, z.array(typicalEntry)),
})
