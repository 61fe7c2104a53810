export { DEFAULT_BUREAU_RULE, DEFAULT_DEADLINE_CONFIG, resolveDeadlineConfig } from './config'
export { dueDate, evaluatePeriod, type PeriodInput, type PeriodResult } from './period'
export { archivingCheck, closingCheck, decisionCheck, filingCheck, seizureCheck, serviceCheck } from './checks'
export { runDeadlineChecks } from './run'
export type {
  CaseType, DatedField, DayKind, DayUnit, DeadlineCheck, DeadlineConfig, DeadlineConfigInput, DeadlineContext,
  DeadlineDateField, DeadlineFinding, DeadlineRule, DeadlineStatus, LimitConfig, Procedure,
} from './types'
