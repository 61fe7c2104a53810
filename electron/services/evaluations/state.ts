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

/** The total and grade the rows come to under the rubric. */
export function scoreOf(rubric: Rubric, { deductions, states, vetoes }: ScoreRows) {
  return scoreEvaluation(rubric, {
    deductions: deductions.map((d) => ({ itemId: d.itemId, points: d.pointsTenths / 10 })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    vetoes: vetoes.map((v) => v.vetoId),
  })
}

/** The reviewer's queue the evaluation belongs to: the same campaign and reviewer, in workbench order. */
export function queueOf(db: Kysely<DB>, evaluationId: number) {
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

export type Queue = Awaited<ReturnType<typeof queueOf>>

/** The evaluation's own row with its campaign, as the review screen heads it. */
export function headerOf(db: Kysely<DB>, evaluationId: number) {
  return db
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
}

export type Header = NonNullable<Awaited<ReturnType<ReturnType<typeof headerOf>['executeTakeFirst']>>>

/** The evaluation as the review screen shows it. The reads run side by side: each is a round trip to the database thread. */
export async function readEvaluation(db: Kysely<DB>, evaluationId: number): Promise<EvaluationState> {
  const [row, rows, queue] = await Promise.all([headerOf(db, evaluationId).executeTakeFirst(), scoreInputOf(db, evaluationId), queueOf(db, evaluationId)])
  if (!row) throw notFound('evaluation', evaluationId)
  return stateOf(row, rows, queue)
}

/** The review screen's state from rows already read. */
export function stateOf(row: Header, { deductions, states, vetoes }: ScoreRows, queue: Queue): EvaluationState {
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
