import { describe, expect, it } from 'vitest'
import { rubricSchema, type Rubric, type RubricItem } from '../../shared/domain/rubric'
import {
  adjudicatedScore,
  agreedTotal,
  agreementTables,
  cohensKappa,
  differingItems,
  differingVetoes,
  disagreementReasons,
  meanAbsoluteDifference,
  needsAdjudication,
  type Review,
} from '../../shared/domain/agreement'
import { nth, only } from '../support/defined'

type Cells = [bothYes: number, aOnly: number, bOnly: number, bothNo: number]

/** A 2×2 table as judgement pairs: both yes, A yes only, B yes only, both no. */
function table(bothYes: number, aOnly: number, bOnly: number, bothNo: number): [boolean, boolean][] {
  return [
    ...Array.from({ length: bothYes }, () => [true, true] as [boolean, boolean]),
    ...Array.from({ length: aOnly }, () => [true, false] as [boolean, boolean]),
    ...Array.from({ length: bOnly }, () => [false, true] as [boolean, boolean]),
    ...Array.from({ length: bothNo }, () => [false, false] as [boolean, boolean]),
  ]
}

describe("Cohen's κ", () => {
  // Textbook tables (Cohen 1960 as given in Wikipedia's "Cohen's kappa": the grant-proposal
  // example and the two tables with equal agreement but different κ).
  it.each<{ cells: Cells; agreement: number; kappa: number }>([
    { cells: [20, 5, 10, 15], agreement: 0.7, kappa: 0.4 },
    { cells: [45, 15, 25, 15], agreement: 0.6, kappa: 0.1304 },
    { cells: [25, 35, 5, 35], agreement: 0.6, kappa: 0.2593 },
    { cells: [10, 0, 0, 10], agreement: 1, kappa: 1 },
    { cells: [0, 10, 10, 0], agreement: 0, kappa: -1 },
    // Agreement no better than chance.
    { cells: [25, 25, 25, 25], agreement: 0.5, kappa: 0 },
  ])('$cells → po $agreement, κ $kappa', ({ cells, agreement, kappa }) => {
    const r = cohensKappa(table(cells[0], cells[1], cells[2], cells[3]))
    expect(r.n).toBe(cells.reduce((s, c) => s + c, 0))
    expect(r.agreement).toBeCloseTo(agreement, 10)
    expect(r.kappa).toBeCloseTo(kappa, 4)
  })

  it('is symmetric in the two reviewers', () => {
    expect(cohensKappa(table(20, 10, 5, 15)).kappa).toBeCloseTo(cohensKappa(table(20, 5, 10, 15)).kappa!, 12)
  })

  it.each<{ name: string; cells: Cells; agreement: number }>([
    { name: 'both never deduct', cells: [0, 0, 0, 12], agreement: 1 },
    { name: 'both always deduct', cells: [7, 0, 0, 0], agreement: 1 },
  ])('is undefined when $name (only the raw agreement is shown)', ({ cells, agreement }) => {
    const r = cohensKappa(table(cells[0], cells[1], cells[2], cells[3]))
    expect(r.kappa).toBeNull()
    expect(r.agreement).toBe(agreement)
  })

  it('is defined (and zero) when only one reviewer uses a single category', () => {
    // A never deducts, B deducts twice in ten: pe = 0.8, po = 0.8.
    const r = cohensKappa(table(0, 0, 2, 8))
    expect(r.agreement).toBeCloseTo(0.8)
    expect(r.kappa).toBeCloseTo(0)
  })

  it('has nothing to say with no judgements', () => {
    expect(cohensKappa([])).toEqual({ n: 0, agreement: null, kappa: null })
  })
})

describe('mean absolute total difference', () => {
  it.each([
    { pairs: [], mean: null },
    { pairs: [[90, 85]], mean: 5 },
    { pairs: [[90, 85], [70, 72.5], [88.1, 88.1]], mean: 2.5 },
    // 0.1 + 0.2 in tenths, not floats: (1 + 2) / 2 = 1.5 tenths → 0.2 (rounded half up).
    { pairs: [[80.1, 80], [80, 80.2]], mean: 0.2 },
  ] as { pairs: [number, number][]; mean: number | null }[])('$pairs → $mean', ({ pairs, mean }) => {
    expect(meanAbsoluteDifference(pairs)).toBe(mean)
  })
})

