import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { AuditLogTable, DB } from '../../db/schema'

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

/** The newest row's hash (null for an empty log), as an expression for any statement. */
export const lastAuditHash = sql<string | null>`(select hash from audit_log order by id desc limit 1)`

/** Appends to the hash-chained audit log inside the caller's transaction. */
export async function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry): Promise<void> {
  const { rows } = await sql<{ hash: string | null }>`select ${lastAuditHash} as hash`.execute(trx)
  await appendAuditAfter(trx, rows[0].hash ?? GENESIS_HASH, at, entry)
}

/** Appends after the row whose hash the caller read in this transaction (which holds the write lock). */
export async function appendAuditAfter(trx: Transaction<DB>, prevHash: string, at: Date, entry: AuditEntry): Promise<void> {
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
  await trx.insertInto('auditLog').values({ ...row, hash: auditRowHash(row) }).execute()
}
