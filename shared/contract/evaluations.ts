import { z } from 'zod'
import { method, domain } from './define'
import { empty, id } from './common'
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
  caseId: id,
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

export const evaluationsContract = domain('evaluations', {
  /** Opens (creating on first open) the evaluation of an assignment. */
  open: method(z.object({ assignmentId: id }), evaluationState),
  addDeduction: method(
    z.object({
      evaluationId: id,
      itemId: z.string().min(1),
      optionId: z.string().nullable().default(null),
      points,
      reason: z.string().trim().max(1000).default(''),
      ...anchor,
    }),
    evaluationState,
  ),
  removeDeduction: method(z.object({ evaluationId: id, deductionId: id }), evaluationState),
  setNotApplicable: method(z.object({ evaluationId: id, itemId: z.string().min(1), notApplicable: z.boolean() }), evaluationState),
  setNote: method(z.object({ evaluationId: id, itemId: z.string().min(1), note: z.string().max(2000) }), evaluationState),
  setVeto: method(
    z.object({ evaluationId: id, vetoId: z.string().min(1), on: z.boolean(), reason: z.string().trim().max(1000).default(''), ...pageAnchor }),
    evaluationState,
  ),
  submit: method(z.object({ evaluationId: id }), evaluationState),
  /** The lead unlocks a submitted evaluation for rescoring; the reason is kept in the audit log. */
  reopen: method(z.object({ evaluationId: id, reason: z.string().trim().min(1).max(1000) }), evaluationState),
  /** The current reviewer's own reasons used more than once, per rubric item, most used first. */
  frequentReasons: method(empty, z.record(z.string(), z.array(z.string()))),
})
