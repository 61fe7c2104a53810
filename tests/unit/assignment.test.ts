import { describe, expect, it } from 'vitest'
import { planAssignments, queuePositions, recusalOf, type AssignableCase, type AssignableReviewer } from '../../shared/domain/assignment'
import { only } from '../support/defined'

const reviewers: [AssignableReviewer, AssignableReviewer, AssignableReviewer] = [
  { id: 1, name: '甲', squadId: 1, officerId: null },
  { id: 2, name: '乙', squadId: 2, officerId: 21 },
  { id: 3, name: '丙', squadId: null, officerId: null },
]
const kase = (id: number, squadId: number, pages: number, officerIds: number[] = []): AssignableCase => ({ id, caseNumber: `第${String(id).padStart(3, '0')}号`, squadId, officerIds, pages })

describe('recusal', () => {
  it('keeps a reviewer off cases of their own squad and cases they handled', () => {
    expect(recusalOf(reviewers[0], kase(1, 1, 10))).toBe('own_squad')
    expect(recusalOf(reviewers[1], kase(1, 3, 10, [21]))).toBe('handled')
    expect(recusalOf(reviewers[1], kase(1, 3, 10, [22]))).toBeNull()
    expect(recusalOf(reviewers[2], kase(1, 1, 10, [21]))).toBeNull()
  })

  it('never assigns a recused reviewer, and names the case no one may take', () => {
    const cases = [kase(1, 1, 30), kase(2, 2, 20, [21]), kase(3, 3, 10, [21]), kase(4, 1, 40)]
    const plan = planAssignments(cases, reviewers.slice(0, 2), 1)
    for (const a of plan.assignments) {
      expect(recusalOf(reviewers.find((r) => r.id === a.reviewerId)!, cases.find((c) => c.id === a.caseId)!)).toBeNull()
    }
    // Case 2 is of 乙's squad and handled by 乙; 甲 takes it. Case 3: 乙 handled it, 甲 may. No case is left over.
    expect(plan.unassignable).toEqual([])
    const tight = planAssignments([kase(5, 2, 10, [21])], [reviewers[1]], 1)
    expect(tight.unassignable).toEqual([{ caseId: 5, caseNumber: '第005号', recused: [{ reviewerId: 2, reason: 'handled' }] }])
  })
})

describe('balance', () => {
  it('spreads pages evenly across the reviewers', () => {
    const cases = [60, 50, 40, 30, 30, 20, 20, 10, 10, 10].map((pages, i) => kase(i + 1, 9, pages))
    const plan = planAssignments(cases, reviewers, 1)
    const loads = [...plan.load.values()]
    expect(loads.reduce((a, b) => a + b, 0)).toBe(280)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(10)
  })

  it('gives each case of a double review two different reviewers, in rounds 1 and 2', () => {
    const cases = [kase(1, 1, 30), kase(2, 2, 20), kase(3, 3, 10), kase(4, 9, 40)]
    const plan = planAssignments(cases, reviewers, 2)
    expect(plan.unassignable).toEqual([])
    for (const c of cases) {
      const rows = plan.assignments.filter((a) => a.caseId === c.id)
      expect(rows.map((r) => r.round)).toEqual([1, 2])
      expect(new Set(rows.map((r) => r.reviewerId)).size).toBe(2)
    }
    // Case 1 (squad 1) can go only to 乙 and 丙; with one of them recused by handling, it has no pair.
    const handled = planAssignments([kase(1, 1, 30, [21])], reviewers, 2)
    expect(only(handled.unassignable).recused).toEqual([
      { reviewerId: 1, reason: 'own_squad' },
      { reviewerId: 2, reason: 'handled' },
    ])
  })
})

describe('queue numbering', () => {
  it('numbers each reviewer’s queue 1…n in case-number order, without gaps', () => {
    const rows = [
      { reviewerId: 2, caseNumber: 'B' },
      { reviewerId: 1, caseNumber: 'C' },
      { reviewerId: 1, caseNumber: 'A' },
      { reviewerId: 2, caseNumber: 'A' },
      { reviewerId: 1, caseNumber: 'B' },
    ]
    const positions = queuePositions(rows)
    expect(rows.map((r) => positions.get(r))).toEqual([2, 3, 1, 1, 2])
  })
})
