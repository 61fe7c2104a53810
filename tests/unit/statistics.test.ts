import { describe, expect, it } from 'vitest'
import { nextDay, periodBounds, periodOf, previousPeriod, rollingYearStart, type Period } from '../../shared/domain/statistics/period'
import { average, change, excellentGoodRate, passRate, rankChange, rate } from '../../shared/domain/statistics/rates'
import { rankBy } from '../../shared/domain/statistics/ranking'
import { repeatProblems } from '../../shared/domain/statistics/repeats'
import { categoryTable, headline, itemTable, officerTable, repeatTable, squadRanking, type Names } from '../../shared/domain/statistics/summary'
import { mergeFacts, noFacts, type Facts, type MonthGroup } from '../../shared/domain/statistics/facts'
import { monthlySeries, monthRange } from '../../shared/domain/statistics/months'

describe('period boundaries', () => {
  it.each<[Period, string, string]>([
    [{ kind: 'month', year: 2024, index: 2 }, '2024-02-01', '2024-02-29'],
    [{ kind: 'month', year: 2023, index: 2 }, '2023-02-01', '2023-02-28'],
    [{ kind: 'month', year: 2023, index: 12 }, '2023-12-01', '2023-12-31'],
    [{ kind: 'quarter', year: 2023, index: 3 }, '2023-07-01', '2023-09-30'],
    [{ kind: 'half', year: 2023, index: 1 }, '2023-01-01', '2023-06-30'],
    [{ kind: 'half', year: 2023, index: 2 }, '2023-07-01', '2023-12-31'],
    [{ kind: 'year', year: 2023, index: 1 }, '2023-01-01', '2023-12-31'],
  ])('%o runs from %s to %s', (period, from, to) => {
    expect(periodBounds(period)).toEqual({ from, to })
  })

  it.each<[Period, Period]>([
    [{ kind: 'month', year: 2024, index: 3 }, { kind: 'month', year: 2024, index: 2 }],
    [{ kind: 'month', year: 2024, index: 1 }, { kind: 'month', year: 2023, index: 12 }],
    [{ kind: 'quarter', year: 2024, index: 1 }, { kind: 'quarter', year: 2023, index: 4 }],
    [{ kind: 'half', year: 2024, index: 2 }, { kind: 'half', year: 2024, index: 1 }],
    [{ kind: 'year', year: 2024, index: 1 }, { kind: 'year', year: 2023, index: 1 }],
  ])('the period before %o is %o', (period, before) => {
    expect(previousPeriod(period)).toEqual(before)
  })

  it('finds the period of a date and the day after a period', () => {
    expect(periodOf('quarter', '2023-08-15')).toEqual({ kind: 'quarter', year: 2023, index: 3 })
    expect(periodOf('half', '2023-06-30')).toEqual({ kind: 'half', year: 2023, index: 1 })
    expect(nextDay('2024-02-29')).toBe('2024-03-01')
    expect(nextDay('2023-12-31')).toBe('2024-01-01')
  })

  it.each([
    ['2024-03-31', '2023-04-01'],
    ['2024-02-29', '2023-03-01'],
    ['2023-12-31', '2023-01-01'],
    ['2024-03-15', '2023-03-16'],
  ])('the rolling twelve months up to %s start on %s', (end, start) => {
    expect(rollingYearStart(end)).toBe(start)
  })

  it('rejects a period that a year does not have', () => {
    expect(() => periodBounds({ kind: 'quarter', year: 2023, index: 5 })).toThrow()
    expect(() => periodBounds({ kind: 'month', year: 2023, index: 0 })).toThrow()
  })
})

describe('rates and changes', () => {
  it.each([
    [{ excellent: 1, good: 2, pass: 3, fail: 4 }, 0.3, 0.6],
    [{ excellent: 0, good: 0, pass: 0, fail: 2 }, 0, 0],
    [{ excellent: 0, good: 0, pass: 0, fail: 0 }, null, null],
  ])('grades %o: 优良率 %s, 合格率 %s', (grades, eg, pass) => {
    expect(excellentGoodRate(grades)).toBe(eg)
    expect(passRate(grades)).toBe(pass)
  })

  it('averages to two decimals and divides nothing by zero', () => {
    expect(average(256.5, 3)).toBe(85.5)
    expect(average(250, 3)).toBe(83.33)
    expect(average(0, 0)).toBeNull()
    expect(rate(1, 10)).toBe(0.1)
    expect(rate(1, 0)).toBeNull()
  })

  it.each([
    [85.5, 82, 3.5],
    [0.6, 0.7, -0.1],
    [null, 80, null],
    [80, null, null],
  ])('change from %s to %s is %s', (current, previous, expected) => {
    expect(change(current, previous)).toBe(expected)
  })

  it('a squad moving from 5th to 2nd gains three places; a new one has no change', () => {
    expect(rankChange(2, 5)).toBe(3)
    expect(rankChange(4, 1)).toBe(-3)
    expect(rankChange(1, null)).toBeNull()
  })
})

