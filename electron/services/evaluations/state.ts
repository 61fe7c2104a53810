import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { Rubric } from '../../../shared/domain/rubric'
import { scoreEvaluation, type Grade } from '../../../shared/domain/scoring'
import { notFound } from '../errors'
import { rectOf } from './rect'

export type ScoreRows = Awaited<ReturnType<typeof scoreInputOf>>

/** What scoring needs, read from the evaluation's rows. */
export async function scoreInputOf(db: Kysely<DB>, evaluationId: number) {
  const [deductions, states, vetoes] = await Promise.all([
    db.selectFrom('deductions').selectAll().where('evaluationId', '=', evaluationId).orderBy('id').execute(),
    db.selectFrom('itemStates').selectAll().where('evaluationId', '=', evaluationId).execute(),
    db.selectFrom('vetoFindings').selectAll().where('evaluationId', '=', evaluationId).orderBy('vetoId').execute(),
  ])
  return { deductions, states, vetoes }
}

/** Recomputes the cached total and grade from the rows (inside the caller's transaction); returns the rows too. */
export async function rescore(db: Kysely<DB>, evaluationId: number, rubric: Rubric, updatedAt: string) {
  const rows = await scoreInputOf(db, evaluationId)
  const { deductions, states, vetoes } = rows
  const score = scoreEvaluation(rubric, {
    deductions: deductions.map((d) => ({ itemId: d.itemId, points: d.pointsTenths / 10 })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    vetoes: vetoes.map((v) => v.vetoId),
  })
  await db.updateTable('evaluations').set({ total: score.total, grade: score.grade, updatedAt }).where('id', '=', evaluationId).execute()
  return { score, rows }
}

/** The reviewer's queue the evaluation belongs to: the same campaign and reviewer, in workbench order. */
function queueOf(db: Kysely<DB>, evaluationId: number) {
  return db
    .selectFrom('assignments as peer')
    .innerJoin('assignments as own', (join) => join.onRef('own.campaignId', '=', 'peer.campaignId').onRef('own.reviewerId', '=', 'peer.reviewerId'))
    .innerJoin('evaluations', 'evaluations.assignmentId', 'own.id')
    .select('peer.id')
    .where('evaluations.id', '=', evaluationId)
    .orderBy('peer.position')
    .orderBy('peer.id')
    .execute()
}

/**
 * The evaluation as the review screen shows it; `rows` saves reading again what the caller just
 * read. The reads run side by side: each is a round trip to the database thread.
 */
export async function readEvaluation(db: Kysely<DB>, evaluationId: number, rows?: ScoreRows): Promise<EvaluationState> {
  const header = db
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .innerJoin('campaigns', 'campaigns.id', 'assignments.campaignId')
    .select([
      'evaluations.id',
      'evaluations.assignmentId',
      'evaluations.rubricId',
      'evaluations.status',
      'evaluations.total',
      'evaluations.grade',
      'evaluations.updatedAt',
      'evaluations.submittedAt',
      'assignments.campaignId',
      'assignments.caseId',
      'campaigns.name as campaignName',
    ])
    .where('evaluations.id', '=', evaluationId)
    .executeTakeFirst()
  const [row, { deductions, states, vetoes }, queue] = await Promise.all([header, rows ?? scoreInputOf(db, evaluationId), queueOf(db, evaluationId)])
  if (!row) throw notFound('evaluation', evaluationId)
  const index = queue.findIndex((a) => a.id === row.assignmentId)
  return {
    ...row,
    grade: row.grade as Grade,
    deductions: deductions.map((d) => ({
      id: d.id,
      itemId: d.itemId,
      optionId: d.optionId,
      points: d.pointsTenths / 10,
      reason: d.reason,
      documentId: d.documentId,
      page: d.page,
      rect: rectOf(d),
      createdAt: d.createdAt,
    })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    notes: Object.fromEntries(states.filter((s) => s.note !== '').map((s) => [s.itemId, s.note])),
    vetoes: vetoes.map(({ vetoId, reason, documentId, page }) => ({ vetoId, reason, documentId, page })),
    position: {
      index: index + 1,
      count: queue.length,
      previousAssignmentId: queue[index - 1]?.id ?? null,
      nextAssignmentId: queue[index + 1]?.id ?? null,
    },
  }
}
