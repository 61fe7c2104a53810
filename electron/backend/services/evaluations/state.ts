import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ScoreRows } from '../../db/score-rows'
import { readEvaluationSnapshot } from '../../db/evaluation-snapshot'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Rubric } from '../../../../shared/domain/rubric'
import { scoreEvaluation, type Grade } from '../../../../shared/domain/scoring'
import { notFound } from '../errors'
import { rectOf } from './rect'

export type { ScoreRows } from '../../db/score-rows'

/** An evaluation as the review screen and every scoring change read it, in one statement (`db/evaluation-snapshot.ts`). */
export type Snapshot = NonNullable<Awaited<ReturnType<typeof readEvaluationSnapshot>>>

/** The evaluation's row with its campaign, as the review screen heads it; `decided` when a decision on an automatic finding is recorded. */
export type Header = Snapshot['header']

/** The total and grade the rows come to under the rubric. */
export function scoreOf(rubric: Rubric, { deductions, states, vetoes }: ScoreRows) {
  return scoreEvaluation(rubric, {
    deductions: deductions.map((d) => ({ itemId: d.itemId, points: d.pointsTenths / 10 })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    vetoes: vetoes.map((v) => v.vetoId),
  })
}

/** The evaluation as the review screen shows it. */
export async function readEvaluation(db: Kysely<DB>, evaluationId: number): Promise<EvaluationState> {
  const snapshot = await readEvaluationSnapshot(db, evaluationId)
  if (!snapshot) throw notFound('evaluation', evaluationId)
  return stateOf(snapshot)
}

/** Whether anything of the scoring is recorded (see `evaluationState.scored`). */
export function isScored({ deductions, states, vetoes }: ScoreRows, decided: boolean): boolean {
  return decided || deductions.length > 0 || states.length > 0 || vetoes.length > 0
}

/** The review screen's state from rows already read. */
export function stateOf({ header: { decided, avRecordId, complaintId, ...header }, rows, queue }: Snapshot): EvaluationState {
  const { deductions, states, vetoes } = rows
  const index = queue.indexOf(header.assignmentId)
  return {
    ...header,
    object: avRecordId !== null ? { kind: 'av_record', id: avRecordId } : complaintId !== null ? { kind: 'complaint', id: complaintId } : null,
    scored: isScored(rows, decided),
    grade: header.grade as Grade,
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
      previousAssignmentId: queue[index - 1] ?? null,
      nextAssignmentId: queue[index + 1] ?? null,
    },
  }
}
