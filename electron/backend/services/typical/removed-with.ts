import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'

/**
 * Removes the typical marks on a deduction or veto finding that a scoring change is about to
 * remove (the database would drop them with it, unrecorded), as audit entries of their own: each
 * mark's history then ends with its removal.
 */
export async function removeMarksOn(trx: Transaction<DB>, target: { deductionId: number } | { evaluationId: number; vetoId: string }) {
  const remove = trx.deleteFrom('typicalMarks')
  const marks = await ('deductionId' in target
    ? remove.where('deductionId', '=', target.deductionId)
    : remove.where('evaluationId', '=', target.evaluationId).where('vetoId', '=', target.vetoId)
  )
    .returning(['id', 'evaluationId', 'deductionId', 'vetoId', 'kind', 'note'])
    .execute()
  return marks.map(({ id, ...before }): AuditRecord => ({ action: 'typical.remove_with_target', entity: 'typical_mark', entityId: id, before }))
}
