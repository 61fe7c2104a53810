import { basename } from 'node:path'
import type { ServiceContext } from '../context'
import { AppError, notFound } from '../errors'
import { appendAudit } from '../audit/log'
import { actorName } from '../workspace/preferences'
import { inspectImage } from './inspect-image'
import { inspectPdf } from './inspect-pdf'
import { inspectTiff } from './inspect-tiff'
import { mimeFromName, sniffContent } from './sniff'
import { readSource } from './read-source'
import { isStored, stageFile } from './store'
import type { DocumentMime } from './types'

const MIME_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  unknown: '未知格式',
}

function inspectContent(bytes: Uint8Array, mime: DocumentMime, fileName: string): Promise<{ pageCount: number }> | { pageCount: number } {
  if (mime === 'application/pdf') return inspectPdf(bytes, fileName)
  if (mime === 'image/tiff') return inspectTiff(bytes, fileName)
  return inspectImage(bytes, mime, fileName)
}

/**
 * Checks that the file is a scan we can show, and counts its pages. Throws a clear AppError.
 * A PDF's bytes are taken over by the PDF engine: read them only before this.
 */
export async function inspectFile(bytes: Uint8Array, fileName: string): Promise<{ mime: DocumentMime; pageCount: number }> {
  if (bytes.length === 0) throw new AppError('file_empty', { fileName })
  const claimed = mimeFromName(fileName)
  const actual = sniffContent(bytes.subarray(0, 1024))
  if (!claimed) throw new AppError('file_unsupported', { fileName })
  if (actual !== claimed) {
    if (claimed === 'application/pdf' && actual === 'unknown') throw new AppError('file_broken', { fileName, detail: 'no PDF header' })
    throw new AppError('file_type_mismatch', { fileName, actual: MIME_LABELS[actual] })
  }
  try {
    const { pageCount } = await inspectContent(bytes, claimed, fileName)
    return { mime: claimed, pageCount }
  } catch (err) {
    // The message tells the reviewer what to do; the engine's reason is kept here for support.
    if (err instanceof AppError && err.code === 'file_broken') console.warn(`[documents] ${fileName} refused as damaged: ${err.params.detail ?? ''}`)
    throw err
  }
}

/**
 * Attaches a file from disk to a case: inspected, copied into the content store by SHA-256, and
 * recorded, all or nothing. The same content twice on one case is refused as a duplicate.
 */
export async function attachFile(ctx: ServiceContext, caseId: number, path: string, name?: string) {
  const fileName = name ?? basename(path)
  const found = await ctx.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()
  if (!found) throw notFound('case', caseId)
  const { bytes, sha256 } = await readSource(path, fileName)
  const byteSize = bytes.length
  const dup = await ctx.db
    .selectFrom('documents')
    .select('id')
    .where('caseId', '=', caseId)
    .where('sha256', '=', sha256)
    .executeTakeFirst()
  if (dup) throw new AppError('duplicate_file', { fileName })

  const alreadyStored = await isStored(ctx.paths.files, sha256)
  // Written before it is inspected: the PDF engine takes the bytes over, so no second copy is held.
  const staged = alreadyStored ? null : await stageFile(ctx.paths.files, sha256, bytes)
  try {
    const { mime, pageCount } = await inspectFile(bytes, fileName)
    const actor = await actorName(ctx.db)
    const now = ctx.now()
    const id = await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('files')
        .values({ sha256, mime, byteSize, pageCount, createdAt: now.toISOString() })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute()
      const { id } = await trx
        .insertInto('documents')
        .values({ caseId, sha256, fileName, addedAt: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
      await appendAudit(trx, now, { actor, action: 'document.attach', entity: 'document', entityId: id, after: { caseId, sha256, fileName } })
      // Into place before commit: a row never points at a missing file.
      await staged?.commit()
      return id
    })
    return { id, alreadyStored }
  } catch (err) {
    await staged?.discard()
    throw err
  }
}
