import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { AuditLogTable, DB } from '../../db/schema'
import type { SqlSession } from '../../db/driver'

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

export function auditRowHash(row: AuditRowContent): string {
  const fields = [row.prevHash, row.at, row.actor, row.action, row.entity, row.entityId, row.before, row.after]
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
}

/** The newest row's hash (null for an empty log), as SQL for any statement. */
export const LAST_AUDIT_HASH = `(select hash from audit_log order by id desc limit 1)`

/** Appends to the hash-chained audit log inside the caller's transaction. */
export async function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry): Promise<void> {
  const { rows } = await sql<{ hash: string | null }>`select ${sql.raw(LAST_AUDIT_HASH)} as hash`.execute(trx)
  await trx.insertInto('auditLog').values(auditRow(rows[0].hash ?? GENESIS_HASH, at, entry)).execute()
}

/** Appends after the row whose hash the caller read in this transaction (which holds the write lock). */
export async function appendAuditAfter(session: SqlSession, prevHash: string, at: Date, entry: AuditEntry): Promise<void> {
  const row = auditRow(prevHash, at, entry)
  await session.run(
    'insert into audit_log (at, actor, action, entity, entity_id, before, after, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [row.at, row.actor, row.action, row.entity, row.entityId, row.before, row.after, row.prevHash, row.hash],
  )
}

/** The row that follows `prevHash`, with its own hash. */
function auditRow(prevHash: string, at: Date, entry: AuditEntry): Omit<AuditLogTable, 'id'> {
  const row = {
    at: at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    prevHash,
  }
  return { ...row, hash: auditRowHash(row) }
}