describe('ranking with ties', () => {
  it('shares a rank between equal averages and skips the next (1, 2, 2, 4), unscored last', () => {
    const rows = [
      { name: 'A', avg: 80 },
      { name: 'B', avg: 90 },
      { name: 'C', avg: 85 },
      { name: 'D', avg: null },
      { name: 'E', avg: 85 },
    ]
    const ranked = rankBy(rows, (r) => r.avg, (a, b) => a.name.localeCompare(b.name))
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['E', 2],
      ['A', 4],
      ['D', null],
    ])
  })
})

describe('repeat problems', () => {
  it('flags an item deducted in three or more cases of one owner, not two', () => {
    const rows = [
      { ownerId: 1, rubricId: 1, itemId: 'S1.1', cases: 2 },
      { ownerId: 1, rubricId: 1, itemId: 'S2.1', cases: 3 },
      { ownerId: 2, rubricId: 1, itemId: 'S1.1', cases: 5 },
    ]
    expect(repeatProblems(rows).map((r) => [r.ownerId, r.itemId])).toEqual([
      [2, 'S1.1'],
      [1, 'S2.1'],
    ])
  })
})

// Two squads. 夏阳 (1): cases of 95 (excellent), 85 (good), 55 (fail, veto) → 235/3 = 78.33.
// 朱家角 (2): 82 (good), 88 (good) → 85. Previous period: 夏阳 90 (1 case), 朱家角 70 (1 case).
const names: Names = {
  squad: (id) => ({ 1: '夏阳街道中队', 2: '朱家角镇中队' })[id] ?? '?',
  officer: (id) => ({ 1: { name: '张伟', squadName: '夏阳街道中队' }, 2: { name: '王磊', squadName: '朱家角镇中队' } })[id] ?? { name: '?', squadName: '' },
  item: (_r, itemId) => ({ rubricName: '标准', title: `要点${itemId}`, titleEn: itemId, category: itemId === 'S1.1' ? '立案不规范' : '文书不规范' }),
}
const current: Facts = mergeFacts(
  {
    cases: [
      { squadId: 1, grade: 'excellent', cases: 1, totalSum: 95, vetoed: 0 },
      { squadId: 1, grade: 'good', cases: 1, totalSum: 85, vetoed: 0 },
      { squadId: 1, grade: 'fail', cases: 1, totalSum: 55, vetoed: 1 },
      { squadId: 2, grade: 'good', cases: 1, totalSum: 82, vetoed: 0 },
    ],
    months: [],
    officers: [
      { officerId: 1, cases: 3, totalSum: 235, pointsTenths: 60 },
      { officerId: 2, cases: 1, totalSum: 82, pointsTenths: 20 },
    ],
    items: [
      { squadId: 1, rubricId: 1, itemId: 'S1.1', cases: 3 },
      { squadId: 2, rubricId: 1, itemId: 'S1.1', cases: 1 },
      { squadId: 2, rubricId: 1, itemId: 'S7.1', cases: 1 },
    ],
    itemPoints: [
      { rubricId: 1, itemId: 'S1.1', pointsTenths: 60 },
      { rubricId: 1, itemId: 'S1.1', pointsTenths: 20 },
      { rubricId: 1, itemId: 'S7.1', pointsTenths: 5 },
    ],
    categories: [
      { squadId: 1, category: '立案不规范', cases: 3 },
      { squadId: 2, category: '立案不规范', cases: 1 },
      { squadId: 2, category: '文书不规范', cases: 1 },
    ],
    categoryPoints: [
      { category: '立案不规范', pointsTenths: 80 },
      { category: '文书不规范', pointsTenths: 5 },
    ],
    officerItems: [
      { officerId: 1, rubricId: 1, itemId: 'S1.1', cases: 3 },
      { officerId: 2, rubricId: 1, itemId: 'S1.1', cases: 1 },
    ],
  },
  // A double-reviewed case of 朱家角 merged in: 88, good, no problems.
  { ...noFacts(), cases: [{ squadId: 2, grade: 'good', cases: 1, totalSum: 88, vetoed: 0 }], officers: [{ officerId: 2, cases: 1, totalSum: 88, pointsTenths: 0 }] },
)
const previous: Facts = {
  ...noFacts(),
  cases: [
    { squadId: 1, grade: 'excellent', cases: 1, totalSum: 90, vetoed: 0 },
    { squadId: 2, grade: 'fail', cases: 1, totalSum: 70, vetoed: 0 },
  ],
}

