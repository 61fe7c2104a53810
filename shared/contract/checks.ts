import { z } from 'zod'
import { method, domain } from './define'
import { changeId, freeText, id, isoDate, empty } from './common'
import { AUTO_CHECKS } from '../domain/rubric'
import { evaluationState } from './evaluations'
import { importSource } from './settings'

export const deadlineDetail = z.object({
  rule: z.enum(['filing', 'decision', 'service', 'closing', 'archiving', 'seizure']),
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

export const calendarOverride = z.object({
  date: isoDate,
  kind: z.enum(['holiday', 'workday']),
  note: freeText(100).default(''),
})
const calendarStatus = z.object({ overrides: z.array(calendarOverride), coveredYears: z.array(z.number().int()) })

export const checksContract = domain('checks', {
  /** What the case's own data decides, for the rubric the evaluation uses. The reviewer judges. */
  forEvaluation: method(z.object({ evaluationId: id }), z.array(finding)),
  /** Takes the proposed deduction into the evaluation. */
  confirm: method(z.object({ evaluationId: id, key: z.string().min(1), changeId }), withState),
  /** Sets a finding aside; the reason is kept in the audit log. */
  override: method(z.object({ evaluationId: id, key: z.string().min(1), reason: freeText(1000).min(1), changeId }), withState),
})

export const calendarContract = domain('calendar', {
  status: method(empty, calendarStatus),
  /** Replaces the local holiday / adjusted-workday list (next year's holidays come out each autumn). */
  setOverrides: method(z.object({ overrides: z.array(calendarOverride).max(1000) }), calendarStatus),
  /**
   * Merges overrides from an xlsx or CSV file (UTF-8 or GBK; columns 日期, 类型 放假/上班, 备注): a date
   * in the file replaces the same date in the list. All or nothing; null when the dialog was cancelled.
   */
  importOverrides: method(
    importSource,
    z.object({ status: calendarStatus, added: z.number().int(), updated: z.number().int() }).nullable(),
  ),
})
