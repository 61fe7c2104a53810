import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findItem, rubricSchema, type Rubric, type RubricItem } from '../../shared/domain/rubric'
import { deductionPoints, scoreEvaluation, type Grade, type ScoreInput } from '../../shared/domain/scoring'

// Read, not imported: tsconfig.node.json (composite) does not include resources/.
const shipped: unknown = JSON.parse(
  readFileSync(new URL('../../resources/rubrics/penalty-ordinary.v1.json', import.meta.url), 'utf8'),
)

const opt = { id: 'x', label: '扣分', labelEn: 'deduct', min: 0.1, max: 1 }
const item = (id: string, maxPoints: number, extra: Partial<RubricItem> = {}): RubricItem => ({
  id, title: id, titleEn: id, maxPoints, deductions: [opt], basicElement: false,
  notApplicableAllowed: false, category: '其他', ...extra,
})

/** A small rubric with round numbers so expected totals are easy to check by hand. */
const small: Rubric = rubricSchema.parse({
  code: 'small', name: '测试', version: 1, totalPoints: 100,
  gradeCutoffs: { excellent: 90, good: 80, pass: 60 },
  vetoes: [{ id: 'V1', title: '否决' }],
  problemCategories: ['其他'],
  sections: [
    { id: 'S1', title: '甲', titleEn: 'A', points: 50, items: [item('S1.1', 40), item('S1.2', 10, { basicElement: true })] },
    {
      id: 'S2', title: '乙', titleEn: 'B', points: 50,
      items: [item('S2.1', 30, { notApplicableAllowed: true }), item('S2.2', 20, { notApplicableAllowed: true })],
    },
  ],
})
const rubric: Rubric = rubricSchema.parse(shipped)

const input = (p: Partial<ScoreInput> = {}): ScoreInput => ({ deductions: [], notApplicable: [], vetoes: [], ...p })
const d = (itemId: string, points: number) => ({ itemId, points })

describe('scoreEvaluation', () => {
  it('gives full marks with no deductions', () => {
    const r = scoreEvaluation(rubric, input())
    expect([r.earned, r.applicableMax, r.total, r.grade]).toEqual([100, 100, 100, 'excellent'])
    expect(r.sections.map((s) => s.earned)).toEqual([10, 25, 20, 15, 15, 5, 10])
  })

  it('caps deductions at the item maximum and never goes negative', () => {
    const r = scoreEvaluation(small, input({ deductions: [d('S1.1', 30), d('S1.1', 25), d('S2.1', 0.5)] }))
    expect(r.items[0]).toMatchObject({ itemId: 'S1.1', maxPoints: 40, deducted: 40, earned: 0 })
    expect(r.items[2]).toMatchObject({ deducted: 0.5, earned: 29.5 })
    expect([r.earned, r.total, r.grade]).toEqual([59.5, 59.5, 'fail'])

    const all = scoreEvaluation(small, input({ deductions: ['S1.1', 'S1.2', 'S2.1', 'S2.2'].map((id) => d(id, 99)) }))
    expect(all.items.every((s) => s.earned === 0)).toBe(true)
    expect([all.earned, all.total, all.grade]).toEqual([0, 0, 'fail'])
  })

  it('sums tenths without float drift', () => {
    const r = scoreEvaluation(small, input({ deductions: [d('S1.1', 0.1), d('S1.1', 0.2)] }))
    expect(r.items[0]?.deducted).toBe(0.3)
    expect(r.total).toBe(99.7)
  })

  it.each<[string, ScoreInput, number, number, number]>([
    ['S2.1 n/a, −1', input({ notApplicable: ['S2.1'], deductions: [d('S1.1', 1)] }), 69, 70, 98.6],
    ['S2.1 n/a, −3.5', input({ notApplicable: ['S2.1'], deductions: [d('S1.1', 3.5)] }), 66.5, 70, 95],
    ['S2.1 n/a, −10.1', input({ notApplicable: ['S2.1'], deductions: [d('S1.1', 10.1)] }), 59.9, 70, 85.6],
    ['S2.2 n/a, −9.8: 87.75 rounds half up', input({ notApplicable: ['S2.2'], deductions: [d('S1.1', 9.8)] }), 70.2, 80, 87.8],
    ['S2.2 n/a, −9.9: 87.625', input({ notApplicable: ['S2.2'], deductions: [d('S1.1', 9.9)] }), 70.1, 80, 87.6],
    ['both n/a', input({ notApplicable: ['S2.1', 'S2.2'], deductions: [d('S1.2', 0.5)] }), 49.5, 50, 99],
  ])('pro-rates not-applicable items: %s', (_name, given, earned, applicableMax, total) => {
    const r = scoreEvaluation(small, given)
    expect([r.earned, r.applicableMax, r.total]).toEqual([earned, applicableMax, total])
  })

  it('pro-rates the shipped rubric when hearing and legal review do not apply', () => {
    const r = scoreEvaluation(rubric, input({ notApplicable: ['S4.4', 'S4.5'], deductions: [d('S2.1', 5)] }))
    expect([r.earned, r.applicableMax, r.total, r.grade]).toEqual([91, 96, 94.8, 'excellent'])
    expect(r.sections.find((s) => s.sectionId === 'S4')).toEqual({ sectionId: 'S4', maxPoints: 15, applicableMax: 11, earned: 11 })
    expect(r.items.find((s) => s.itemId === 'S4.4')).toMatchObject({ notApplicable: true, earned: 0, deducted: 0 })
  })

  it('fails a vetoed file even at 100 points', () => {
    const r = scoreEvaluation(rubric, input({ vetoes: ['V7'] }))
    expect([r.total, r.vetoed, r.grade]).toEqual([100, true, 'fail'])
  })

  it.each<[string, ScoreInput, number, Grade]>([
    ['basic-element deduction', input({ deductions: [d('S2.4', 3), d('S2.1', 2)] }), 95, 'good'],
    ['other deductions only', input({ deductions: [d('S2.1', 5)] }), 95, 'excellent'],
    ['basic-element deduction below 90', input({ deductions: [d('S3.1', 6), d('S3.2', 8)] }), 86, 'good'],
  ])('basic-element problems rule out excellent: %s', (_name, given, total, grade) => {
    const r = scoreEvaluation(rubric, given)
    expect([r.total, r.grade]).toEqual([total, grade])
  })

  it.each<[number, Grade]>([
    [90, 'excellent'],
    [89.9, 'good'],
    [80, 'good'],
    [79.9, 'pass'],
    [60, 'pass'],
    [59.9, 'fail'],
  ])('grades a total of %s as %s', (total, grade) => {
    // Deduct from S1.1 (40) first, then S2.1 (30): no basic elements involved.
    const lost = Math.round((100 - total) * 10) / 10
    const fromFirst = Math.min(lost, 40)
    const deductions = [d('S1.1', fromFirst), d('S2.1', Math.round((lost - fromFirst) * 10) / 10)]
    const r = scoreEvaluation(small, input({ deductions }))
    expect([r.total, r.grade]).toEqual([total, grade])
  })

  it('scores 0 and fails when nothing applies', () => {
    const allOptional = rubricSchema.parse({
      ...small,
      sections: small.sections.map((s) => ({ ...s, items: s.items.map((it) => ({ ...it, notApplicableAllowed: true })) })),
    })
    const r = scoreEvaluation(allOptional, input({ notApplicable: ['S1.1', 'S1.2', 'S2.1', 'S2.2'] }))
    expect([r.earned, r.applicableMax, r.total, r.grade]).toEqual([0, 0, 0, 'fail'])
  })

  it.each<[string, ScoreInput, RegExp]>([
    ['a deduction on an unknown item', input({ deductions: [d('S9.9', 1)] }), /unknown item S9\.9/],
    ['a deduction on a not-applicable item', input({ notApplicable: ['S2.1'], deductions: [d('S2.1', 1)] }), /S2\.1.*not applicable/],
    ['n/a on an item that does not allow it', input({ notApplicable: ['S1.1'] }), /S1\.1 cannot be marked not applicable/],
    ['n/a on an unknown item', input({ notApplicable: ['S3.1'] }), /unknown item S3\.1/],
    ['an unknown veto', input({ vetoes: ['V99'] }), /Unknown veto item V99/],
    ['a negative deduction', input({ deductions: [d('S1.1', -1)] }), /negative/],
    ['points finer than 0.1', input({ deductions: [d('S1.1', 0.25)] }), /multiple of 0\.1/],
  ])('throws on %s', (_name, given, message) => {
    expect(() => scoreEvaluation(small, given)).toThrow(message)
  })
})

