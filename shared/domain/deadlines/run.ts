import type { CaseDates } from '../case-dates'
import type { WorkingDayCalendar } from '../calendar'
import { archivingCheck, closingCheck, decisionCheck, filingCheck, seizureCheck, serviceCheck } from './checks'
import { resolveDeadlineConfig } from './config'
import type { DeadlineConfigInput, DeadlineContext, DeadlineFinding } from './types'

/**
 * Every time-limit finding for one case, in procedural order. Simple-procedure cases
 * (简易程序, decided on the spot) have no filing or decision period.
 */
export function runDeadlineChecks(
  caseDates: CaseDates,
  context: DeadlineContext,
  calendar: WorkingDayCalendar,
  config: DeadlineConfigInput = {},
): DeadlineFinding[] {
  const c = resolveDeadlineConfig(config)
  const ordinary = context.procedure !== 'simple'
  const findings: (DeadlineFinding | undefined)[] = [
    ordinary && c.filing.enabled ? filingCheck(caseDates, c, calendar) : undefined,
    ordinary && c.decision.enabled ? decisionCheck(caseDates, context, c, calendar) : undefined,
    c.service.enabled ? serviceCheck(caseDates, c, calendar) : undefined,
    c.closing.enabled ? closingCheck(caseDates, c, calendar) : undefined,
    c.archiving.enabled ? archivingCheck(caseDates, c, calendar) : undefined,
    c.seizure.enabled ? seizureCheck(context, c, calendar) : undefined,
  ]
  return findings.filter((f): f is DeadlineFinding => f !== undefined)
}
