import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { appendKnockOns, evidenceClearedWith } from '../audit/cascades'
import { actorName } from '../auth/actor'
import { requireDocument } from './queries'

/**
 * Removes a document from its case, unless a submitted evaluation of the case was scored on it:
 * the locked record must keep showing what it was judged by (the lead reopens it first). The
 * stored file stays either way: content is never deleted, other cases or exports may refer to it.
 */
export async function detachDocument(ctx: ServiceContext, id: number): Promise<void> {
  const before = await requireDocument(ctx.db, id)
  const actor = actorName(ctx)
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('evaluations')
      .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
      .innerJoin('cases', 'cases.id', 'assignments.caseId')
      .select('cases.caseNumber')
      .where('assignments.caseId', '=', before.caseId)
      .where('evaluations.status', '=', 'submitted')
      .executeTakeFirst()
    if (locked) throw new AppError('document_is_evidence', { fileName: before.fileName, caseNumber: locked.caseNumber })
    const knockOns = await evidenceClearedWith(trx, id)
    await trx.deleteFrom('documents').where('id', '=', id).execute()
    await appendKnockOns(trx, ctx.now(), actor, knockOns)
    await appendAudit(trx, ctx.now(), { actor, action: 'document.detach', entity: 'document', entityId: id, before })
  })
}
