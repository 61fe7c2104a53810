import type { SqlSession } from '../../db/driver'

interface RemovedMark {
  id: number
  evaluationId: number
  deductionId: number | null
  vetoId: string | null
  kind: string
  note: string
}

const ON_DEDUCTION = `delete from typical_marks where deduction_id = ?
  returning id, evaluation_id as "evaluationId", deduction_id as "deductionId", veto_id as "vetoId", kind, note`
const ON_VETO = `delete from typical_marks where evaluation_id = ? and veto_id = ?
  returning id, evaluation_id as "evaluationId", deduction_id as "deductionId", veto_id as "vetoId", kind, note`

/**
 * Removes the typical marks on a deduction or veto finding that a scoring change is about to
 * remove (the database would drop them with it, unrecorded), as audit entries of their own: each
 * mark's history then ends with its removal.
 */
export async function removeMarksOn(session: SqlSession, target: { deductionId: number } | { evaluationId: number; vetoId: string }) {
  const marks =
    'deductionId' in target ? await session.all<RemovedMark>(ON_DEDUCTION, [target.deductionId]) : await session.all<RemovedMark>(ON_VETO, [target.evaluationId, target.vetoId])
  return marks.map(({ id, ...before }) => ({ action: 'typical.remove_with_target', entity: 'typical_mark', entityId: id, before }))
}
