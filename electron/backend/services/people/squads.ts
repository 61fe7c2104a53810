import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { SquadRow } from '../../../../shared/contract/people'
import { AppError, notFound } from '../errors'
import type { Log, Trx } from './guard'

type SquadFields = { name: string; kind: SquadRow['kind'] }

function squadQuery(db: Kysely<DB>) {
  return db
    .selectFrom('squads as s')
    .select(['s.id', 's.name', 's.kind', 's.sortOrder', 's.active'])
    .select((eb) => [
      eb.selectFrom('cases').select(eb.fn.countAll<number>().as('n')).whereRef('cases.squadId', '=', 's.id').as('caseCount'),
      eb.selectFrom('officers').select(eb.fn.countAll<number>().as('n')).whereRef('officers.squadId', '=', 's.id').as('officerCount'),
      eb.selectFrom('reviewers').select(eb.fn.countAll<number>().as('n')).whereRef('reviewers.squadId', '=', 's.id').as('reviewerCount'),
    ])
    .orderBy('s.sortOrder')
    .orderBy('s.id')
}

type SquadQueryRow = Awaited<ReturnType<ReturnType<typeof squadQuery>['execute']>>[number]

function toSquadRow(r: SquadQueryRow): SquadRow {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    sortOrder: r.sortOrder,
    active: r.active === 1,
    caseCount: Number(r.caseCount ?? 0),
    officerCount: Number(r.officerCount ?? 0),
    reviewerCount: Number(r.reviewerCount ?? 0),
  }
}

export async function listSquads(db: Kysely<DB>): Promise<SquadRow[]> {
  return (await squadQuery(db).execute()).map(toSquadRow)
}

export async function readSquad(db: Kysely<DB>, id: number): Promise<SquadRow> {
  const row = await squadQuery(db).where('s.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('squad', id)
  return toSquadRow(row)
}

/** The stored record, as the audit log keeps it. */
function recordOf(s: SquadRow) {
  return { name: s.name, kind: s.kind, sortOrder: s.sortOrder, active: s.active }
}

async function assertNameFree(trx: Trx, name: string, exceptId?: number) {
  let q = trx.selectFrom('squads').select('id').where('name', '=', name)
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
  if (await q.executeTakeFirst()) throw new AppError('duplicate_name', { what: 'squad', name })
}

export async function createSquad(trx: Trx, log: Log, fields: SquadFields) {
  await assertNameFree(trx, fields.name)
  const { last } = await trx.selectFrom('squads').select((eb) => eb.fn.max('sortOrder').as('last')).executeTakeFirstOrThrow()
  const { id } = await trx
    .insertInto('squads')
    .values({ ...fields, sortOrder: last === null ? 0 : Number(last) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow()
  const row = await readSquad(trx, id)
  await log({ action: 'squad.create', entity: 'squad', entityId: id, after: recordOf(row) })
  return row
}

export async function updateSquad(trx: Trx, log: Log, id: number, fields: SquadFields) {
  const before = await readSquad(trx, id)
  await assertNameFree(trx, fields.name, id)
  await trx.updateTable('squads').set(fields).where('id', '=', id).execute()
  const after = await readSquad(trx, id)
  await log({ action: 'squad.update', entity: 'squad', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}

/** `ids` must name every squad once: a stale list (another change in between) is refused. */
export async function reorderSquads(trx: Trx, log: Log, ids: number[]) {
  const before = await listSquads(trx)
  const known = new Set(before.map((s) => s.id))
  if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id)))
    throw new AppError('conflict', { detail: 'the list of squads has changed; refresh and reorder again' })
  for (const [sortOrder, id] of ids.entries()) await trx.updateTable('squads').set({ sortOrder }).where('id', '=', id).execute()
  await log({ action: 'squad.reorder', entity: 'squad', entityId: null, before: before.map((s) => s.name), after: ids.map((id) => before.find((s) => s.id === id)!.name) })
  return listSquads(trx)
}

export async function setSquadActive(trx: Trx, log: Log, id: number, active: boolean) {
  const before = await readSquad(trx, id)
  if (before.active === active) return before
  await trx.updateTable('squads').set({ active: active ? 1 : 0 }).where('id', '=', id).execute()
  const after = await readSquad(trx, id)
  await log({ action: active ? 'squad.activate' : 'squad.deactivate', entity: 'squad', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}

/** Cases, officers and reviewers keep their squad for good: a squad in use can only be deactivated. */
export async function removeSquad(trx: Trx, log: Log, id: number) {
  const before = await readSquad(trx, id)
  if (before.caseCount + before.officerCount + before.reviewerCount > 0)
    throw new AppError('squad_in_use', { name: before.name, cases: before.caseCount, officers: before.officerCount, reviewers: before.reviewerCount })
  await trx.deleteFrom('squads').where('id', '=', id).execute()
  await log({ action: 'squad.remove', entity: 'squad', entityId: id, before: recordOf(before) })
}
