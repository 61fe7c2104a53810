import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AuditAnchor, AuditProblem, AuditReport, AuditWitness } from '../../../../shared/contract/audit'
import { auditRowHash, dataHashOf, GENESIS_HASH } from './log'
import { readAnchor } from './anchor'
import { trackedEntity } from './entities'
import { storedForm } from '../../db/open-values'

export interface ChainReport {
  ok: boolean
  rows: number
  firstBrokenId: number | null
  reason: 'hash_mismatch' | 'broken_link' | null
}

/** The newest audit row of an entity that carries a data hash. */
interface LastState {
  entity: string
  entityId: string | null
  id: number
  dataHash: string
  read: (db: Kysely<DB>) => Promise<unknown>
}

interface Walk extends ChainReport {
  lastId: number | null
  /** Id and hash of the row at each position asked for. */
  at: Map<number, { id: number; hash: string }>
  /** Position and hash of the row with the anchored id. */
  anchored: { position: number; hash: string } | null
  last: Map<string, LastState>
}

const BATCH = 5000

/** The data hash of a row that removed its entity (or describes none). */
const NO_DATA = dataHashOf(null)

/**
 * Recomputes every row's hash and checks each row links to the one before: an edited row breaks
 * its own hash, a deleted or inserted row breaks the link of the next. Notes on the way what the
 * anchor checks need and each entity's newest data hash.
 */
async function walk(session: Kysely<DB>, anchorId: number | null, positions: number[]): Promise<Walk> {
  // Rows hash as stored: a sealed side is checked without being opened.
  const db = storedForm(session)
  const result: Walk = { ok: true, rows: 0, firstBrokenId: null, reason: null, lastId: null, at: new Map(), anchored: null, last: new Map() }
  let prev = GENESIS_HASH
  for (;;) {
    const batch = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', result.lastId ?? 0)
      .orderBy('id')
      .limit(BATCH)
      .execute()
    if (batch.length === 0) return result
    for (const row of batch) {
      result.rows++
      const broken = row.prevHash !== prev ? 'broken_link' : auditRowHash(row) !== row.hash ? 'hash_mismatch' : null
      if (broken) return { ...result, ok: false, firstBrokenId: row.id, reason: broken }
      if (positions.includes(result.rows)) result.at.set(result.rows, { id: row.id, hash: row.hash })
      if (row.id === anchorId) result.anchored = { position: result.rows, hash: row.hash }
      const tracked = trackedEntity(row.entity, row.entityId)
      // After a removal the id may be taken again by a row created without its own audit row (an
      // evaluation opened, a case imported): the entity is compared again from its next change.
      if (tracked !== null) {
        const dataHash = row.dataHash ?? null
        if (dataHash === null || dataHash === NO_DATA) result.last.delete(tracked.key)
        else result.last.set(tracked.key, { entity: row.entity, entityId: row.entityId, id: row.id, dataHash, read: tracked.read })
      }
      prev = row.hash
      result.lastId = row.id
    }
  }
}

/** The hash chain alone (a backup copy, a database read-only). */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  const { ok, rows, firstBrokenId, reason } = await walk(db, null, [])
  return { ok, rows, firstBrokenId, reason }
}

/** Whether the log still reaches the anchored row, at the anchored position, with the anchored hash. */
function anchorProblem(w: Walk, anchor: AuditAnchor): { reason: AuditProblem; firstBrokenId: number | null } | null {
  if (w.rows === 0) return { reason: 'emptied', firstBrokenId: null }
  if (!w.anchored) return { reason: w.lastId! < anchor.lastId ? 'truncated' : 'rewritten', firstBrokenId: w.lastId! < anchor.lastId ? null : anchor.lastId }
  if (w.anchored.hash !== anchor.hash || w.anchored.position !== anchor.rows) return { reason: 'rewritten', firstBrokenId: anchor.lastId }
  return null
}

/**
 * The whole check: the chain; the anchor beside the database (and a written-down one, if given);
 * then each tracked entity's data against the hash of its last audit row (entities in the order
 * of those rows). Stops at the first problem and names it.
 */
export async function verifyAudit(db: Kysely<DB>, dataDir: string, witness?: AuditWitness): Promise<AuditReport> {
  const read = await readAnchor(dataDir)
  const anchor = read.state === 'ok' ? read.anchor : null
  const w = await walk(db, anchor?.lastId ?? null, witness ? [witness.rows] : [])
  const report = (reason: AuditProblem | null, firstBrokenId: number | null = null, entitiesChecked = 0, entity: AuditReport['entity'] = null): AuditReport => ({
    ok: reason === null,
    rows: w.rows,
    entitiesChecked,
    firstBrokenId,
    reason,
    entity,
    anchor,
  })
  if (!w.ok) return report(w.reason, w.firstBrokenId)
  if (read.state === 'unreadable') return report('anchor_unreadable')
  if (anchor) {
    const problem = anchorProblem(w, anchor)
    if (problem) return report(problem.reason, problem.firstBrokenId)
  } else if (w.rows > 0) return report('anchor_missing')
  if (witness) {
    const row = w.at.get(witness.rows)
    if (!row?.hash.startsWith(witness.hash)) return report('witness_mismatch', row?.id ?? null)
  }
  const entities = [...w.last.values()].sort((a, b) => a.id - b.id)
  let checked = 0
  for (const e of entities) {
    const data = await e.read(db)
    checked++
    if (dataHashOf(data) !== e.dataHash) return report(data === null ? 'data_missing' : 'data_changed', e.id, checked, { entity: e.entity, entityId: e.entityId })
  }
  return report(null, null, checked)
}
