import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { PageTag } from '../../../../shared/contract/documents'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { pageCountOf } from './queries'

export type PageTagInput = Omit<PageTag, 'id'>

const label = (t: PageTagInput) => `${t.firstPage}–${t.lastPage} ${t.docType}`

export async function listPageTags(db: Kysely<DB>, documentId: number): Promise<PageTag[]> {
  return db
    .selectFrom('pageTags')
    .select(['id', 'firstPage', 'lastPage', 'docType'])
    .where('documentId', '=', documentId)
    .orderBy('firstPage')
    .orderBy('id')
    .execute()
}

/** The 卷内目录 must describe the document as it is: ranges inside it, no page in two ranges. */
export function checkPageTags(tags: PageTagInput[], pageCount: number): PageTagInput[] {
  const sorted = [...tags].sort((a, b) => a.firstPage - b.firstPage || a.lastPage - b.lastPage)
  sorted.forEach((t, i) => {
    if (t.firstPage > t.lastPage) throw new AppError('invalid_input', { detail: `${label(t)}: the first page is after the last` })
    if (t.lastPage > pageCount) throw new AppError('invalid_input', { detail: `${label(t)}: the document has ${pageCount} pages` })
    const prev = sorted[i - 1]
    if (prev && t.firstPage <= prev.lastPage) throw new AppError('invalid_input', { detail: `${label(t)} overlaps ${label(prev)}` })
  })
  return sorted
}

/** Replaces every tag of the document at once, audited with the old and new lists. */
export async function replacePageTags(ctx: ServiceContext, documentId: number, tags: PageTagInput[]): Promise<PageTag[]> {
  const sorted = checkPageTags(tags, await pageCountOf(ctx.db, documentId))
  const actor = actorName(ctx)
  await ctx.db.transaction().execute(async (trx) => {
    const before = (await listPageTags(trx, documentId)).map(({ id: _id, ...t }) => t)
    await trx.deleteFrom('pageTags').where('documentId', '=', documentId).execute()
    if (sorted.length > 0) await trx.insertInto('pageTags').values(sorted.map((t) => ({ documentId, ...t }))).execute()
    await appendAudit(trx, ctx.now(), { actor, action: 'document.page_tags', entity: 'document', entityId: documentId, before, after: sorted })
  })
  return listPageTags(ctx.db, documentId)
}
