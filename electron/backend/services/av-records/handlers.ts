import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, parse } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { openStoredBytes } from '../documents/sealed-file'
import { storedPath } from '../documents/store'
import { writeExport } from '../exports/files'
import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { notFound } from '../errors'
import { storeFile } from '../documents/attach'
import { takePicked } from '../documents/picked'
import { inspectVideo } from '../documents/video-kind'
import { assertSquadAndOfficers } from '../cases/records'
import { assertRecordNumberFree, avRecordRow, readAvRecord, writeAvOfficers } from './records'
import { listAvRecords } from './queries'

/** What the audit keeps of a record. */
const recordOf = (r: Awaited<ReturnType<typeof readAvRecord>>) => ({
  recordNumber: r.recordNumber,
  recordedOn: r.recordedOn,
  squadId: r.squadId,
  officerIds: r.officerIds,
  caseNumber: r.caseNumber,
  durationSeconds: r.durationSeconds,
  storage: r.storage,
})

/** Attaches a video to the record in place of any before it; the same content again is no change. */
async function attachVideo(ctx: ServiceContext, id: number, path: string, fileName: string) {
  const record = await readAvRecord(ctx.db, id)
  const isSame = async (sha256: string) => record.video?.sha256 === sha256
  await storeFile(
    ctx,
    path,
    fileName,
    isSame,
    async (trx, file) => {
      await trx.updateTable('avRecords').set({ sha256: file.sha256, fileName, updatedAt: ctx.now().toISOString() }).where('id', '=', id).execute()
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'av_record.attach_video', entity: 'av_record', entityId: id, after: { sha256: file.sha256, fileName } })
    },
    inspectVideo,
  )
  return readAvRecord(ctx.db, id)
}

export const avRecordsHandlers: DomainHandlers<'avRecords'> = {
  'avRecords.list': async (ctx, q) => listAvRecords(ctx.db, q),

  'avRecords.get': async (ctx, { id }) => readAvRecord(ctx.db, id),

  'avRecords.create': async (ctx, fields) => {
    await assertSquadAndOfficers(ctx.db, fields)
    const now = ctx.now()
    const id = await ctx.db.transaction().execute(async (trx) => {
      await assertRecordNumberFree(trx, fields.recordNumber)
      const row = avRecordRow(fields, now.toISOString())
      const { id } = await trx
        .insertInto('avRecords')
        .values({ ...row, createdAt: row.updatedAt })
        .returning('id')
        .executeTakeFirstOrThrow()
      await writeAvOfficers(trx, id, fields.officerIds)
      await appendAudit(trx, now, { actor: actorName(ctx), action: 'av_record.create', entity: 'av_record', entityId: id, after: fields })
      return id
    })
    return readAvRecord(ctx.db, id)
  },

  'avRecords.update': async (ctx, { id, fields }) => {
    const before = await readAvRecord(ctx.db, id)
    await assertSquadAndOfficers(ctx.db, fields)
    const now = ctx.now()
    await ctx.db.transaction().execute(async (trx) => {
      await assertRecordNumberFree(trx, fields.recordNumber, id)
      await trx.updateTable('avRecords').set(avRecordRow(fields, now.toISOString())).where('id', '=', id).execute()
      await writeAvOfficers(trx, id, fields.officerIds)
      await appendAudit(trx, now, { actor: actorName(ctx), action: 'av_record.update', entity: 'av_record', entityId: id, before: recordOf(before), after: fields })
    })
    return readAvRecord(ctx.db, id)
  },

  'avRecords.remove': async (ctx, { id }) => {
    const before = await readAvRecord(ctx.db, id)
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('avRecords').where('id', '=', id).execute()
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'av_record.remove', entity: 'av_record', entityId: id, before: recordOf(before) })
    })
    return { ok: true as const }
  },

  'avRecords.attachVideo': async (ctx, { id, path }) => attachVideo(ctx, id, path, basename(path)),

  'avRecords.pickVideo': async (ctx, { id }) => {
    await readAvRecord(ctx.db, id)
    // One file is asked for: its refusal, as it was, is the answer.
    let refusal: unknown = null
    const { taken } = await takePicked(ctx, 'video', 'avRecords.attachVideo', (path, fileName) =>
      attachVideo(ctx, id, path, fileName).catch((err: unknown) => {
        refusal = err
        throw err
      }),
    )
    if (refusal) throw refusal
    return taken[0] ?? null
  },

  'avRecords.saveVideo': async (ctx, { id }) => {
    const { video } = await readAvRecord(ctx.db, id)
    if (!video) throw notFound('file', id)
    const stored = await openStoredBytes(storedPath(ctx.paths.files, video.sha256), () => ctx.dataKey.get())
    const { name, ext } = parse(video.fileName)
    try {
      return await writeExport(ctx, name, ext.slice(1) || 'mp4', (filePath) => (stored.size > 0 ? pipeline(stored.stream(0, stored.size - 1), createWriteStream(filePath)) : writeFile(filePath, '')))
    } finally {
      await stored.close()
    }
  },

  'avRecords.detachVideo': async (ctx, { id }) => {
    const before = await readAvRecord(ctx.db, id)
    if (!before.video) throw notFound('file', id)
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('avRecords').set({ sha256: null, fileName: null, updatedAt: ctx.now().toISOString() }).where('id', '=', id).execute()
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'av_record.detach_video', entity: 'av_record', entityId: id, before: { sha256: before.video!.sha256, fileName: before.video!.fileName } })
    })
    return readAvRecord(ctx.db, id)
  },
}
