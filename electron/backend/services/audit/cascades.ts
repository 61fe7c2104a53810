import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'
import { appendAudit } from './log'

type Trx = Transaction<DB>
export type KnockOn = AuditRecord

/*
 * What a change does to other audited entities through the database (ON DELETE CASCADE / SET NULL)
 * gets audit rows of its own, so each entity's last row still describes its data. Read before the
 * change, appended after it.
 */

/** The documents deleting a case takes with it. */
export async function removedWithCase(trx: Trx, caseId: number): Promise<KnockOn[]> {
  const documents = await trx.selectFrom('documents').select(['id', 'sha256', 'fileName']).where('caseId', '=', caseId).orderBy('id').execute()
  return documents.map(({ id, ...before }) => ({ action: 'document.remove_with_case', entity: 'document', entityId: id, before: { caseId, ...before } }))
}

/** The evaluations of a case in a campaign, and their typical marks, that deleting its assignments takes with them. */
export async function removedWithAssignments(trx: Trx, campaignId: number, caseId: number): Promise<KnockOn[]> {
  const evaluations = await trx
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .select(['evaluations.id', 'evaluations.assignmentId', 'evaluations.total', 'evaluations.grade'])
    .where('assignments.campaignId', '=', campaignId)
    .where('assignments.caseId', '=', caseId)
    .orderBy('evaluations.id')
    .execute()
  if (evaluations.length === 0) return []
  const marks = await trx
    .selectFrom('typicalMarks')
    .select(['id', 'evaluationId', 'deductionId', 'vetoId', 'kind', 'note'])
    .where(
      'evaluationId',
      'in',
      evaluations.map((e) => e.id),
    )
    .orderBy('id')
    .execute()
  return [
    ...marks.map(({ id, ...before }): KnockOn => ({ action: 'typical.remove_with_target', entity: 'typical_mark', entityId: id, before })),
    ...evaluations.map(({ id, ...before }): KnockOn => ({ action: 'evaluation.remove_with_case', entity: 'evaluation', entityId: id, before: { campaignId, caseId, ...before } })),
  ]
}

/** The evaluations whose evidence points at a document: detaching it clears that evidence. */
export async function evidenceClearedWith(trx: Trx, documentId: number): Promise<KnockOn[]> {
  const onDeductions = trx.selectFrom('deductions').select('evaluationId').where('documentId', '=', documentId)
  const onVetoes = trx.selectFrom('vetoFindings').select('evaluationId').where('documentId', '=', documentId)
  const rows = await onDeductions.union(onVetoes).orderBy('evaluationId').execute()
  return rows.map(({ evaluationId }) => ({ action: 'evaluation.evidence_detached', entity: 'evaluation', entityId: evaluationId, before: { documentId } }))
}

/** Appends the rows of what went with a change, after it, in its transaction. */
export async function appendKnockOns(trx: Trx, at: Date, actor: string, knockOns: readonly KnockOn[]): Promise<void> {
  for (const entry of knockOns) await appendAudit(trx, at, { actor, ...entry })
}
