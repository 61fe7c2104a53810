import { basename } from 'node:path'
import type { DomainHandlers } from '../handler-types'
import { AppError } from '../errors'
import { errorMessage } from '../../../../shared/i18n/error-messages'
import { withUpload } from '../uploads'
import { attachFile } from './attach'
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
      const [document] = await listDocuments(ctx.db, { id })
      return { document, alreadyStored }
    }),

  'documents.pickAndAttach': async (ctx, { caseId }) => {
    if (!ctx.ports.pickFiles) throw new AppError('desktop_only')
    const paths = await ctx.ports.pickFiles()
    const locale = await ctx.locale()
    const attached = []
    const failed = []
    for (const path of paths) {
      try {
        const { id } = await attachFile(ctx, caseId, path)
        attached.push(...(await listDocuments(ctx.db, { id })))
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        failed.push({ fileName: basename(path), code: err.code, message: errorMessage(err.code, locale, err.params) })
      }
    }
    return { attached, failed }
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
