import { z } from 'zod'
import { method, domain } from './define'
import { changeId, empty, freeText, id } from './common'
import { GRADES } from '../domain/scoring'

const points = z.number().positive().max(100).multipleOf(0.1)
/** An evidence rectangle on a page, as fractions (0–1) of the unrotated page: survives rotation and zoom. */
export const evidenceRect = z
  .object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), w: z.number().gt(0).max(1), h: z.number().gt(0).max(1) })
  .refine((r) => r.x + r.w <= 1.000001 && r.y + r.h <= 1.000001, 'the rectangle must lie within the page')
export type EvidenceRect = z.output<typeof evidenceRect>

const pageAnchor = {
  documentId: id.nullable().default(null),
  page: z.number().int().min(1).nullable().default(null),
}
const anchor = { ...pageAnchor, rect: evidenceRect.nullable().default(null) }

export const deduction = z.object({
  id,
  itemId: z.string(),
  optionId: z.string().nullable(),
  points: z.number(),
  reason: z.string(),
  documentId: id.nullable(),
  page: z.number().int().nullable(),
  rect: evidenceRect.nullable(),
  createdAt: z.string(),
})

export const evaluationState = z.object({
  id,
  assignmentId: id,
  campaignId: id,
  campaignName: z.string(),
  /** The case reviewed; null in a campaign on A/V records or complaints (ADR 0013), which names its object instead. */
  caseId: id.nullable(),
  object: z.object({ kind: z.enum(['av_record', 'complaint']), id }).nullable(),
  rubricId: id,
  status: z.enum(['in_progress', 'submitted']),
  deductions: z.array(deduction),
  notApplicable: z.array(z.string()),
  notes: z.record(z.string(), z.string()),
  vetoes: z.array(z.object({ vetoId: z.string(), reason: z.string(), documentId: id.nullable(), page: z.number().int().nullable() })),
  /**
   * Whether scoring has begun: a deduction, an item marked or noted, a veto or a decision on a
   * finding is recorded. Until then the total and grade are the rubric's empty score, shown as 未评.
   */
  scored: z.boolean(),
  total: z.number(),
  grade: z.enum(GRADES),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  /** Neighbours in the reviewer's queue, for previous / next case. */
  position: z.object({ index: z.number().int(), count: z.number().int(), previousAssignmentId: id.nullable(), nextAssignmentId: id.nullable() }),
})
export type EvaluationState = z.output<typeof evaluationState>

/*
 * Every scoring change may carry a `changeId` (the review screen always sends one): a retry of a
 * change whose answer never arrived is answered with the evaluation as it stands, not applied again.
 */
export const evaluationsContract = domain('evaluations', {
  /** Opens (creating on first open) the evaluation of an assignment. */
  open: method(z.object({ assignmentId: id }), evaluationState),
  /** What opening the assignment will show, read without opening it (nothing is started): the queue's next case, read ahead. */
  /** The case (null for an A/V record or a complaint) and rubric an assignment opens on, and its evaluation if started. */
  peek: method(z.object({ assignmentId: id }), z.object({ caseId: id.nullable(), rubricId: id, evaluationId: id.nullable() })),
  addDeduction: method(
    z.object({
      evaluationId: id,
      itemId: z.string().min(1),
      optionId: z.string().nullable().default(null),
      points,
      reason: freeText(1000).default(''),
      ...anchor,
      changeId,
    }),
    evaluationState,
  ),
  removeDeduction: method(z.object({ evaluationId: id, deductionId: id, changeId }), evaluationState),
  setNotApplicable: method(z.object({ evaluationId: id, itemId: z.string().min(1), notApplicable: z.boolean(), changeId }), evaluationState),
  setNote: method(z.object({ evaluationId: id, itemId: z.string().min(1), note: freeText(2000, { trim: false }), changeId }), evaluationState),
  setVeto: method(
    z.object({ evaluationId: id, vetoId: z.string().min(1), on: z.boolean(), reason: freeText(1000).default(''), ...pageAnchor, changeId }),
    evaluationState,
  ),
  submit: method(z.object({ evaluationId: id, changeId }), evaluationState),
  /** The lead unlocks a submitted evaluation for rescoring; the reason is kept in the audit log. */
  reopen: method(z.object({ evaluationId: id, reason: freeText(1000).min(1), changeId }), evaluationState),
  /** The current reviewer's own reasons used more than once, per rubric item, most used first. */
  frequentReasons: method(empty, z.record(z.string(), z.array(z.string()))),
})
