import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { randomDataKey } from './data-key'
import { unwrapDataKey, wrapDataKey } from './key-slot'

type Keys = Pick<ServiceContext, 'dataKey'>

async function workspaceHasDataKey(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').where('keySlot', 'is not', null).limit(1).executeTakeFirst()) !== undefined
}

/**
 * The data key to wrap for a new password: the one held, or, for a workspace that has none yet
 * (its first account, or one from before encryption), a new one.
 */
export async function dataKeyForNewPassword(ctx: Keys, db: Kysely<DB>): Promise<Buffer> {
  if (ctx.dataKey.has()) return ctx.dataKey.get()
  if (await workspaceHasDataKey(db)) throw new AppError('data_key_missing')
  // Asked twice at once, the second asker finds the first one's key.
  if (!ctx.dataKey.has()) ctx.dataKey.set(randomDataKey())
  return ctx.dataKey.get()
}

/** The key slot for a new password of an account. */
export async function keySlotFor(ctx: Keys, db: Kysely<DB>, wrappingKey: Buffer): Promise<string> {
  return wrapDataKey(await dataKeyForNewPassword(ctx, db), wrappingKey)
}

/**
 * At a good sign-in: the account's slot gives the data key. An account without one (made before
 * encryption, or its slot damaged) is given one when the key is held or the workspace has none yet;
 * otherwise it signs in without the key, and reading a scan says who can give it access.
 */
export async function unlockDataKey(ctx: Keys, db: Kysely<DB>, account: { id: number; keySlot: string | null }, wrappingKey: Buffer) {
  const key = account.keySlot ? unwrapDataKey(account.keySlot, wrappingKey) : null
  if (key) return ctx.dataKey.set(key)
  if (!ctx.dataKey.has() && (await workspaceHasDataKey(db))) return
  const keySlot = await keySlotFor(ctx, db, wrappingKey)
  await db.updateTable('accounts').set({ keySlot }).where('id', '=', account.id).execute()
}
