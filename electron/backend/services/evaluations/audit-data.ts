import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { selectScoreRows } from '../../db/score-rows'
import type { Header, ScoreRows } from './state'

type Outcome = Pick<Header, 'status' | 'submittedAt' | 'total' | 'grade'>

/** What an evaluation's audit rows vouch for: its scoring (deductions, N/A, notes, vetoes) and its outcome. */
export function evaluationData({ status, submittedAt, total, grade }: Outcome, rows: ScoreRows) {
  return { status, submittedAt, total, grade, deductions: rows.deductions, states: rows.states, vetoes: rows.vetoes }
}

/** The evaluation's data as it stands, in the shape `evaluationData` gives after a change; null when it is gone. */
export async function readEvaluationData(db: Kysely<DB>, evaluationId: number) {
  const outcome = await db.selectFrom('evaluations').select(['status', 'submittedAt', 'total', 'grade']).where('id', '=', evaluationId).executeTakeFirst()
  return outcome ? evaluationData(outcome, await selectScoreRows(db, evaluationId)) : null
}
