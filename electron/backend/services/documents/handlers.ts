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
      return { document: await requireDocument(ctx.db, id), alreadyStored }
    }),

  'documents.pickAndAttach': async (ctx, { caseId }) => {
    if (!ctx.ports.pickFiles) throw new AppError('desktop_only')
    const picked = await ctx.ports.pickFiles('scans')
    return withUpload(
      ctx.paths.data,
      picked.flatMap((file) => ('path' in file ? [file.path] : [])),
      async () => {
        const locale = await ctx.locale()
        const attached = []
        const failed = []
        for (const [i, file] of picked.entries()) {
          try {
            if ('refused' in file) throw file.refused
            const { id, alreadyStored } = await attachFile(ctx, caseId, file.path, file.fileName)
            attached.push({ document: await requireDocument(ctx.db, id), alreadyStored })
          } catch (err) {
            if (!(err instanceof AppError)) throw err
            const detail = err.code === 'file_broken' && err.params.detail !== undefined ? { detail: String(err.params.detail) } : {}
            failed.push({ fileName: file.fileName, code: err.code, message: errorMessage(err.code, locale, err.params), ...detail })
          }
          ctx.progress({ task: 'documents.attach', done: i + 1, total: picked.length })
        }
        return { attached, failed }
      },
    )
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
