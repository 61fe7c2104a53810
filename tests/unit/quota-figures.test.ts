import { describe, expect, it } from 'vitest'
import { DEFAULT_QUOTA_TARGETS } from '../../shared/contract/quotas'
import { EMPTY_COUNTS, quotaFigures, quotaPeriodOf, shareOf, totalCounts } from '../../shared/domain/quotas/figures'

const byKey = (figures: ReturnType<typeof quotaFigures>) => Object.fromEntries(figures.map((f) => [f.key, f]))

describe('the plan’s quota arithmetic', () => {
  it('rounds shares up to whole items', () => {
    expect(shareOf(25, 10)).toBe(3)
    expect(shareOf(30, 10)).toBe(3)
    expect(shareOf(31, 10)).toBe(4)
    expect(shareOf(0, 10)).toBe(0)
    expect(shareOf(250, 1)).toBe(3)
    expect(shareOf(7, 50)).toBe(4)
  })

  it('works out each figure of a year, hand-computed', () => {
    const counts = { ...EMPTY_COUNTS, closedCases: 240, reviewedCases: 20, majorDecisions: 9, checkedMajorDecisions: 5, reviewedAvRecords: 62, officers: 40, coveredOfficers: 26, complaints: 1234, reviewedComplaints: 13, repeatComplaints: 6, reviewedRepeatComplaints: 6, dueNotices: 4, noticesOnTime: 3 }
    const f = byKey(quotaFigures(counts, DEFAULT_QUOTA_TARGETS, 12, { months: 11, monthsWithCampaign: 10 }))
    expect(f.caseFiles).toEqual({ key: 'caseFiles', value: 20, base: 240, target: 24, met: false, missing: 4 })
    expect(f.legalReviews).toMatchObject({ target: 5, met: true, missing: 0 })
    expect(f.avRecords).toEqual({ key: 'avRecords', value: 62, base: null, target: 100, met: false, missing: 38 })
    expect(f.officers).toMatchObject({ target: 40, missing: 14 })
    expect(f.complaints).toMatchObject({ target: 13, met: true })
    expect(f.repeatComplaints).toMatchObject({ target: 6, met: true })
    expect(f.monthlyCampaigns).toMatchObject({ value: 10, target: 11, missing: 1 })
    expect(f.rectification).toMatchObject({ value: 3, target: 4, met: false })
  })

  it('takes a quarter’s share of the yearly A/V count, and asks nothing of a rule switched off', () => {
    const f = byKey(quotaFigures({ ...EMPTY_COUNTS, officers: 10 }, { ...DEFAULT_QUOTA_TARGETS, everyOfficerCovered: false }, 3, null))
    expect(f.avRecords!.target).toBe(25)
    expect(f.officers).toMatchObject({ target: 0, met: true })
    expect(f.monthlyCampaigns).toBeUndefined()
    expect(byKey(quotaFigures(EMPTY_COUNTS, { ...DEFAULT_QUOTA_TARGETS, avRecordsPerYear: 10 }, 3, null)).avRecords!.target).toBe(3)
  })

  it('sums squads into the bureau, and knows the periods', () => {
    expect(totalCounts([{ ...EMPTY_COUNTS, closedCases: 3, reviewedCases: 1 }, { ...EMPTY_COUNTS, closedCases: 4 }])).toMatchObject({ closedCases: 7, reviewedCases: 1 })
    expect(quotaPeriodOf(2024, null)).toMatchObject({ from: '2024-01-01', to: '2024-12-31', monthsOfYear: 12 })
    expect(quotaPeriodOf(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31', monthsOfYear: 3, months: ['2024-01', '2024-02', '2024-03'] })
    expect(quotaPeriodOf(2023, 4).to).toBe('2023-12-31')
  })
})
