import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AdjudicationReview } from '../../../../shared/contract/adjudication'
import type { Grade } from '../../../../shared/domain/scoring'
import { listAssignments } from '../campaigns/queries'

/** One round of a double-reviewed case: the assignment and, once started, its evaluation. */
export interface Round {
  round: number
  assignmentId: number
  reviewerId: number
  reviewerName: string
  evaluationId: number | null
  rubricId: number | null
  status: 'not_started' | 'in_progress' | 'submitted'
  total: number | null
  grade: Grade | null
  submittedAt: string | null
}

export interface CaseRounds {
  caseId: number
  caseNumber: string
  party: string
  squadName: string
  rounds: Round[]
}

/** The cases of a campaign with their rounds (in round order), optionally one case or some cases only. */
export async function caseRounds(db: Kysely<DB>, campaignId: number, only?: number | readonly number[]): Promise<CaseRounds[]> {
  const assignments = await listAssignments(db, typeof only === 'number' ? { campaignId, caseId: only } : { campaignId, caseIds: only })
  // The list carries score and status; the evaluation's own ids come beside it.
  const evaluations = await db
    .selectFrom('evaluations')
    .select(['id', 'assignmentId', 'rubricId', 'submittedAt'])
    .where('assignmentId', 'in', assignments.length ? assignments.map((a) => a.assignmentId) : [0])
    .execute()
  const evaluationOf = new Map(evaluations.map((e) => [e.assignmentId, e]))
  const byCase = new Map<number, CaseRounds>()
  for (const a of assignments) {
    const c = byCase.get(a.case.id) ?? { caseId: a.case.id, caseNumber: a.case.caseNumber, party: a.case.party, squadName: a.case.squadName, rounds: [] }
    byCase.set(a.case.id, c)
    const e = evaluationOf.get(a.assignmentId)
    c.rounds.push({
      round: a.round,
      assignmentId: a.assignmentId,
      reviewerId: a.reviewerId,
      reviewerName: a.reviewerName,
      evaluationId: e?.id ?? null,
      rubricId: e?.rubricId ?? null,
      status: a.evaluationStatus,
      total: a.total,
      grade: a.grade as Grade | null,
      submittedAt: e?.submittedAt ?? null,
    })
  }
  const cases = [...byCase.values()].sort((x, y) => x.caseNumber.localeCompare(y.caseNumber))
  for (const c of cases) c.rounds.sort((x, y) => x.round - y.round || x.assignmentId - y.assignmentId)
  return cases
}

/** A submitted round, with its evaluation's ids known. */
export type SubmittedRound = Round & { evaluationId: number; rubricId: number; total: number; grade: Grade }

/** Both rounds of a double-reviewed case when both are submitted; otherwise null. */
export function submittedPair(c: CaseRounds): [SubmittedRound, SubmittedRound] | null {
  const [a, b] = c.rounds
  if (c.rounds.length !== 2 || a?.status !== 'submitted' || b?.status !== 'submitted') return null
  return [a as SubmittedRound, b as SubmittedRound]
}

export type ReviewDetail = Pick<AdjudicationReview, 'deductions' | 'notApplicable' | 'notes' | 'vetoes'>

/** The rows of the given evaluations, per evaluation, as the side-by-side view shows them. */
export async function reviewDetails(db: Kysely<DB>, evaluationIds: number[]): Promise<Map<number, ReviewDetail>> {
  const ids = evaluationIds.length ? evaluationIds : [0]
  const [deductions, states, vetoes] = await Promise.all([
    db.selectFrom('deductions').selectAll().where('evaluationId', 'in', ids).orderBy('itemId').orderBy('id').execute(),
    db.selectFrom('itemStates').selectAll().where('evaluationId', 'in', ids).orderBy('itemId').execute(),
    db.selectFrom('vetoFindings').selectAll().where('evaluationId', 'in', ids).orderBy('vetoId').execute(),
  ])
  return new Map(
    evaluationIds.map((id) => [
      id,
      {
        deductions: deductions
          .filter((d) => d.evaluationId === id)
          .map((d) => ({ itemId: d.itemId, optionId: d.optionId, points: d.pointsTenths / 10, reason: d.reason, documentId: d.documentId, page: d.page })),
        notApplicable: states.filter((s) => s.evaluationId === id && s.notApplicable === 1).map((s) => s.itemId),
        notes: Object.fromEntries(states.filter((s) => s.evaluationId === id && s.note !== '').map((s) => [s.itemId, s.note])),
        vetoes: vetoes.filter((v) => v.evaluationId === id).map(({ vetoId, reason, documentId, page }) => ({ vetoId, reason, documentId, page })),
      },
    ]),
  )
}
