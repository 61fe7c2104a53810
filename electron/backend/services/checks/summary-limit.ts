import type { Finding } from '../../../../shared/contract/checks'
import type { Locale } from '../../../../shared/contract/workspace'
import { findItem, type Rubric } from '../../../../shared/domain/rubric'
import { proposeOption } from '../../../../shared/domain/checks/proposals'
import { summaryFineOverLimit, type SummaryLimitCase } from '../../../../shared/domain/checks/summary-limits'
import { summaryFineText } from '../../../../shared/i18n/finding-text'

/** The summary rubric's item, option and veto for a fine beyond the summary limits; other rubrics have none. */
const SUMMARY_RUBRIC = { code: 'penalty-simple', itemId: 'S1.2', optionId: 'over-limit', vetoId: 'V3' }

/** A summary-procedure case fined above art. 51's limit: the procedure did not apply. */
export function summaryLimitFindings(row: SummaryLimitCase, rubric: Rubric, locale: Locale): Omit<Finding, 'decision'>[] {
  const over = summaryFineOverLimit(row)
  if (!over) return []
  const message = summaryFineText(over.penaltyFen, over.limitFen, row.partyType === 'organization', locale)
  const own = rubric.code === SUMMARY_RUBRIC.code
  const item = own ? (findItem(rubric, SUMMARY_RUBRIC.itemId) ?? null) : null
  const option = item ? proposeOption(item, SUMMARY_RUBRIC.optionId) : null
  return [
    {
      key: 'summary:fine_limit',
      check: null,
      itemId: item?.id ?? null,
      outcome: 'problem',
      message,
      deadline: null,
      vetoCandidate: own ? SUMMARY_RUBRIC.vetoId : null,
      proposal: option ? { ...option, reason: message } : null,
    },
  ]
}
