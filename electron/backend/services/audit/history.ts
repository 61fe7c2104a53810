import { isDeepStrictEqual } from 'node:util'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { auditChange } from '../../../../shared/contract/audit-actions'
import type { HistoryEntry } from '../../../../shared/contract/audit'

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json))

/**
 * One record's rows, oldest first, each read by the shape its action declares. A row that does
 * not parse to exactly what it holds (an earlier version wrote another shape) is marked as such.
 */
export async function auditHistory(db: Kysely<DB>, entity: string, entityId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('auditLog')
    .select(['id', 'at', 'actor', 'action', 'entity', 'entityId', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute()
  return rows.map(({ id, at, actor, entityId, ...row }) => {
    const stored = { action: row.action, entity: row.entity, before: parse(row.before), after: parse(row.after) }
    const known = auditChange.safeParse(stored)
    if (known.success && isDeepStrictEqual(known.data, stored)) return { id, at, actor, entityId, ...known.data }
    return { id, at, actor, entityId, ...stored, unrecognised: true as const }
  })
}
