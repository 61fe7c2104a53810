import { isDeepStrictEqual } from 'node:util'
import { contract, type MethodName } from '../../../shared/contract'
import type { Envelope } from '../../../shared/contract/errors'
import { loneSurrogateAt } from '../../../shared/contract/well-formed'
import { LONE_SURROGATE_MESSAGE } from '../../../shared/contract/common'
import { errorMessage } from '../../../shared/i18n/error-messages'
import type { ServiceContext } from './context'
import { AppError } from './errors'
import { storageError } from './storage-errors'
import { isDamageError } from '../db/backup'
import type { Handlers } from './handler-types'
import { accessOf } from '../../../shared/contract/access'
import type { SignedIn } from '../../../shared/contract/auth'
import { newCaller, type AccountsVersion, type Caller } from './auth/caller'
import { currentAccount } from './accounts/queries'
import { readIdleLockMinutes } from './auth/idle-lock'
import { actsAsLead } from './auth/actor'

/** Methods an account may call before it has replaced the initial password an administrator set. */
const BEFORE_PASSWORD_CHANGE = new Set<MethodName>(['auth.changePassword'])

/**
 * The account the caller is signed in as, as it stands now: signed out when it was deactivated or
 * when the caller stayed idle past the workspace's lock (the window locks itself too; this holds
 * for a window that did not). Read again only after a call that may have changed accounts.
 */
async function signedInActor(ctx: ServiceContext, caller: Caller, now: number, version: AccountsVersion): Promise<SignedIn | null> {
  if (caller.accountId === null) return null
  let known = caller.known
  if (!known || known.accountsVersion !== version || known.seen !== version.count) {
    const actor = await currentAccount(ctx.db, caller.accountId)
    known = actor ? { actor, idleMinutes: await readIdleLockMinutes(ctx.db), accountsVersion: version, seen: version.count } : undefined
    caller.known = known
  }
  if (!known || (known.idleMinutes > 0 && caller.lastCallAt > 0 && now - caller.lastCallAt > known.idleMinutes * 60_000)) {
    caller.accountId = null
    caller.known = undefined
    return null
  }
  return known.actor
}

/** Methods after which an account, a reviewer's name or role, or the idle limit may be different. */
const mayChangeAccounts = (method: string) => /^(auth|accounts|people|workspace)\./.test(method) || method === 'imports.commit' || method === 'backups.restore'

/** Why the actor may not call the method, or null when they may. */
function refusal(method: MethodName, actor: SignedIn | null): [AppError['code'], AppError['params']] | null {
  const access = accessOf(method)
  if (access === 'public') return null
  if (!actor) return ['signed_out', {}]
  if (actor.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(method)) return ['password_change_required', {}]
  if (access === 'lead' && !actsAsLead(actor)) return ['lead_only', { reviewer: actor.name }]
  if (access === 'admin' && !actor.isAdmin) return ['admin_only', { name: actor.name }]
  return null
}

/** `caller`: the window or page the call comes from (who is signed in there); a signed-out one if none. */
export type Dispatch = (method: string, input: unknown, caller?: Caller) => Promise<Envelope<unknown>>

export interface DispatchOptions {
  /**
   * Checks every answer against the contract's output schema, and that the check changes nothing
   * (no key stripped, no default filled in): on in tests and development. The shipped app trusts
   * what the tests have shown, so a save does not pay for proving it again.
   */
  checkOutputs: boolean
  /** Who may call what (shared/contract/access.ts); off only where no account can be read (recovery). */
  checkAccess: boolean
}

/**
 * The one entry used by both transports (IPC and the bridge's socket): validates the input with the
 * contract's schema, runs the handler, checks the output when asked, and wraps any failure in the envelope.
 */
export function createDispatch(ctx: ServiceContext, handlers: Handlers, { checkOutputs, checkAccess }: DispatchOptions): Dispatch {
  const accountsVersion: AccountsVersion = { count: 0 }
  return async (method, rawInput, caller = newCaller()) => {
    // The locale is read only for a failure: a call that succeeds costs no extra statement.
    const fail = async (code: AppError['code'], params: AppError['params'] = {}) => {
      const locale = await ctx.locale().catch(() => 'zh-CN' as const)
      const message = errorMessage(code, locale, params)
      // A damaged file's engine reason (English) travels beside the sentence, not in it: for a folded detail and support.
      if (code === 'file_broken' && params.detail !== undefined) return { ok: false, error: { code, message, details: String(params.detail) } } as const
      return { ok: false, error: { code, message } } as const
    }
    if (!Object.hasOwn(contract, method)) return fail('unknown_method', { method: String(method) })
    const spec = contract[method as MethodName]
    let actor: SignedIn | null = null
    if (checkAccess) {
      const now = ctx.now().getTime()
      try {
        actor = await signedInActor(ctx, caller, now, accountsVersion)
      } catch (err) {
        return failure(err)
      }
      const refused = refusal(method as MethodName, actor)
      if (refused) return fail(...refused)
      caller.lastCallAt = now
    }
    // A missing input is an empty one; null, like any other non-object, is the schema's to refuse.
    const input = rawInput === undefined ? {} : rawInput
    const lone = loneSurrogateAt(input)
    if (lone) return fail('invalid_input', { detail: `${lone}: ${LONE_SURROGATE_MESSAGE}` })
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')
      return fail('invalid_input', { detail })
    }
    try {
      const handler = handlers[method as MethodName] as (c: ServiceContext, i: unknown) => Promise<unknown>
      const value = await handler({ ...ctx, ports: caller.ports ?? ctx.ports, caller, actor }, parsed.data).finally(() => {
        if (mayChangeAccounts(method)) accountsVersion.count++
      })
      if (checkOutputs && !isDeepStrictEqual(spec.output.parse(value), value)) throw new Error(`the answer of ${method} is not exactly of its contract's shape`)
      return { ok: true, value }
    } catch (err) {
      return failure(err)
    }

    function failure(err: unknown) {
      if (err instanceof AppError) return fail(err.code, err.params)
      console.error(`[${method}]`, err)
      // A full disk, a folder made read-only, a damaged page met mid-session: said as what to do.
      const coded = typeof (err as { code?: unknown } | null)?.code === 'string'
      const storage = !coded ? null : isDamageError(err) ? new AppError('database_damaged') : storageError(err, ctx.paths.data)
      if (storage) return fail(storage.code, storage.params)
      return fail('internal', { detail: err instanceof Error ? err.message : String(err) })
    }
  }
}
