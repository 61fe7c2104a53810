import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'
import { appendAudit } from '../audit/log'
import { AppError, notFound } from '../errors'
import { signedInActor } from '../auth/actor'
import { newCredential } from './password'
import { keySlotFor } from '../keys/account-keys'
import { findByLogin, listAccounts, readAccount } from './queries'

type Trx = Transaction<DB>

async function assertLoginFree(trx: Trx, login: string, exceptId?: number) {
  const other = await findByLogin(trx, login)
  if (other && other.id !== exceptId) throw new AppError('duplicate_login', { login })
}

/** Someone must always be able to manage accounts and backups: the last active administrator stays one. */
async function assertNotLastAdmin(trx: Trx, accountId: number) {
  const other = await trx.selectFrom('accounts').select('id').where('isAdmin', '=', 1).where('active', '=', 1).where('id', '!=', accountId).executeTakeFirst()
  if (!other) throw new AppError('last_admin')
}

/** An administrator's change to accounts, in one transaction with its audit row. */
function adminChange<T>(ctx: ServiceContext, work: (trx: Trx, log: (entry: AuditRecord) => Promise<unknown>) => Promise<T>) {
  const actor = signedInActor(ctx)
  return ctx.db.transaction().execute((trx) =>
    work(trx, (entry) => appendAudit(trx, ctx.now(), { actor: actor.name, ...entry })),
  )
}

const shown = (a: { login: string; isAdmin: boolean; active: boolean }) => ({ login: a.login, isAdmin: a.isAdmin, active: a.active })

export const accountsHandlers: DomainHandlers<'accounts'> = {
  'accounts.list': async (ctx) => listAccounts(ctx.db),

  'accounts.create': async (ctx, { reviewerId, name, login, password, isAdmin }) => {
    const { passwordHash, wrappingKey } = await newCredential(password)
    return adminChange(ctx, async (trx, log) => {
      await assertLoginFree(trx, login)
      const keySlot = await keySlotFor(ctx, trx, wrappingKey)
      if (reviewerId !== null) {
        const reviewer = await trx.selectFrom('reviewers').select('id').where('id', '=', reviewerId).executeTakeFirst()
        if (!reviewer) throw notFound('reviewer', reviewerId)
        const taken = await trx.selectFrom('accounts').select('login').where('reviewerId', '=', reviewerId).executeTakeFirst()
        if (taken) throw new AppError('duplicate_login', { login: taken.login })
      }
      const at = ctx.now().toISOString()
      const { id } = await trx
        .insertInto('accounts')
        .values({ login, reviewerId, name, isAdmin: isAdmin ? 1 : 0, passwordHash, keySlot, mustChangePassword: 1, createdAt: at, passwordChangedAt: at })
        .returning('id')
        .executeTakeFirstOrThrow()
      const account = await readAccount(trx, id)
      await log({ action: 'account.create', entity: 'account', entityId: id, after: { ...shown(account), name: account.name } })
      return account
    })
  },

  'accounts.update': async (ctx, { accountId, login, isAdmin, active }) =>
    adminChange(ctx, async (trx, log) => {
      const before = await readAccount(trx, accountId)
      await assertLoginFree(trx, login, accountId)
      if (before.isAdmin && before.active && (!isAdmin || !active)) await assertNotLastAdmin(trx, accountId)
      await trx.updateTable('accounts').set({ login, isAdmin: isAdmin ? 1 : 0, active: active ? 1 : 0 }).where('id', '=', accountId).execute()
      const after = await readAccount(trx, accountId)
      await log({ action: 'account.update', entity: 'account', entityId: accountId, before: shown(before), after: shown(after) })
      return after
    }),

  'accounts.resetPassword': async (ctx, { accountId, password }) => {
    const { passwordHash, wrappingKey } = await newCredential(password)
    return adminChange(ctx, async (trx, log) => {
      await readAccount(trx, accountId)
      const keySlot = await keySlotFor(ctx, trx, wrappingKey)
      await trx
        .updateTable('accounts')
        .set({ passwordHash, keySlot, mustChangePassword: 1, failedAttempts: 0, lockedUntil: null, passwordChangedAt: ctx.now().toISOString() })
        .where('id', '=', accountId)
        .execute()
      await log({ action: 'account.reset_password', entity: 'account', entityId: accountId })
      return readAccount(trx, accountId)
    })
  },
}
