import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { requireDocument } from './queries'

export interface RotationInput {
  documentId: number
  pages: number[] | 'all'
  degrees: 0 | 90 | 180 | 270
}

/** The pages to turn, each once, all within the document. */
function targetPages(pages: number[] | 'all', pageCount: number): number[] {
  if (pages === 'all') return Array.from({ length: pageCount }, (_, i) => i + 1)
  const beyond = pages.filter((p) => p > pageCount)
  if (beyond.length > 0) {
    throw new AppError('invalid_input', { detail: `pages ${beyond.join(', ')}: the document has ${pageCount} pages` })
  }
  return [...new Set(pages)].sort((a, b) => a - b)
}

/** Sets an absolute angle per page; 0 removes the row, so only turned pages are stored. */
export async function setRotation(ctx: ServiceContext, { documentId, pages, degrees }: RotationInput) {
  const doc = await requireDocument(ctx.db, documentId)
  const targets = targetPages(pages, doc.pageCount)
  const actor = actorName(ctx)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('pageRotations')
      .select(['page', 'degrees'])
      .where('documentId', '=', documentId)
      .where('page', 'in', targets)
      .orderBy('page')
      .execute()
    if (degrees === 0) {
      await trx.deleteFrom('pageRotations').where('documentId', '=', documentId).where('page', 'in', targets).execute()
    } else {
      await trx
        .insertInto('pageRotations')
        .values(targets.map((page) => ({ documentId, page, degrees })))
        .onConflict((oc) => oc.columns(['documentId', 'page']).doUpdateSet({ degrees }))
        .execute()
    }
    await appendAudit(trx, ctx.now(), { actor, action: 'document.rotate', entity: 'document', entityId: documentId, before, after: { pages, degrees } })
  })
  return requireDocument(ctx.db, documentId)
}
