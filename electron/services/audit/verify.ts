import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { auditRowHash, GENESIS_HASH } from './log'

export interface ChainReport {
  ok: boolean
  rows: number
  firstBrokenId: number | null
  reason: 'hash_mismatch' | 'broken_link' | null
}

const BATCH = 5000

/**
 * Recomputes every row's hash and checks each row links to the one before: an edited row breaks
 * its own hash, a deleted or inserted row breaks the link of the next.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  let prev = GENESIS_HASH
  let lastId = 0
  let rows = 0
  for (;;) {
    const batch = await db.selectFrom('auditLog').selectAll().where('id', '>', lastId).orderBy('id').limit(BATCH).execute()
    if (batch.length === 0) return { ok: true, rows, firstBrokenId: null, reason: null }
    for (const row of batch) {
      rows++
      if (row.prevHash !== prev) return { ok: false, rows, firstBrokenId: row.id, reason: 'broken_link' }
      if (auditRowHash(row) !== row.hash) return { ok: false, rows, firstBrokenId: row.id, reason: 'hash_mismatch' }
      prev = row.hash
      lastId = row.id
    }
  }
}
