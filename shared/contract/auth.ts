import { z } from 'zod'
import { method, domain } from './define'
import { empty, id, isWellFormed, LONE_SURROGATE_MESSAGE, ok, visibleText } from './common'

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
/** Minutes without input before the screen locks; 0 turns the lock off. */
export const IDLE_LOCK_MAX_MINUTES = 240

/** A password as typed: not trimmed (spaces count), bounded, whole characters only. */
export const password = z.string().min(1).max(PASSWORD_MAX).refine(isWellFormed, LONE_SURROGATE_MESSAGE)
const newPassword = password.refine((v) => [...v].length >= PASSWORD_MIN, `at least ${PASSWORD_MIN} characters`)
/** What a person types to sign in: letters, digits, Chinese characters and . _ - */
export const login = visibleText(40).refine((v) => /^[\p{L}\p{N}._-]+$/u.test(v), 'letters, digits, . _ - only')

export const personRole = z.enum(['reviewer', 'lead'])

/** Who is signed in: a reviewer's account (their role decides lead-only work) and whether they administer. */
export const signedIn = z.object({
  accountId: id,
  login: z.string(),
  name: z.string(),
  /** The reviewer this account is; null for an administrator who reviews nothing. */
  reviewerId: id.nullable(),
  role: personRole.nullable(),
  isAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
})
export type SignedIn = z.output<typeof signedIn>

/** What the workspace's status says about accounts (see workspace.status). */
export const authStatusFields = {
  /** False until the first administrator exists (a new install, or one from before accounts). */
  hasAccounts: z.boolean(),
  account: signedIn.nullable(),
  idleLockMinutes: z.number().int(),
  /** The demo workspace's accounts and their shared password, shown on the sign-in screen. */
  demo: z.object({ logins: z.array(z.string()), password: z.string() }).nullable(),
}

/** The first administrator's account: also what an empty start asks for. */
export const firstAdminAccount = { login, password: newPassword }
export const firstAdmin = z.object({ name: visibleText(50), ...firstAdminAccount })

export const authContract = domain('auth', {
  /** Creates the first administrator (a lead who may also review) and signs them in; only while no account exists. */
  setup: method(firstAdmin, signedIn),
  signIn: method(z.object({ login: z.string().max(200), password }), signedIn),
  /** Also what the idle lock calls: the next call needs the password again. */
  signOut: method(empty, ok),
  changePassword: method(z.object({ current: password, next: newPassword }), signedIn),
  setIdleLock: method(z.object({ minutes: z.number().int().min(0).max(IDLE_LOCK_MAX_MINUTES) }), z.object({ minutes: z.number().int() })),
})

export const account = z.object({
  id,
  login: z.string(),
  name: z.string(),
  reviewerId: id.nullable(),
  role: personRole.nullable(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  passwordChangedAt: z.string(),
})
export type Account = z.output<typeof account>

export const accountsContract = domain('accounts', {
  list: method(empty, z.array(account)),
  /** An account for a reviewer (by id) or for an administrator who reviews nothing (by name). */
  create: method(
    z
      .object({ reviewerId: id.nullable(), name: visibleText(50).nullable().default(null), login, password: newPassword, isAdmin: z.boolean().default(false) })
      .refine((v) => (v.reviewerId === null) !== (v.name === null), 'either a reviewer or a name'),
    account,
  ),
  update: method(z.object({ accountId: id, login, isAdmin: z.boolean(), active: z.boolean() }), account),
  /** Sets a new password the person must change at their next sign-in, and lifts a lockout. */
  resetPassword: method(z.object({ accountId: id, password: newPassword }), account),
})