describe('deductionPoints', () => {
  const s11 = findItem(rubric, 'S1.1')!
  const s32 = findItem(rubric, 'S3.2')!

  it.each<[string, RubricItem, string, { occurrences?: number; amount?: number }, number]>([
    ['fixed, once by default', s11, 'missing', {}, 2],
    ['fixed × occurrences', s11, 'irregular', { occurrences: 3 }, 1.5],
    ['fixed × occurrences beyond the max (capped later)', s11, 'missing', { occurrences: 3 }, 6],
    ['range at min', s32, 'mismatch', { amount: 4 }, 4],
    ['range inside', s32, 'mismatch', { amount: 6.5 }, 6.5],
    ['range at max', s32, 'mismatch', { amount: 8 }, 8],
  ])('%s', (_name, it_, optionId, how, points) => {
    expect(deductionPoints(it_, optionId, how)).toBe(points)
  })

  it.each<[string, RubricItem, string, { occurrences?: number; amount?: number }, RegExp]>([
    ['an unknown option', s11, 'nope', {}, /S1\.1 has no deduction option nope/],
    ['a range without an amount', s32, 'mismatch', {}, /needs an amount between 4 and 8/],
    ['a range amount below min', s32, 'mismatch', { amount: 3.5 }, /outside 4–8/],
    ['a range amount above max', s32, 'mismatch', { amount: 8.5 }, /outside 4–8/],
    ['a range given occurrences', s32, 'mismatch', { occurrences: 2 }, /takes an amount/],
    ['a fixed option given an amount', s11, 'missing', { amount: 1 }, /fixed points/],
    ['zero occurrences', s11, 'missing', { occurrences: 0 }, /positive integer/],
    ['fractional occurrences', s11, 'missing', { occurrences: 1.5 }, /positive integer/],
  ])('rejects %s', (_name, it_, optionId, how, message) => {
    expect(() => deductionPoints(it_, optionId, how)).toThrow(message)
  })
})
