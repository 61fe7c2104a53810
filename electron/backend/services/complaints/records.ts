import type { Kysely } from 'kysely'
import type { ComplaintDetail, ComplaintFields, ComplaintSource, RepeatRule } from '../../../../shared/contract/complaints'
import type { DB } from '../../db/schema'
import { AppError, notFound } from '../errors'
import type { DataKey } from '../keys/data-key'
import { equalityKey, searchTokens, sealText } from '../keys/sealed-text'
import { repeatFlagOf } from './repeats'

/** The columns a complaint is read by (the address and party read plain through the session's database). */
export const COMPLAINT_COLUMNS = [
  'complaints.id',
  'complaints.ticketNumber',
  'complaints.source',
  'complaints.receivedOn',
  'complaints.subject',
  'complaints.address',
  'complaints.party',
  'complaints.squadId',
  'squads.name as squadName',
  'complaints.result',
  'complaints.closedOn',
  'complaints.repliedOn',
] as const

/**
 * A complaint's fields as stored: its address and party sealed, with their keyed hashes for the
 * repeat rule. A complaint is written only with the key held: the hashes must all come from it.
 */
export function complaintRow(fields: ComplaintFields, now: string, keys: DataKey) {
  const key = keys.get()
  return {
    ...fields,
    address: sealText(key, fields.address),
    addressKey: equalityKey(key, fields.address),
    party: sealText(key, fields.party),
    partyKey: equalityKey(key, fields.party),
    searchTokens: searchTokens(key, `${fields.address} ${fields.party}`),
    updatedAt: now,
  }
}

export async function readComplaint(db: Kysely<DB>, id: number, rule: RepeatRule): Promise<ComplaintDetail> {
  const row = await db
    .selectFrom('complaints')
    .innerJoin('squads', 'squads.id', 'complaints.squadId')
    .select([...COMPLAINT_COLUMNS, 'complaints.addressKey', 'complaints.partyKey', 'complaints.createdAt', 'complaints.updatedAt'])
    .where('complaints.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('complaint', id)
  const { addressKey: _a, partyKey: _p, ...detail } = row
  return { ...detail, source: row.source as ComplaintSource, repeat: await repeatFlagOf(db, row, rule) }
}

export async function assertTicketFree(db: Kysely<DB>, ticketNumber: string, exceptId?: number) {
  let q = db.selectFrom('complaints').select('id').where('ticketNumber', '=', ticketNumber)
  if (exceptId) q = q.where('id', '!=', exceptId)
  if (await q.executeTakeFirst()) throw new AppError('duplicate_number', { number: ticketNumber })
}

export async function assertSquad(db: Kysely<DB>, squadId: number) {
  if (!(await db.selectFrom('squads').select('id').where('id', '=', squadId).executeTakeFirst())) throw notFound('squad', squadId)
}
