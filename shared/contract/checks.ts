import { z } from 'zod'
import { method, domain } from './define'
import { changeId, freeText, id, isoDate } from './common'
import { AUTO_CHECKS } from '../domain/rubric'
import { evaluationState } from './evaluations'

export const deadlineDetail = z.object({
  rule: z.enum(['filing', 'decision', 'service', 'closing', 'archiving', 'seizure', 'publicity']),
  status: z.enum(['ok', 'overdue', 'missing_date', 'calendar_unknown']),
  dueDate: isoDate.nullable(),
  actualDate: isoDate.nullable(),
  daysOver: z.number().int().nullable(),
  unit: z.enum(['working_days', 'calendar_days']),
  limitDays: z.number().int(),
  limitKind: z.enum(['working', 'calendar']),
  article: z.string(),
  basis: z.enum(['statute', 'bureau_rule']),
  note: z.string().nullable(),
})

export const finding = z.object({
  /** Stable per case and check, e.g. 'deadline:service' or 'document:送达回证': decisions are kept against it. */
  key: z.string(),
  check: z.enum(AUTO_CHECKS).nullable(),
  /** The rubric item bound to the check, if the evaluation's rubric has one. */
  itemId: z.string().nullable(),
  outcome: z.enum(['ok', 'problem', 'unknown']),
  message: z.string(),
  deadline: deadlineDetail.nullable(),
  /** A veto the finding may amount to; the reviewer decides. */
  vetoCandidate: z.string().nullable(),
  proposal: z.object({ optionId: z.string(), points: z.number(), reason: z.string() }).nullable(),
  decision: z
    .object({ kind: z.enum(['confirmed', 'overridden']), reason: z.string(), deductionId: id.nullable(), decidedAt: z.string() })
    .nullable(),
})
export type Finding = z.output<typeof finding>

const withState = z.object({ findings: z.array(finding), evaluation: evaluationState })


export const checksContract = domain('checks', {
  /** What the case's own data decides, for the rubric the evaluation uses. The reviewer judges. */
  forEvaluation: method(z.object({ evaluationId: id }), z.array(finding)),
  /** Takes the proposed deduction into the evaluation. */
  confirm: method(z.object({ evaluationId: id, key: z.string().min(1), changeId }), withState),
  /** Sets a finding aside; the reason is kept in the audit log. */
  override: method(z.object({ evaluationId: id, key: z.string().min(1), reason: freeText(1000).min(1), changeId }), withState),
})
