import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { AuditLogTable, DB } from '../../db/schema'
import type { SqlSession } from '../../db/driver'
import { canonicalHash, wellFormed } from './canonical'
import { entityData } from './entities'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditEntry {
  actor: string
  action: string
  entity: string
  entityId: string | number | null
  before?: unknown
  after?: unknown
}

/** A stored row's content: everything but its id and its own hash. */
export type AuditRowContent = Omit<AuditLogTable, 'id' | 'hash'>

/**
 * A row's hash over its content and the hash of the data it describes, as canonical UTF-8 (so any
 * string hashes as it is stored). Rows written before migration 0006 have no data hash and keep
 * the hash they were written with.
 */
export function auditRowHash(row: AuditRowContent): string {
  const fields = [row.prevHash, row.at, row.actor, row.action, row.entity, row.entityId, row.before, row.after]
  // A database not yet migrated to 0006 has no such column at all.
  if ((row.dataHash ?? null) === null) return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
  return canonicalHash([...fields, row.dataHash])
}

/** The hash an audit row carries for the data it describes (null data: an event, or an entity removed). */
export const dataHashOf = (data: unknown): string => canonicalHash(data ?? null)

/** The newest row's hash (null for an empty log), as SQL for any statement. */
export const LAST_AUDIT_HASH = `(select hash from audit_log order by id desc limit 1)`

/**
 * Appends to the hash-chained audit log inside the caller's transaction, after the change: the
 * entity's data is read here, as the change left it.
 */
export async function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry): Promise<void> {
  const { rows } = await sql<{ hash: string | null }>`select ${sql.raw(LAST_AUDIT_HASH)} as hash`.execute(trx)
  const data = await entityData(trx, entry.entity, entry.entityId === null ? null : String(entry.entityId))
  await trx.insertInto('auditLog').values(auditRow(rows[0].hash ?? GENESIS_HASH, at, entry, dataHashOf(data))).execute()
}

/**
 * Appends after the row whose hash the caller read in this transaction (which holds the write lock),
 * with the entity's data as the caller knows it after the change (the scoring path reads nothing
 * more). Returns the new row's hash, for a next row in the same transaction.
 */
export async function appendAuditAfter(session: SqlSession, prevHash: string, at: Date, entry: AuditEntry, data: unknown): Promise<string> {
  const row = auditRow(prevHash, at, entry, dataHashOf(data))
  await session.run(
    'insert into audit_log (at, actor, action, entity, entity_id, before, after, prev_hash, hash, data_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [row.at, row.actor, row.action, row.entity, row.entityId, row.before, row.after, row.prevHash, row.hash, row.dataHash],
  )
  return row.hash
}

/** The row that follows `prevHash`, with its own hash; its strings as SQLite will store them. */
function auditRow(prevHash: string, at: Date, entry: AuditEntry, dataHash: string): Omit<AuditLogTable, 'id'> {
  const row = {
    at: at.toISOString(),
    actor: wellFormed(entry.actor),
    action: wellFormed(entry.action),
    entity: wellFormed(entry.entity),
    entityId: entry.entityId === null ? null : wellFormed(String(entry.entityId)),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    prevHash,
    dataHash,
  }
  return { ...row, hash: auditRowHash(row) }
}
