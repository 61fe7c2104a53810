import { sql } from 'kysely'

/**
 * Whether the evaluation joined as `evaluations` has anything of its scoring recorded (the same
 * rule as `isScored` in state.ts): 1 or 0, and null without an evaluation.
 */
export const evaluationScored = sql<number | null>`case when evaluations.id is null then null else (
  exists (select 1 from deductions where deductions.evaluation_id = evaluations.id)
  or exists (select 1 from item_states where item_states.evaluation_id = evaluations.id)
  or exists (select 1 from veto_findings where veto_findings.evaluation_id = evaluations.id)
  or exists (select 1 from check_decisions where check_decisions.evaluation_id = evaluations.id)) end`

interface StoredScore {
  evaluationStatus: string | null
  scored: number | null
  total: number | null
  grade: string | null
}

/**
 * The score a list may show: no total before scoring has begun (未评), a running total while it
 * goes on, and the grade only once the evaluation is submitted.
 */
export function shownScore({ evaluationStatus, scored, total, grade }: StoredScore): { total: number | null; grade: string | null } {
  const submitted = evaluationStatus === 'submitted'
  return { total: submitted || scored === 1 ? total : null, grade: submitted ? grade : null }
}
