import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { newCredential } from '../accounts/password'
import { keySlotFor } from '../keys/account-keys'
import type { ServiceContext } from '../context'
import { hasAccounts } from '../accounts/queries'
import { AppError } from '../errors'

export interface FirstAdmin {
  name: string
  login: string
  password: string
}

/**
 * The first account of a workspace: an administrator who is also a lead. A reviewer of that name
 * (a workspace from before accounts) becomes theirs; otherwise the person is added as a lead.
 */
export async function createFirstAdmin(ctx: Pick<ServiceContext, 'dataKey' | 'now'>, trx: Transaction<DB>, { name, login, password }: FirstAdmin): Promise<number> {
  if (await hasAccounts(trx)) throw new AppError('conflict', { detail: 'accounts already exist' })
  const existing = await trx.selectFrom('reviewers').select('id').where('name', '=', name).executeTakeFirst()
  const reviewerId = existing?.id ?? (await trx.insertInto('reviewers').values({ name, role: 'lead' }).returning('id').executeTakeFirstOrThrow()).id
  if (existing) await trx.updateTable('reviewers').set({ role: 'lead', active: 1 }).where('id', '=', reviewerId).execute()
  const at = ctx.now().toISOString()
  const { passwordHash, wrappingKey } = await newCredential(password)
  const keySlot = await keySlotFor(ctx, trx, wrappingKey)
  const { id } = await trx
    .insertInto('accounts')
    .values({ login, reviewerId, isAdmin: 1, passwordHash, keySlot, createdAt: at, passwordChangedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
