import { basename } from 'node:path'
import type { ServiceContext } from '../context'
import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { AppError, notFound } from '../errors'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { JobStopped, runJob } from '../workers/pool'
import { limitText, MAX_ATTACH_BYTES } from './limits'
import { checkSource } from './read-source'
import { isStored, stageFile } from './store'

/** A job stopped at its limit, said as the file's refusal. */
function refusalOf(err: unknown, fileName: string): unknown {
  if (!(err instanceof JobStopped)) return err
  if (err.reason === 'time') return new AppError('file_check_stopped', { fileName, reason: 'time', seconds: err.limit / 1000 })
  return new AppError('file_check_stopped', { fileName, reason: 'memory', limit: limitText(err.limit * 1024 * 1024) })
}

/**
 * Reads and hashes the file in a worker thread, telling the bytes read; its bytes come back without
 * a copy. A pipe, a device or a file over the limit is refused here first, without a worker.
 */
async function readInWorker(ctx: ServiceContext, path: string, fileName: string) {
  await checkSource(path, fileName, MAX_ATTACH_BYTES)
  return runJob('file.read', { path, fileName, limit: MAX_ATTACH_BYTES }, { onProgress: (done, total) => ctx.progress({ task: 'documents.read', done, total }) }).catch((err) => {
    throw refusalOf(err, fileName)
  })
}

/**
 * Inspects in a worker thread (a damaged 300 MB PDF holds pdf.js for minutes), telling the pages
 * checked. Takes over `bytes`: they are handed to the worker.
 */
async function inspectInWorker(ctx: ServiceContext, bytes: Uint8Array, fileName: string) {
  try {
    return await runJob('file.inspect', { bytes, fileName }, { transfer: [bytes.buffer], onProgress: (done, total) => ctx.progress({ task: 'documents.inspect', done, total }) })
  } catch (err) {
    // The message tells the reviewer what to do; the engine's reason is kept here for support.
    if (err instanceof AppError && err.code === 'file_broken') console.warn(`[documents] ${fileName} refused as damaged: ${err.params.detail ?? ''}`)
    throw refusalOf(err, fileName)
  }
}

/** A file read, checked and staged: what the row that records it is written with. */
export interface StoredFile {
  sha256: string
  mime: string
  byteSize: number
  pageCount: number
  fileName: string
}

/** Checks what a file is and counts its pages (a scan by default, in a worker); may take over the bytes. */
export type Inspect = (bytes: Uint8Array, fileName: string) => Promise<{ mime: string; pageCount: number }>

/**
 * Takes a file from disk into the content store: read and hashed, inspected (a refusal says why),
 * sealed, and recorded by `record` in the same transaction as its `files` row, all or nothing.
 * `isDuplicate` refuses content the owner already holds, before anything is inspected.
 */
export async function storeFile<T>(
  ctx: ServiceContext,
  path: string,
  fileName: string,
  isDuplicate: (sha256: string) => Promise<boolean>,
  record: (trx: Transaction<DB>, file: StoredFile) => Promise<T>,
  inspect: Inspect = (bytes, name) => inspectInWorker(ctx, bytes, name),
): Promise<{ value: T; alreadyStored: boolean }> {
  const { bytes, sha256 } = await readInWorker(ctx, path, fileName)
  const byteSize = bytes.length
  if (await isDuplicate(sha256)) throw new AppError('duplicate_file', { fileName })

  const alreadyStored = await isStored(ctx.paths.files, sha256)
  // Written before it is inspected: the bytes are handed over to the inspecting worker, so no second copy is held.
  const staged = alreadyStored ? null : await stageFile(ctx.paths.files, sha256, bytes, ctx.dataKey.get())
  try {
    const { mime, pageCount } = await inspect(bytes, fileName)
    const value = await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('files')
        .values({ sha256, mime, byteSize, pageCount, createdAt: ctx.now().toISOString() })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute()
      const recorded = await record(trx, { sha256, mime, byteSize, pageCount, fileName })
      // Into place before commit: a row never points at a missing file.
      await staged?.commit()
      return recorded
    })
    return { value, alreadyStored }
  } catch (err) {
    await staged?.discard()
    throw err
  }
}

/**
 * Attaches a file from disk to a case. The same content twice on one case is refused as a duplicate.
 */
export async function attachFile(ctx: ServiceContext, caseId: number, path: string, name?: string) {
  const fileName = name ?? basename(path)
  const found = await ctx.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()
  if (!found) throw notFound('case', caseId)
  const onCase = async (sha256: string) =>
    (await ctx.db.selectFrom('documents').select('id').where('caseId', '=', caseId).where('sha256', '=', sha256).executeTakeFirst()) !== undefined
  const { value: id, alreadyStored } = await storeFile(ctx, path, fileName, onCase, async (trx, file) => {
    const now = ctx.now()
    const { id } = await trx.insertInto('documents').values({ caseId, sha256: file.sha256, fileName, addedAt: now.toISOString() }).returning('id').executeTakeFirstOrThrow()
    await appendAudit(trx, now, { actor: actorName(ctx), action: 'document.attach', entity: 'document', entityId: id, after: { caseId, sha256: file.sha256, fileName } })
    return id
  })
  return { id, alreadyStored }
}
