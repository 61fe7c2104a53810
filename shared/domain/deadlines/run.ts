import type { CaseDates } from '../case-dates'
import type { WorkingDayCalendar } from '../calendar'
import { archivingCheck, closingCheck, decisionCheck, filingCheck, publicityCheck, seizureCheck, serviceCheck } from './checks'
import { resolveDeadlineConfig } from './config'
import type { DeadlineConfigInput, DeadlineContext, DeadlineFinding } from './types'

/**
 * Every time-limit finding for one case, in procedural order. Filing, decision and service
 * periods are those of the Penalty Law's ordinary procedure (arts. 54, 60, 61): a simple-procedure
 * case (简易程序, decided and handed over on the spot, art. 52) and a compulsion case have none.
 */
export function runDeadlineChecks(
  caseDates: CaseDates,
  context: DeadlineContext,
  calendar: WorkingDayCalendar,
  config: DeadlineConfigInput = {},
): DeadlineFinding[] {
  const c = resolveDeadlineConfig(config)
  const ordinary = context.procedure !== 'simple' && context.caseType === 'penalty'
  const findings: (DeadlineFinding | undefined)[] = [
    ordinary && c.filing.enabled ? filingCheck(caseDates, c, calendar) : undefined,
    ordinary && c.decision.enabled ? decisionCheck(caseDates, context, c, calendar) : undefined,
    ordinary && c.service.enabled ? serviceCheck(caseDates, c, calendar) : undefined,
    c.closing.enabled ? closingCheck(caseDates, c, calendar) : undefined,
    c.archiving.enabled ? archivingCheck(caseDates, c, calendar) : undefined,
    c.seizure.enabled ? seizureCheck(context, c, calendar) : undefined,
    ordinary && c.publicity.enabled ? publicityCheck(caseDates, context, c, calendar) : undefined,
  ]
  return findings.filter((f): f is DeadlineFinding => f !== undefined)
}
