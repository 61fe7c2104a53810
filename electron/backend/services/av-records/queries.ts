import type { Kysely } from 'kysely'
import { contains } from '../../db/contains'
import type { z } from 'zod'
import type { avRecordListQuery, AvRecordSummary } from '../../../../shared/contract/av-records'
import type { DB } from '../../db/schema'
import { AV_RECORD_COLUMNS, withLinks } from './records'

type ListQuery = z.output<typeof avRecordListQuery>

function filtered(db: Kysely<DB>, q: ListQuery) {
  let query = db.selectFrom('avRecords')
  const search = q.search
  if (search) query = query.where((eb) => eb.or([contains('av_records.record_number', search), contains('av_records.case_number', search), contains('av_records.storage', search)]))
  if (q.squadIds?.length) query = query.where('avRecords.squadId', 'in', q.squadIds)
  if (q.officerId) {
    const officerId = q.officerId
    query = query.where((eb) => eb.exists(eb.selectFrom('avRecordOfficers').select('avRecordId').whereRef('avRecordOfficers.avRecordId', '=', 'avRecords.id').where('avRecordOfficers.officerId', '=', officerId)))
  }
  if (q.caseNumber) query = query.where('avRecords.caseNumber', '=', q.caseNumber)
  if (q.from) query = query.where('avRecords.recordedOn', '>=', q.from)
  if (q.to) query = query.where('avRecords.recordedOn', '<=', q.to)
  return query
}

/** A page of the A/V register, newest first, with the total. */
export async function listAvRecords(db: Kysely<DB>, q: ListQuery): Promise<{ total: number; items: AvRecordSummary[] }> {
  const { total } = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const rows = await filtered(db, q)
    .innerJoin('squads', 'squads.id', 'avRecords.squadId')
    .select(AV_RECORD_COLUMNS)
    .orderBy('avRecords.recordedOn', 'desc')
    .orderBy('avRecords.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute()
  return { total, items: await withLinks(db, rows) }
}
