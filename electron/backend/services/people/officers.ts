import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { DB } from '../../db/schema'
import type { OfficerRow, officerFields } from '../../../../shared/contract/people'
import { AppError, notFound } from '../errors'
import type { Log, Trx } from './guard'

type Fields = z.output<typeof officerFields>

function officerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('officers as o')
    .innerJoin('squads as s', 's.id', 'o.squadId')
    .select(['o.id', 'o.name', 'o.badgeNumber', 'o.squadId', 's.name as squadName', 'o.certified', 'o.certificateNumber', 'o.certificateExpiresOn', 'o.active'])
    .select((eb) => eb.selectFrom('caseOfficers').select(eb.fn.countAll<number>().as('n')).whereRef('caseOfficers.officerId', '=', 'o.id').as('caseCount'))
    .orderBy('s.sortOrder')
    .orderBy('s.id')
    .orderBy('o.badgeNumber')
}

type OfficerQueryRow = Awaited<ReturnType<ReturnType<typeof officerQuery>['execute']>>[number]

function toOfficerRow(r: OfficerQueryRow): OfficerRow {
  return { ...r, certified: r.certified === 1, active: r.active === 1, caseCount: Number(r.caseCount ?? 0) }
}

export async function listOfficers(db: Kysely<DB>, filter: { squadId?: number; active?: boolean }): Promise<OfficerRow[]> {
  let q = officerQuery(db)
  if (filter.squadId !== undefined) q = q.where('o.squadId', '=', filter.squadId)
  if (filter.active !== undefined) q = q.where('o.active', '=', filter.active ? 1 : 0)
  return (await q.execute()).map(toOfficerRow)
}

export async function readOfficer(db: Kysely<DB>, id: number): Promise<OfficerRow> {
  const row = await officerQuery(db).where('o.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('officer', id)
  return toOfficerRow(row)
}

function recordOf(o: OfficerRow) {
  const { caseCount: _c, squadName: _s, id: _i, ...record } = o
  return { ...record, squad: o.squadName }
}

async function checkFields(trx: Trx, fields: Fields, exceptId?: number) {
  const squad = await trx.selectFrom('squads').select('id').where('id', '=', fields.squadId).executeTakeFirst()
  if (!squad) throw notFound('squad', fields.squadId)
  let q = trx.selectFrom('officers').select('name').where('badgeNumber', '=', fields.badgeNumber)
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
  const holder = await q.executeTakeFirst()
  if (holder) throw new AppError('duplicate_badge_number', { badgeNumber: fields.badgeNumber, officer: holder.name })
}

function columnsOf(fields: Fields) {
  return { ...fields, certified: fields.certified ? 1 : 0 }
}

export async function createOfficer(trx: Trx, log: Log, fields: Fields) {
  await checkFields(trx, fields)
  const { id } = await trx.insertInto('officers').values(columnsOf(fields)).returning('id').executeTakeFirstOrThrow()
  const row = await readOfficer(trx, id)
  await log({ action: 'officer.create', entity: 'officer', entityId: id, after: recordOf(row) })
  return row
}

export async function updateOfficer(trx: Trx, log: Log, id: number, fields: Fields) {
  const before = await readOfficer(trx, id)
  await checkFields(trx, fields, id)
  await trx.updateTable('officers').set(columnsOf(fields)).where('id', '=', id).execute()
  const after = await readOfficer(trx, id)
  await log({ action: 'officer.update', entity: 'officer', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}

/** An inactive officer is no longer offered for new cases; the cases they handled keep them. */
export async function setOfficerActive(trx: Trx, log: Log, id: number, active: boolean) {
  const before = await readOfficer(trx, id)
  if (before.active === active) return before
  await trx.updateTable('officers').set({ active: active ? 1 : 0 }).where('id', '=', id).execute()
  const after = await readOfficer(trx, id)
  await log({ action: active ? 'officer.activate' : 'officer.deactivate', entity: 'officer', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}
