import { CASE_DATE_FIELDS, type CaseDateField } from '../contract/cases'

export type CaseDates = Partial<Record<CaseDateField, string | null>>

/**
 * Pairs of milestones whose dates run against procedural order (e.g. served before decided).
 * Such a case is kept as entered: a flawed file is exactly what a reviewer must record.
 */
export function outOfOrderDates(dates: CaseDates): { earlier: CaseDateField; later: CaseDateField }[] {
  const flags: { earlier: CaseDateField; later: CaseDateField }[] = []
  const seen: { field: CaseDateField; date: string }[] = []
  for (const field of CASE_DATE_FIELDS) {
    const date = dates[field]
    if (!date) continue
    for (const prior of seen) if (date < prior.date) flags.push({ earlier: prior.field, later: field })
    seen.push({ field, date })
  }
  return flags
}

export type CaseStatus = 'registered' | 'filed' | 'decided' | 'closed' | 'archived'

/** The furthest milestone reached decides the status shown in the registry. */
export function caseStatus(dates: CaseDates): CaseStatus {
  if (dates.archivedOn) return 'archived'
  if (dates.closedOn) return 'closed'
  if (dates.decidedOn) return 'decided'
  if (dates.filedOn) return 'filed'
  return 'registered'
}
