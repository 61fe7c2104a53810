import { createHash } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Database } from '../../db/connection'
import type { DB } from '../../db/schema'
import type { MethodName } from '../../../../shared/contract'
import { AppError } from '../errors'

/** A scoring change as the client named it: its id, the method and a hash of the rest of its input. */
export interface ChangeKey {
  id: string
  method: MethodName
  inputHash: string
}

/** How long a change's id is kept: a retry comes within seconds or minutes, never after a month. */
export const CHANGE_ID_DAYS = 30

/** The key of a change that carries an id; undefined for one without (a script, a test), applied as it comes. */
export function changeKeyOf(method: MethodName, { changeId, ...input }: { changeId?: string }): ChangeKey | undefined {
  if (changeId === undefined) return undefined
  return { id: changeId, method, inputHash: createHash('sha256').update(JSON.stringify(input)).digest('hex') }
}

/** Whether a recorded change is this one; an id sent with a different change is refused. */
function sameChange(recorded: { evaluationId: number; method: string; inputHash: string }, key: ChangeKey, evaluationId: number): true {
  if (recorded.evaluationId === evaluationId && recorded.method === key.method && recorded.inputHash === key.inputHash) return true
  throw new AppError('change_id_reused')
}

/**
 * Records the change's id inside the change's own transaction, before it applies: 'new' when this
 * is its first arrival (the record commits or rolls back with the change), 'committed' when the
 * same change already committed (a retry: answer it, apply nothing).
 */
export async function claimChange(trx: Transaction<DB>, key: ChangeKey, evaluationId: number, now: string): Promise<'new' | 'committed'> {
  const claimed = await trx
    .insertInto('changeIds')
    .values({ id: key.id, evaluationId, method: key.method, inputHash: key.inputHash, answeredAt: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirstOrThrow()
  if (claimed.numInsertedOrUpdatedRows === 1n) return 'new'
  const recorded = await trx.selectFrom('changeIds').select(['evaluationId', 'method', 'inputHash']).where('id', '=', key.id).executeTakeFirstOrThrow()
  sameChange(recorded, key, evaluationId)
  return 'committed'
}

/** Whether the change already committed, read outside its transaction (for a check that must not run again on a retry). */
export async function isCommitted(db: Database, key: ChangeKey, evaluationId: number): Promise<boolean> {
  const recorded = await db.selectFrom('changeIds').select(['evaluationId', 'method', 'inputHash']).where('id', '=', key.id).executeTakeFirst()
  return recorded !== undefined && sameChange(recorded, key, evaluationId)
}

/** Forgets the ids of changes older than CHANGE_ID_DAYS (on opening the workspace). */
export async function pruneChangeIds(db: Database, now: Date): Promise<void> {
  const before = new Date(now.getTime() - CHANGE_ID_DAYS * 24 * 3600 * 1000).toISOString()
  await db.deleteFrom('changeIds').where('answeredAt', '<', before).execute()
}
