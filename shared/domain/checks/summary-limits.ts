import type { PARTY_TYPES } from '../../contract/cases'

/**
 * 简易程序 (Penalty Law art. 51): a penalty decided on the spot is a warning or a fine of at most
 * 200 yuan for a citizen and 3,000 yuan for an organisation, unless a law says otherwise.
 */
export const SUMMARY_FINE_LIMIT_FEN: Record<(typeof PARTY_TYPES)[number], number> = { individual: 20_000, organization: 300_000 }

export interface SummaryLimitCase {
  procedure: string
  caseType: string
  partyType: string
  penaltyFen: number | null
}

/** The limit a summary-procedure fine exceeds, or null when it is within it or the case is not one. */
export function summaryFineOverLimit(c: SummaryLimitCase): { penaltyFen: number; limitFen: number } | null {
  if (c.procedure !== 'simple' || c.caseType !== 'penalty' || c.penaltyFen === null) return null
  const limitFen = SUMMARY_FINE_LIMIT_FEN[c.partyType === 'organization' ? 'organization' : 'individual']
  return c.penaltyFen > limitFen ? { penaltyFen: c.penaltyFen, limitFen } : null
}
