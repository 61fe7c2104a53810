import type { SqlReader } from '../../db/driver'
import { scoreRowsOf, type Header, type ScoreRows } from './state'

/** What an evaluation's audit rows vouch for: its scoring (deductions, N/A, notes, vetoes) and its outcome. */
export function evaluationData(outcome: Pick<Header, 'status' | 'submittedAt' | 'total' | 'grade'>, rows: ScoreRows) {
  const { status, submittedAt, total, grade } = outcome
  return { status, submittedAt, total, grade, deductions: rows.deductions, states: rows.states, vetoes: rows.vetoes }
}

const OUTCOME = 'select status, submitted_at as "submittedAt", total, grade from evaluations where id = ?'

/** The evaluation's data as it stands, in the shape `evaluationData` gives after a change; null when it is gone. */
export async function readEvaluationData(db: SqlReader, evaluationId: number) {
  const [outcome] = await db.all<Pick<Header, 'status' | 'submittedAt' | 'total' | 'grade'>>(OUTCOME, [evaluationId])
  return outcome ? evaluationData(outcome, await scoreRowsOf(db, evaluationId)) : null
}
