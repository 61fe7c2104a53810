import type { CaseDates } from '../case-dates'
import type { WorkingDayCalendar } from '../calendar'
import { evaluatePeriod } from './period'
import type {
  DatedField, DeadlineCheck, DeadlineConfig, DeadlineContext, DeadlineFinding, DeadlineRule, LimitConfig,
} from './types'
import type { CaseDateField } from '../../contract/cases'

const field = (dates: CaseDates, name: CaseDateField): DatedField => ({ field: name, date: dates[name] ?? null })

function wholeDays(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`)
  return n
}

interface PeriodSpec {
  check: DeadlineCheck
  rule: DeadlineRule
  limit: LimitConfig
  trigger: DatedField
  actual: DatedField
  extensionDays?: number
  note?: string
}

function finding(spec: PeriodSpec, calendar: WorkingDayCalendar): DeadlineFinding {
  const extensionDays = spec.extensionDays ?? 0
  const days = spec.limit.days + extensionDays
  const period = evaluatePeriod({ trigger: spec.trigger, actual: spec.actual, days, kind: spec.limit.kind }, calendar)
  const note = [spec.note, period.note].filter(Boolean).join('; ')
  return {
    check: spec.check,
    rule: spec.rule,
    status: period.status,
    trigger: spec.trigger,
    actualField: spec.actual.field,
    actualDate: spec.actual.date,
    dueDate: period.dueDate,
    daysOver: period.daysOver,
    unit: period.unit,
    limit: { days, kind: spec.limit.kind, extensionDays },
    article: spec.limit.article,
    basis: spec.limit.basis,
    unknownYears: period.unknownYears,
    ...(note ? { note } : {}),
  }
}

/** 发现 → 立案 within the bureau's limit (default 7 working days). */
export function filingCheck(dates: CaseDates, config: DeadlineConfig, calendar: WorkingDayCalendar): DeadlineFinding {
  return finding({
    check: 'filing_timeliness', rule: 'filing', limit: config.filing,
    trigger: field(dates, 'discoveredOn'), actual: field(dates, 'filedOn'),
  }, calendar)
}

/** 立案 → 决定 within 90 calendar days plus any approved extension (art. 60). */
export function decisionCheck(
  dates: CaseDates, context: DeadlineContext, config: DeadlineConfig, calendar: WorkingDayCalendar,
): DeadlineFinding {
  return finding({
    check: 'decision_time_limit', rule: 'decision', limit: config.decision,
    trigger: field(dates, 'filedOn'), actual: field(dates, 'decidedOn'),
    extensionDays: wholeDays('extensionDays', context.extensionDays ?? 0),
  }, calendar)
}

/** 决定 → 送达 within 7 working days (arts. 61, 85). */
export function serviceCheck(dates: CaseDates, config: DeadlineConfig, calendar: WorkingDayCalendar): DeadlineFinding {
  return finding({
    check: 'service_time_limit', rule: 'service', limit: config.service,
    trigger: field(dates, 'decidedOn'), actual: field(dates, 'servedOn'),
  }, calendar)
}

/** 执行 (or 决定 when nothing was executed) → 结案: a bureau rule. */
export function closingCheck(dates: CaseDates, config: DeadlineConfig, calendar: WorkingDayCalendar): DeadlineFinding {
  const from = config.closing.from
  // resolveDeadlineConfig refuses an empty list; a config built another way fails here, not silently.
  const [primary] = from
  if (primary === undefined) throw new RangeError('closing.from must name at least one date field')
  const used = from.find((f) => dates[f]) ?? primary
  const fallback = used !== primary && dates[used] ? `no ${primary}: counted from ${used}` : undefined
  return finding({
    check: 'closing_time_limit', rule: 'closing', limit: config.closing,
    trigger: field(dates, used), actual: field(dates, 'closedOn'), note: fallback,
  }, calendar)
}

/** 结案 → 归档: a bureau rule, scored under the same rubric item as closing. */
export function archivingCheck(dates: CaseDates, config: DeadlineConfig, calendar: WorkingDayCalendar): DeadlineFinding {
  return finding({
    check: 'closing_time_limit', rule: 'archiving', limit: config.archiving,
    trigger: field(dates, 'closedOn'), actual: field(dates, 'archivedOn'),
  }, calendar)
}

/**
 * 查封、扣押 within 30 days plus at most 30 approved (Compulsion Law art. 25). Checked only when
 * a start date is given; a missing end is flagged only in a compulsion case, since in a penalty
 * case the measure may be recorded elsewhere.
 */
/** 决定 → 公示 within the bureau's limit: only a decision that was made can be late to be published. */
export function publicityCheck(dates: CaseDates, context: DeadlineContext, config: DeadlineConfig, calendar: WorkingDayCalendar): DeadlineFinding | undefined {
  if (!dates.decidedOn) return undefined
  return finding({
    check: 'publicity_deadline', rule: 'publicity', limit: config.publicity,
    trigger: field(dates, 'decidedOn'), actual: { field: 'publishedOn', date: context.publishedOn ?? null },
  }, calendar)
}

export function seizureCheck(
  context: DeadlineContext, config: DeadlineConfig, calendar: WorkingDayCalendar,
): DeadlineFinding | undefined {
  const s = context.seizure
  if (!s?.startedOn) return undefined
  if (!s.endedOn && context.caseType !== 'compulsion') return undefined
  const asked = wholeDays('seizure.extensionDays', s.extensionDays ?? 0)
  const max = config.seizure.maxExtensionDays
  return finding({
    check: 'seizure_time_limit', rule: 'seizure', limit: config.seizure,
    trigger: { field: 'seizureStartedOn', date: s.startedOn },
    actual: { field: 'seizureEndedOn', date: s.endedOn ?? null },
    extensionDays: Math.min(asked, max),
    note: asked > max ? `extension of ${asked} days exceeds the maximum ${max}: counted as ${max}` : undefined,
  }, calendar)
}
