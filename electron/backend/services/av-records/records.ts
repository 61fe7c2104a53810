import type { Kysely, Transaction } from 'kysely'
import type { AvRecordDetail, AvRecordFields } from '../../../../shared/contract/av-records'
import type { DB } from '../../db/schema'
import { AppError, notFound } from '../errors'
import { inChunks } from '../imports/directory'

/** The columns a record is listed by. */
export const AV_RECORD_COLUMNS = [
  'avRecords.id',
  'avRecords.recordNumber',
  'avRecords.recordedOn',
  'avRecords.squadId',
  'squads.name as squadName',
  'avRecords.caseNumber',
  'avRecords.durationSeconds',
  'avRecords.storage',
  'avRecords.sha256',
  'avRecords.fileName',
] as const

type ListedRow = { id: number; caseNumber: string; sha256: string | null; fileName: string | null }

/** Officers, the register's case of the same number, and the video, for listed rows: three queries for any page. */
export async function withLinks<R extends ListedRow>(db: Kysely<DB>, rows: R[]) {
  const ids = rows.map((r) => r.id)
  const officers = await inChunks(ids, (chunk) =>
    db
      .selectFrom('avRecordOfficers')
      .innerJoin('officers', 'officers.id', 'avRecordOfficers.officerId')
      .select(['avRecordOfficers.avRecordId', 'officers.id', 'officers.name', 'officers.badgeNumber'])
      .where('avRecordOfficers.avRecordId', 'in', chunk)
      .orderBy('avRecordOfficers.position')
      .execute(),
  )
  const numbers = [...new Set(rows.map((r) => r.caseNumber).filter((n) => n !== ''))]
  const cases = await inChunks(numbers, (chunk) => db.selectFrom('cases').select(['id', 'caseNumber']).where('caseNumber', 'in', chunk).execute())
  const shas = [...new Set(rows.flatMap((r) => (r.sha256 ? [r.sha256] : [])))]
  const files = await inChunks(shas, (chunk) => db.selectFrom('files').select(['sha256', 'mime', 'byteSize']).where('sha256', 'in', chunk).execute())
  const caseIds = new Map(cases.map((c) => [c.caseNumber, c.id]))
  const fileOf = new Map(files.map((f) => [f.sha256, f]))
  return rows.map(({ sha256, fileName, ...row }) => {
    const file = sha256 ? fileOf.get(sha256) : undefined
    return {
      ...row,
      officers: officers.filter((o) => o.avRecordId === row.id).map(({ id, name, badgeNumber }) => ({ id, name, badgeNumber })),
      caseId: caseIds.get(row.caseNumber) ?? null,
      video: file && fileName ? { sha256: file.sha256, fileName, mime: file.mime, byteSize: file.byteSize } : null,
    }
  })
}

export async function readAvRecord(db: Kysely<DB>, id: number): Promise<AvRecordDetail> {
  const row = await db
    .selectFrom('avRecords')
    .innerJoin('squads', 'squads.id', 'avRecords.squadId')
    .select([...AV_RECORD_COLUMNS, 'avRecords.createdAt', 'avRecords.updatedAt'])
    .where('avRecords.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('av_record', id)
  const [linked] = await withLinks(db, [row])
  return { ...linked!, officerIds: linked!.officers.map((o) => o.id) }
}

/** A record's fields as stored (its officers in their own table). */
export function avRecordRow(fields: AvRecordFields, now: string) {
  const { officerIds: _officers, ...rest } = fields
  return { ...rest, updatedAt: now }
}

export async function writeAvOfficers(trx: Transaction<DB>, avRecordId: number, officerIds: number[]) {
  await trx.deleteFrom('avRecordOfficers').where('avRecordId', '=', avRecordId).execute()
  const unique = [...new Set(officerIds)]
  if (unique.length) await trx.insertInto('avRecordOfficers').values(unique.map((officerId, position) => ({ avRecordId, officerId, position }))).execute()
}

export async function assertRecordNumberFree(db: Kysely<DB>, recordNumber: string, exceptId?: number) {
  let q = db.selectFrom('avRecords').select('id').where('recordNumber', '=', recordNumber)
  if (exceptId) q = q.where('id', '!=', exceptId)
  if (await q.executeTakeFirst()) throw new AppError('duplicate_number', { number: recordNumber })
}
