import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { checkPassword, decoyHash, newCredential } from '../accounts/password'
import { keySlotFor, unlockDataKey } from '../keys/account-keys'
import { findAccount, findByLogin, isActive, toSignedIn } from '../accounts/queries'
import { createFirstAdmin } from './first-admin'
import { readIdleLockMinutes, writeIdleLockMinutes } from './idle-lock'
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, lockedMinutesLeft } from './lockout'
import { signedInActor } from './actor'

/** Signs the caller in as the account. */
export async function signedInAs(ctx: ServiceContext, accountId: number) {
  const row = await findAccount(ctx.db, accountId)
  if (!row) throw new AppError('sign_in_failed')
  ctx.caller.accountId = accountId
  ctx.caller.lastCallAt = ctx.now().getTime()
  return toSignedIn(row)
}

export const authHandlers: DomainHandlers<'auth'> = {
  'auth.setup': async (ctx, input) => {
    const accountId = await ctx.db.transaction().execute(async (trx) => {
      const id = await createFirstAdmin(ctx, trx, input)
      await appendAudit(trx, ctx.now(), { actor: input.name, action: 'auth.setup', entity: 'account', entityId: id, after: { login: input.login, name: input.name } })
      return id
    })
    return signedInAs(ctx, accountId)
  },

  'auth.signIn': async (ctx, { login, password }) => {
    const now = ctx.now()
    const row = await findByLogin(ctx.db, login.trim())
    if (!row) {
      // The same work as for a real account, so the answer's timing does not say which logins exist.
      await checkPassword(password, await decoyHash())
      throw new AppError('sign_in_failed')
    }
    const wait = lockedMinutesLeft(row.lockedUntil, now)
    if (wait > 0) throw new AppError('account_locked', { minutes: wait })
    if (!isActive(row)) throw new AppError('account_inactive', { name: row.name ?? row.login })
    const wrappingKey = await checkPassword(password, row.passwordHash)
    const good = wrappingKey !== null
    await ctx.db.transaction().execute(async (trx) => {
      if (good) {
        await trx.updateTable('accounts').set({ failedAttempts: 0, lockedUntil: null }).where('id', '=', row.id).execute()
        await unlockDataKey(ctx, trx, row, wrappingKey)
        await appendAudit(trx, now, { actor: row.name ?? row.login, action: 'auth.sign_in', entity: 'account', entityId: row.id })
        return
      }
      const failed = row.failedAttempts + 1
      const locks = failed >= MAX_FAILED_SIGN_INS
      const lockedUntil = locks ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null
      await trx.updateTable('accounts').set({ failedAttempts: locks ? 0 : failed, lockedUntil }).where('id', '=', row.id).execute()
      await appendAudit(trx, now, { actor: row.name ?? row.login, action: 'auth.sign_in_failed', entity: 'account', entityId: row.id, after: { failed, lockedUntil } })
    })
    if (!good) throw new AppError('sign_in_failed')
    return signedInAs(ctx, row.id)
  },

  'auth.signOut': async (ctx) => {
    const actor = ctx.actor
    ctx.caller.accountId = null
    if (actor) {
      await ctx.db.transaction().execute((trx) =>
        appendAudit(trx, ctx.now(), { actor: actor.name, action: 'auth.sign_out', entity: 'account', entityId: actor.accountId }),
      )
    }
    return { ok: true as const }
  },

  'auth.changePassword': async (ctx, { current, next }) => {
    const actor = signedInActor(ctx)
    const row = await findAccount(ctx.db, actor.accountId)
    if (!row || !(await checkPassword(current, row.passwordHash))) throw new AppError('wrong_password')
    const { passwordHash, wrappingKey } = await newCredential(next)
    await ctx.db.transaction().execute(async (trx) => {
      const keySlot = await keySlotFor(ctx, trx, wrappingKey)
      await trx.updateTable('accounts').set({ passwordHash, keySlot, mustChangePassword: 0, passwordChangedAt: ctx.now().toISOString() }).where('id', '=', row.id).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'auth.change_password', entity: 'account', entityId: row.id })
    })
    return signedInAs(ctx, row.id)
  },

  'auth.setIdleLock': async (ctx, { minutes }) => {
    const actor = signedInActor(ctx)
    await ctx.db.transaction().execute(async (trx) => {
      const before = await readIdleLockMinutes(trx)
      await writeIdleLockMinutes(trx, minutes)
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'auth.set_idle_lock', entity: 'settings', entityId: 'idleLockMinutes', before: { minutes: before }, after: { minutes } })
    })
    return { minutes }
  },
}