describe('the statistics of a period, hand-computed', () => {
  it('headline: 5 cases, average 81, 优良率 4/5, 合格率 4/5, one veto, sampling rate 6/40', () => {
    const h = headline(current, { sampled: 6, closed: 40, open: 2, awaitingAdjudication: 1 })
    expect(h).toEqual({
      sampled: 6,
      closed: 40,
      open: 2,
      awaitingAdjudication: 1,
      evaluated: 5,
      samplingRate: 0.15,
      average: 81,
      excellentGoodRate: 0.8,
      passRate: 0.8,
      vetoed: 1,
      grades: { excellent: 1, good: 3, pass: 0, fail: 1 },
    })
    expect(headline(noFacts(), { sampled: 0, closed: null, open: 0, awaitingAdjudication: 0 })).toMatchObject({ evaluated: 0, average: null, passRate: null, samplingRate: null })
  })

  it('squads: 朱家角 first at 85 (was 2nd at 70: +1, +15), 夏阳 second at 78.33 (was 1st: −1)', () => {
    const rows = squadRanking(current, previous, names)
    expect(rows.map((r) => [r.squadName, r.rank, r.cases, r.average, r.passRate, r.vetoed, r.previousRank, r.rankChange, r.averageChange])).toEqual([
      ['朱家角镇中队', 1, 2, 85, 1, 0, 2, 1, 15],
      ['夏阳街道中队', 2, 3, 78.33, 2 / 3, 1, 1, -1, -11.67],
    ])
    expect(rows[1]?.grades).toEqual({ excellent: 1, good: 1, pass: 0, fail: 1 })
    expect(squadRanking(current, null, names)[0]).toMatchObject({ previousRank: null, rankChange: null, averageChange: null })
  })

  it('officers: cases, average and problems', () => {
    expect(officerTable(current, names).map((r) => [r.officerName, r.cases, r.average, r.problems, r.pointsLost])).toEqual([
      ['张伟', 3, 78.33, 3, 6],
      ['王磊', 2, 85, 1, 2],
    ])
  })

  it('problems by category and item: cases, share of the 5 evaluated, points lost, squads', () => {
    expect(categoryTable(current, 5, names)).toEqual([
      { category: '立案不规范', cases: 4, share: 0.8, pointsLost: 8, squads: [{ squadName: '夏阳街道中队', cases: 3 }, { squadName: '朱家角镇中队', cases: 1 }] },
      { category: '文书不规范', cases: 1, share: 0.2, pointsLost: 0.5, squads: [{ squadName: '朱家角镇中队', cases: 1 }] },
    ])
    expect(itemTable(current, 5, names).map((r) => [r.itemId, r.cases, r.share, r.pointsLost])).toEqual([
      ['S1.1', 4, 0.8, 8],
      ['S7.1', 1, 0.2, 0.5],
    ])
  })

  it('repeats: S1.1 in three cases of 夏阳 and of 张伟; one case of 朱家角 is not a repeat', () => {
    expect(repeatTable(current, names).map((r) => [r.by, r.ownerName, r.itemId, r.cases])).toEqual([
      ['squad', '夏阳街道中队', 'S1.1', 3],
      ['officer', '张伟', 'S1.1', 3],
    ])
  })
})

describe('the monthly trend, hand-computed', () => {
  it('lists the months between two, across a new year', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(monthRange('2024-03', '2024-03')).toEqual(['2024-03'])
    expect(monthRange('2024-03', '2024-02')).toEqual([])
  })

  // January: 85 (good) and 55 (fail, vetoed). March: 95 and 95 (excellent, one from a double
  // review, so two rows of one grade), 65 (pass). February has nothing; April is outside.
  const groups: MonthGroup[] = [
    { month: '2024-01', grade: 'good', cases: 1, totalSum: 85, vetoed: 0 },
    { month: '2024-01', grade: 'fail', cases: 1, totalSum: 55, vetoed: 1 },
    { month: '2024-03', grade: 'excellent', cases: 1, totalSum: 95, vetoed: 0 },
    { month: '2024-03', grade: 'pass', cases: 1, totalSum: 65, vetoed: 0 },
    { month: '2024-03', grade: 'excellent', cases: 1, totalSum: 95, vetoed: 0 },
  ]
  const january = { month: '2024-01', cases: 2, average: 70, excellentGoodRate: 0.5, passRate: 0.5, vetoed: 1 }
  const empty = (month: string) => ({ month, cases: 0, average: null, excellentGoodRate: null, passRate: null, vetoed: 0 })
  // (95 + 95 + 65) / 3 = 85; all three pass, two of three excellent.
  const march = { month: '2024-03', cases: 3, average: 85, excellentGoodRate: 2 / 3, passRate: 1, vetoed: 0 }

  it("a period's months, in order, empty months included and months outside left out", () => {
    const april = { month: '2024-04', grade: 'fail' as const, cases: 4, totalSum: 200, vetoed: 4 }
    expect(monthlySeries([...groups, april], ['2023-12', '2024-01', '2024-02', '2024-03'])).toEqual([empty('2023-12'), january, empty('2024-02'), march])
  })

  it("a campaign's months run from its first result to its last", () => {
    expect(monthlySeries(groups)).toEqual([january, empty('2024-02'), march])
    expect(monthlySeries([])).toEqual([])
  })
})
