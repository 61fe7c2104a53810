import type { DomainHandlers } from '../handler-types'
import { withUpload } from '../uploads'
import { attachFile } from './attach'
import { takePicked } from './picked'
import { detachDocument } from './detach'
import { listDocuments, pageCountOf, requireDocument } from './queries'
import { setRotation } from './rotation'
import { listPageTags, replacePageTags } from './page-tags'
import { readViewState, saveViewState } from './view-state'

export const documentsHandlers: DomainHandlers<'documents'> = {
  'documents.list': async (ctx, { caseId }) => listDocuments(ctx.db, { caseId }),

  'documents.get': async (ctx, { id }) => requireDocument(ctx.db, id),

  'documents.attach': async (ctx, { caseId, path, fileName }) =>
    withUpload(ctx.paths.data, path, async () => {
      const { id, alreadyStored } = await attachFile(ctx, caseId, path, fileName)
      return { document: await requireDocument(ctx.db, id), alreadyStored }
    }),

  'documents.pickAndAttach': async (ctx, { caseId }) => {
    const { taken, failed } = await takePicked(ctx, 'scans', 'documents.attach', async (path, fileName) => {
      const { id, alreadyStored } = await attachFile(ctx, caseId, path, fileName)
      return { document: await requireDocument(ctx.db, id), alreadyStored }
    })
    return { attached: taken, failed }
  },

  'documents.detach': async (ctx, { id }) => {
    await detachDocument(ctx, id)
    return { ok: true as const }
  },

  'documents.setRotation': async (ctx, input) => setRotation(ctx, input),

  'documents.pageTags': async (ctx, { documentId }) => {
    await pageCountOf(ctx.db, documentId) // not_found rather than an empty list
    return listPageTags(ctx.db, documentId)
  },

  'documents.setPageTags': async (ctx, { documentId, tags }) => replacePageTags(ctx, documentId, tags),

  'documents.viewState': async (ctx, { documentId }) => readViewState(ctx, documentId),

  'documents.saveViewState': async (ctx, { documentId, state }) => {
    await saveViewState(ctx, documentId, state)
    return { ok: true as const }
  },
}