describe('the needs-adjudication rule', () => {
  const tolerance = 50 // 5 points
  it.each([
    { a: 90, b: 85, reasons: [] }, // exactly at the tolerance: agrees
    { a: 90, b: 84.9, reasons: ['total'] }, // a tenth beyond
    { a: 84.9, b: 90, reasons: ['total'] },
    { a: 92.3, b: 92.3, reasons: [] },
  ])('totals $a and $b (same grade) → $reasons', ({ a, b, reasons }) => {
    expect(disagreementReasons({ total: a, grade: 'good', vetoes: [] }, { total: b, grade: 'good', vetoes: [] }, tolerance)).toEqual(reasons)
  })

  it('sends different grades to the lead even within the tolerance', () => {
    const r = disagreementReasons({ total: 90, grade: 'excellent', vetoes: [] }, { total: 89.5, grade: 'good', vetoes: [] }, tolerance)
    expect(r).toEqual(['grade'])
  })

  it('sends a veto one found and the other did not, whichever side found it', () => {
    const clean = { total: 95, grade: 'fail', vetoes: [] as string[] }
    const vetoed = { total: 95, grade: 'fail', vetoes: ['V2'] }
    expect(disagreementReasons(clean, vetoed, tolerance)).toEqual(['veto'])
    expect(disagreementReasons(vetoed, clean, tolerance)).toEqual(['veto'])
    expect(needsAdjudication({ ...vetoed, vetoes: ['V1'] }, vetoed, tolerance)).toBe(true)
    expect(needsAdjudication({ ...vetoed, vetoes: ['V2', 'V2'] }, vetoed, tolerance)).toBe(false)
  })

  it('with a zero tolerance, any difference counts', () => {
    expect(needsAdjudication({ total: 90, grade: 'excellent', vetoes: [] }, { total: 90.1, grade: 'excellent', vetoes: [] }, 0)).toBe(true)
  })
})

describe('the agreed score', () => {
  it.each([
    [90, 86, 88],
    [90, 85.5, 87.8], // 87.75 rounds half up
    [85.5, 90, 87.8],
    [100, 100, 100],
  ])('mean of %d and %d is %d', (a, b, mean) => expect(agreedTotal(a, b)).toBe(mean))
})

const opt = { id: 'x', label: '扣分', labelEn: 'deduct', min: 0.1, max: 10 }
const item = (id: string, maxPoints: number, extra: Partial<RubricItem> = {}): RubricItem => ({
  id, title: id, titleEn: id, maxPoints, deductions: [opt], basicElement: false, notApplicableAllowed: false, category: '其他', ...extra,
})
const rubric: Rubric = rubricSchema.parse({
  code: 'small', name: '测试', version: 1, totalPoints: 100,
  gradeCutoffs: { excellent: 90, good: 80, pass: 60 },
  vetoes: [{ id: 'V1', title: '否决' }, { id: 'V2', title: '否决二' }],
  problemCategories: ['其他'],
  sections: [
    { id: 'S1', title: '甲', titleEn: 'A', points: 50, items: [item('S1.1', 40), item('S1.2', 10)] },
    { id: 'S2', title: '乙', titleEn: 'B', points: 50, items: [item('S2.1', 30, { notApplicableAllowed: true }), item('S2.2', 20)] },
  ],
})
const review = (r: Partial<Review>): Review => ({ deductions: [], notApplicable: [], vetoes: [], ...r })

