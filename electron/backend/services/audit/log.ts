import { createHash } from 'node:crypto'
import { expressionBuilder, type Transaction } from 'kysely'
import type { AuditLogTable, DB } from '../../db/schema'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'
import { canonicalHash, wellFormed } from './canonical'
import { entityData } from './entities'

export const GENESIS_HASH = '0'.repeat(64)

/** A declared change and who made it: a handler cannot record an action or a side the contract does not declare. */
export type AuditEntry = AuditRecord & {
  actor: string
  /** Seals the before and after as stored, for a record that holds personal data (ADR 0012). */
  sealSides?: (json: string) => string
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

/** The newest row's hash (null for an empty log), as a subquery of any statement. */
export const lastAuditHash = expressionBuilder<DB>().selectFrom('auditLog').select('hash').orderBy('id', 'desc').limit(1)

/** What a caller holding the write lock may already know: the newest row's hash, and the entity's data after the change. */
export interface KnownChain {
  prevHash: string
  data: unknown
}

/**
 * Appends to the hash-chained audit log inside the caller's transaction, after the change. The
 * newest row's hash and the entity's data as the change left it are read here, unless the caller
 * read them in this transaction (the scoring path, with its snapshot); then it returns the new
 * row's hash, which a next row in the same transaction follows.
 */
export function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry): Promise<void>
export function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry, known: KnownChain): Promise<string>
export async function appendAudit(trx: Transaction<DB>, at: Date, entry: AuditEntry, known?: KnownChain): Promise<string | void> {
  const { prevHash, data } = known ?? (await readChain(trx, entry))
  const row = auditRow(prevHash, at, entry, dataHashOf(data))
  await trx.insertInto('auditLog').values(row).execute()
  return row.hash
}

async function readChain(trx: Transaction<DB>, entry: AuditEntry): Promise<KnownChain> {
  const { hash } = await trx.selectNoFrom(lastAuditHash.as('hash')).executeTakeFirstOrThrow()
  const data = await entityData(trx, entry.entity, entry.entityId === null ? null : String(entry.entityId))
  return { prevHash: hash ?? GENESIS_HASH, data }
}

const side = (value: unknown, seal: (json: string) => string = (json) => json) => (value === undefined ? null : seal(JSON.stringify(value)))

/** The row that follows `prevHash`, with its own hash; its strings as SQLite will store them. */
function auditRow(prevHash: string, at: Date, entry: AuditEntry, dataHash: string): Omit<AuditLogTable, 'id'> {
  const row = {
    at: at.toISOString(),
    actor: wellFormed(entry.actor),
    action: wellFormed(entry.action),
    entity: wellFormed(entry.entity),
    entityId: entry.entityId === null ? null : wellFormed(String(entry.entityId)),
    before: side(entry.before, entry.sealSides),
    after: side(entry.after, entry.sealSides),
    prevHash,
    dataHash,
  }
  return { ...row, hash: auditRowHash(row) }
}
