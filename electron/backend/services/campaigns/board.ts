import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AssignmentRow } from '../../../../shared/contract/campaigns'
import { needsAdjudication } from '../../../../shared/domain/agreement'

type Counts = { notStarted: number; inProgress: number; submitted: number; adjudication: number }
const zero = (): Counts => ({ notStarted: 0, inProgress: 0, submitted: 0, adjudication: 0 })
const KEY = { not_started: 'notStarted', in_progress: 'inProgress', submitted: 'submitted' } as const

/**
 * Cases of a double-reviewed campaign waiting for the lead: both rounds submitted, the two
 * reviews disagreeing (shared rule), and no adjudication recorded yet.
 */
export async function casesAwaitingAdjudication(db: Kysely<DB>, campaignId: number, toleranceTenths: number, assignments: AssignmentRow[]): Promise<Set<number>> {
  const byCase = new Map<number, AssignmentRow[]>()
  for (const a of assignments) byCase.set(a.case.id, [...(byCase.get(a.case.id) ?? []), a])
  const pairs = [...byCase.values()].flatMap(([a, b, ...more]) =>
    a && b && more.length === 0 && a.evaluationStatus === 'submitted' && b.evaluationStatus === 'submitted' ? [[a, b] as const] : [],
  )
  if (pairs.length === 0) return new Set()
  const vetoes = await db
    .selectFrom('vetoFindings')
    .innerJoin('evaluations', 'evaluations.id', 'vetoFindings.evaluationId')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .select(['assignments.id as assignmentId', 'vetoFindings.vetoId'])
    .where('assignments.campaignId', '=', campaignId)
    .execute()
  const decided = new Set((await db.selectFrom('adjudications').select('caseId').where('campaignId', '=', campaignId).execute()).map((r) => r.caseId))
  const review = (a: AssignmentRow) => ({ total: a.total ?? 0, grade: a.grade ?? '', vetoes: vetoes.filter((v) => v.assignmentId === a.assignmentId).map((v) => v.vetoId) })
  return new Set(pairs.filter(([a, b]) => !decided.has(a.case.id) && needsAdjudication(review(a), review(b), toleranceTenths)).map(([a]) => a.case.id))
}

/** The progress board: per reviewer (their evaluations) and per squad (its cases). */
export function progressBoard(assignments: AssignmentRow[], awaiting: Set<number>) {
  const reviewers = new Map<number, Counts & { reviewerId: number; reviewerName: string }>()
  for (const a of assignments) {
    const row = reviewers.get(a.reviewerId) ?? { reviewerId: a.reviewerId, reviewerName: a.reviewerName, ...zero() }
    row[KEY[a.evaluationStatus]]++
    if (awaiting.has(a.case.id)) row.adjudication++
    reviewers.set(a.reviewerId, row)
  }
  const cases = new Map<number, { squadId: number; squadName: string; rows: AssignmentRow[] }>()
  for (const a of assignments) {
    const entry = cases.get(a.case.id) ?? { squadId: a.case.squadId, squadName: a.case.squadName, rows: [] }
    entry.rows.push(a)
    cases.set(a.case.id, entry)
  }
  const squads = new Map<number, Counts & { squadId: number; squadName: string }>()
  for (const [caseId, { squadId, squadName, rows }] of cases) {
    const row = squads.get(squadId) ?? { squadId, squadName, ...zero() }
    const status = rows.every((r) => r.evaluationStatus === 'submitted') ? 'submitted' : rows.some((r) => r.evaluationStatus !== 'not_started') ? 'in_progress' : 'not_started'
    row[KEY[status]]++
    if (awaiting.has(caseId)) row.adjudication++
    squads.set(squadId, row)
  }
  return {
    byReviewer: [...reviewers.values()].sort((a, b) => a.reviewerId - b.reviewerId),
    bySquad: [...squads.values()].sort((a, b) => a.squadId - b.squadId),
  }
}
