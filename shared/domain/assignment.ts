/*
 * 分配: a campaign's cases to its reviewers, balanced by pages to read, with 回避 (recusal): a
 * reviewer never gets a case of their own squad nor one they handled as an officer.
 */

export interface AssignableCase {
  id: number
  caseNumber: string
  squadId: number
  officerIds: number[]
  /** Pages of its scans; a case without scans counts as DEFAULT_PAGES. */
  pages: number
}

export interface AssignableReviewer {
  id: number
  name: string
  squadId: number | null
  officerId: number | null
}

export type RecusalReason = 'own_squad' | 'handled'

/** A case without scans still takes reading time. */
export const DEFAULT_PAGES = 10

/** Why the reviewer must not review the case, or null when they may. */
export function recusalOf(reviewer: AssignableReviewer, c: Pick<AssignableCase, 'squadId' | 'officerIds'>): RecusalReason | null {
  if (reviewer.officerId !== null && c.officerIds.includes(reviewer.officerId)) return 'handled'
  if (reviewer.squadId !== null && reviewer.squadId === c.squadId) return 'own_squad'
  return null
}

export interface PlannedAssignment {
  caseId: number
  reviewerId: number
  round: number
}

/** A case that could not get its reviewers, with every chosen reviewer's reason for recusal. */
export interface Unassignable {
  caseId: number
  caseNumber: string
  recused: { reviewerId: number; reason: RecusalReason }[]
}

export interface Plan {
  assignments: PlannedAssignment[]
  /** Pages per reviewer, the measure the plan balances. */
  load: Map<number, number>
  unassignable: Unassignable[]
}

/**
 * Greedy balancing: the most constrained cases first (fewest eligible reviewers, then most pages),
 * each to the eligible reviewer with the least pages so far (then fewest cases, then lowest id).
 * With double review each case gets two different reviewers (rounds 1 and 2).
 */
export function planAssignments(cases: readonly AssignableCase[], reviewers: readonly AssignableReviewer[], rounds: 1 | 2, initialLoad = new Map<number, number>()): Plan {
  const load = new Map(reviewers.map((r) => [r.id, initialLoad.get(r.id) ?? 0]))
  const count = new Map(reviewers.map((r) => [r.id, 0]))
  const eligible = new Map(cases.map((c) => [c.id, reviewers.filter((r) => recusalOf(r, c) === null)]))
  const order = cases.slice().sort((a, b) => eligible.get(a.id)!.length - eligible.get(b.id)!.length || b.pages - a.pages || (a.caseNumber < b.caseNumber ? -1 : 1))
  const assignments: PlannedAssignment[] = []
  const unassignable: Unassignable[] = []
  for (const c of order) {
    const pool = eligible.get(c.id)!
    if (pool.length < rounds) {
      unassignable.push({
        caseId: c.id,
        caseNumber: c.caseNumber,
        recused: reviewers.flatMap((r) => {
          const reason = recusalOf(r, c)
          return reason ? [{ reviewerId: r.id, reason }] : []
        }),
      })
      continue
    }
    const picked = pool
      .slice()
      .sort((a, b) => load.get(a.id)! - load.get(b.id)! || count.get(a.id)! - count.get(b.id)! || a.id - b.id)
      .slice(0, rounds)
    picked.forEach((r, i) => {
      assignments.push({ caseId: c.id, reviewerId: r.id, round: i + 1 })
      load.set(r.id, load.get(r.id)! + c.pages)
      count.set(r.id, count.get(r.id)! + 1)
    })
  }
  return { assignments, load, unassignable }
}

/** Each reviewer's queue numbered 1…n in case-number order. */
export function queuePositions<T extends { reviewerId: number; caseNumber: string }>(rows: readonly T[]): Map<T, number> {
  const sorted = rows.slice().sort((a, b) => a.reviewerId - b.reviewerId || (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0))
  const positions = new Map<T, number>()
  let reviewer = -1
  let n = 0
  for (const row of sorted) {
    if (row.reviewerId !== reviewer) {
      reviewer = row.reviewerId
      n = 0
    }
    positions.set(row, ++n)
  }
  return positions
}
