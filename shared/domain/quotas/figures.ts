import type { QuotaFigure, QuotaKey, QuotaTargets } from '../../contract/quotas'

/** What was counted for one squad, or for the whole bureau: done of how many there were. */
export interface QuotaCounts {
  closedCases: number
  reviewedCases: number
  majorDecisions: number
  checkedMajorDecisions: number
  avRecords: number
  reviewedAvRecords: number
  officers: number
  coveredOfficers: number
  complaints: number
  reviewedComplaints: number
  repeatComplaints: number
  reviewedRepeatComplaints: number
  /** Notices due in the period (deadline passed, or closed) and those closed by their deadline. */
  dueNotices: number
  noticesOnTime: number
}

/** Months of the period (and of them, those with a monthly campaign): bureau-wide, not per squad. */
export interface MonthCounts {
  months: number
  monthsWithCampaign: number
}

/** At least `percent` of `base`, in whole items: 10% of 25 closed cases is 3 to review. */
export const shareOf = (base: number, percent: number): number => Math.max(0, Math.ceil((base * percent) / 100 - 1e-9))

function figure(key: QuotaKey, value: number, base: number | null, target: number): QuotaFigure {
  return { key, value, base, target, met: value >= target, missing: Math.max(0, target - value) }
}

/**
 * The plan's figures from the counts: shares are rounded up (a 10% quota of 25 cases is 3), the
 * yearly A/V count is taken pro rata for a part of the year (`monthsOfYear` of 12, rounded up),
 * and a rule that asks for all (every officer, every repeat complaint, every notice on time) has
 * the base as its target; a rule switched off asks for nothing.
 */
export function quotaFigures(c: QuotaCounts, t: QuotaTargets, monthsOfYear: number, months: MonthCounts | null): QuotaFigure[] {
  const all = (on: boolean, base: number) => (on ? base : 0)
  const figures = [
    figure('caseFiles', c.reviewedCases, c.closedCases, shareOf(c.closedCases, t.caseReviewPercent)),
    figure('legalReviews', c.checkedMajorDecisions, c.majorDecisions, shareOf(c.majorDecisions, t.legalReviewPercent)),
    figure('avRecords', c.reviewedAvRecords, null, shareOf(t.avRecordsPerYear, (monthsOfYear / 12) * 100)),
    figure('officers', c.coveredOfficers, c.officers, all(t.everyOfficerCovered, c.officers)),
    figure('complaints', c.reviewedComplaints, c.complaints, shareOf(c.complaints, t.complaintPercent)),
    figure('repeatComplaints', c.reviewedRepeatComplaints, c.repeatComplaints, all(t.everyRepeatReviewed, c.repeatComplaints)),
  ]
  if (months) figures.push(figure('monthlyCampaigns', months.monthsWithCampaign, months.months, all(t.campaignEveryMonth, months.months)))
  figures.push(figure('rectification', c.noticesOnTime, c.dueNotices, all(t.rectificationOnTime, c.dueNotices)))
  return figures
}

/** The sum of squads' counts: the bureau's. */
export function totalCounts(squads: readonly QuotaCounts[]): QuotaCounts {
  const total = Object.fromEntries(Object.keys(EMPTY_COUNTS).map((k) => [k, 0])) as unknown as QuotaCounts
  for (const s of squads) for (const k of Object.keys(total) as (keyof QuotaCounts)[]) total[k] += s[k]
  return total
}

export const EMPTY_COUNTS: QuotaCounts = {
  closedCases: 0,
  reviewedCases: 0,
  majorDecisions: 0,
  checkedMajorDecisions: 0,
  avRecords: 0,
  reviewedAvRecords: 0,
  officers: 0,
  coveredOfficers: 0,
  complaints: 0,
  reviewedComplaints: 0,
  repeatComplaints: 0,
  reviewedRepeatComplaints: 0,
  dueNotices: 0,
  noticesOnTime: 0,
}

/** The period of a year or one of its quarters, and how many months of the year it spans. */
export function quotaPeriodOf(year: number, quarter: number | null): { from: string; to: string; monthsOfYear: number; months: string[] } {
  const first = quarter === null ? 1 : (quarter - 1) * 3 + 1
  const count = quarter === null ? 12 : 3
  const months = Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`)
  const lastMonth = first + count - 1
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return { from: `${months[0]}-01`, to: `${months.at(-1)}-${String(lastDay).padStart(2, '0')}`, monthsOfYear: count, months }
}
