import type { CASE_TYPES, CaseDateField, PROCEDURES } from '../../contract/cases'
import type { AutoCheck } from '../rubric'

/** The rubric auto-checks this module answers. */
export type DeadlineCheck = Extract<
  AutoCheck,
  'filing_timeliness' | 'decision_time_limit' | 'service_time_limit' | 'closing_time_limit' | 'seizure_time_limit' | 'publicity_deadline'
>

/** The individual limits; closing and archiving both feed the one closing_time_limit item. */
export type DeadlineRule = 'filing' | 'decision' | 'service' | 'closing' | 'archiving' | 'seizure' | 'publicity'

export type DeadlineStatus = 'ok' | 'overdue' | 'missing_date' | 'calendar_unknown'
export type DayKind = 'working' | 'calendar'
export type DayUnit = 'working_days' | 'calendar_days'

/** Seizure dates are not case milestones: they come in through the context. */
export type DeadlineDateField = CaseDateField | 'seizureStartedOn' | 'seizureEndedOn' | 'publishedOn'

export interface DatedField {
  field: DeadlineDateField
  date: string | null
}

export interface DeadlineFinding {
  check: DeadlineCheck
  rule: DeadlineRule
  status: DeadlineStatus
  /** The day the period runs from; counting starts the day after it. */
  trigger: DatedField
  /** Which milestone had to happen in time, and when it did. */
  actualField: DeadlineDateField
  actualDate: string | null
  /** Last day allowed; provisional under calendar_unknown, null when the trigger is missing. */
  dueDate: string | null
  /** How late, in `unit`: 0 when in time, null when it cannot be said. */
  daysOver: number | null
  unit: DayUnit
  /** days includes any approved extension (shown apart in extensionDays). */
  limit: { days: number; kind: DayKind; extensionDays: number }
  article: string
  /** Statutory limit, or a bureau rule the lead configures. */
  basis: 'statute' | 'bureau_rule'
  /** Years without holiday data that the computation needed. */
  unknownYears: number[]
  note?: string
}

export type Procedure = (typeof PROCEDURES)[number]
export type CaseType = (typeof CASE_TYPES)[number]

export interface DeadlineContext {
  procedure: Procedure
  caseType: CaseType
  /** Approved extension of the 90-day decision period, in calendar days (commonly 30). */
  extensionDays?: number
  /** 查封、扣押: start and end of the measure, and any approved extension in days. */
  seizure?: { startedOn?: string | null; endedOn?: string | null; extensionDays?: number }
  /** 执法公示: when the penalty decision was published (not a case milestone). */
  publishedOn?: string | null
}

export interface LimitConfig {
  days: number
  kind: DayKind
  article: string
  basis: 'statute' | 'bureau_rule'
  enabled: boolean
}

export interface DeadlineConfig {
  filing: LimitConfig
  decision: LimitConfig
  service: LimitConfig
  /** Counted from the first of `from` that the case has (execution, else the decision). */
  closing: LimitConfig & { from: CaseDateField[] }
  archiving: LimitConfig
  seizure: LimitConfig & { maxExtensionDays: number }
  /** 决定 → 公示: a bureau rule (the publicity rules set the day count). */
  publicity: LimitConfig
}

/** Any part of the config; the rest comes from the defaults. */
export type DeadlineConfigInput = { [K in keyof DeadlineConfig]?: Partial<DeadlineConfig[K]> }