describe('item by item', () => {
  const a = review({ deductions: [{ itemId: 'S1.1', points: 6 }, { itemId: 'S1.2', points: 2 }], vetoes: ['V1'] })
  const b = review({ deductions: [{ itemId: 'S1.2', points: 1 }, { itemId: 'S1.2', points: 1 }, { itemId: 'S2.2', points: 3 }], notApplicable: ['S2.1'] })

  it('finds items with different points or not-applicable marks, and one-sided vetoes', () => {
    expect(differingItems(rubric, a, b)).toEqual(['S1.1', 'S2.1', 'S2.2']) // S1.2: 2 = 1 + 1
    expect(differingVetoes(a, b)).toEqual(['V1'])
  })

  it('scores the lead decisions with the rubric (pro-rating and vetoes included)', () => {
    const s = adjudicatedScore(rubric, a, b, [
      { itemId: 'S1.1', choice: 'own', points: 4 },
      { itemId: 'S2.1', choice: 'b' },
      { itemId: 'S2.2', choice: 'a' },
    ], [{ vetoId: 'V1', choice: 'b' }])
    // Earned 36 + 8 + 20 = 64 of 70 applicable → 91.4.
    expect(s.total).toBe(91.4)
    expect(s.grade).toBe('excellent')
    const vetoed = adjudicatedScore(rubric, a, b, [
      { itemId: 'S1.1', choice: 'a' },
      { itemId: 'S2.1', choice: 'a' },
      { itemId: 'S2.2', choice: 'b' },
    ], [{ vetoId: 'V1', choice: 'a' }])
    expect(vetoed.total).toBe(89)
    expect(vetoed.grade).toBe('fail')
  })

  it('refuses an undecided difference, a decision on an agreed item and own points beyond the item', () => {
    expect(() => adjudicatedScore(rubric, a, b, [{ itemId: 'S1.1', choice: 'a' }, { itemId: 'S2.1', choice: 'a' }], [{ vetoId: 'V1', choice: 'a' }])).toThrow(/S2.2 is not decided/)
    const all = [{ itemId: 'S1.1', choice: 'a' as const }, { itemId: 'S2.1', choice: 'a' as const }, { itemId: 'S2.2', choice: 'a' as const }]
    expect(() => adjudicatedScore(rubric, a, b, all, [])).toThrow(/V1 is not decided/)
    expect(() => adjudicatedScore(rubric, a, b, [...all, { itemId: 'S1.2', choice: 'a' }], [{ vetoId: 'V1', choice: 'a' }])).toThrow(/S1.2 does not differ/)
    expect(() => adjudicatedScore(rubric, a, b, [{ ...nth(all, 0), choice: 'own', points: 41 }, nth(all, 1), nth(all, 2)], [{ vetoId: 'V1', choice: 'a' }])).toThrow(/between 0 and 40/)
  })
})

describe('agreement tables', () => {
  it('per pair (κ over items, mean |Δ total|) and per item, leaving not-applicable items out', () => {
    const c1 = { reviewerIds: [2, 1] as const, a: { ...review({ deductions: [{ itemId: 'S1.1', points: 5 }] }), total: 95 }, b: { ...review({}), total: 100 } }
    const c2 = {
      reviewerIds: [1, 2] as const,
      a: { ...review({ deductions: [{ itemId: 'S1.1', points: 2 }], notApplicable: ['S2.1'] }), total: 97.1 },
      b: { ...review({ deductions: [{ itemId: 'S1.1', points: 3 }] }), total: 97 },
    }
    const { pairs, items } = agreementTables(rubric, [c1, c2])
    expect(pairs).toHaveLength(1)
    // Judgements: c1 [T,F] + 3×[F,F]; c2 [T,T] + 2×[F,F] (S2.1 left out) → 7, agreement 6/7.
    expect(pairs[0]).toMatchObject({ reviewerIds: [1, 2], cases: 2, n: 7, meanAbsTotalDifference: 2.6 })
    expect(only(pairs).agreement).toBeCloseTo(6 / 7)
    expect(only(pairs).kappa).toBeCloseTo((6 / 7 - (2 * 1 + 5 * 6) / 49) / (1 - (2 * 1 + 5 * 6) / 49))
    const s11 = items.find((i) => i.itemId === 'S1.1')!
    expect(s11).toMatchObject({ cases: 2, agreement: 0.5, meanAbsPointsDifference: 3 })
    const s21 = items.find((i) => i.itemId === 'S2.1')!
    expect(s21).toMatchObject({ cases: 1, agreement: 1, kappa: null })
  })
})
