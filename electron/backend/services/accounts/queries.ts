import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Account, SignedIn } from '../../../../shared/contract/auth'
import { notFound } from '../errors'

function accountQuery(db: Kysely<DB>) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('reviewers as r', 'r.id', 'a.reviewerId')
    .select([
      'a.id', 'a.login', 'a.reviewerId', 'a.isAdmin', 'a.active', 'a.mustChangePassword', 'a.lockedUntil', 'a.passwordChangedAt',
      'a.passwordHash', 'a.keySlot', 'a.failedAttempts', 'r.role', 'r.active as reviewerActive',
    ])
    .select((eb) => eb.fn.coalesce('r.name', 'a.name').as('name'))
}

type AccountQueryRow = Awaited<ReturnType<ReturnType<typeof accountQuery>['execute']>>[number]

/** A deactivated reviewer's account is as good as deactivated: they have left the section. */
export const isActive = (r: AccountQueryRow) => r.active === 1 && r.reviewerActive !== 0

export function toAccount(r: AccountQueryRow): Account {
  return {
    id: r.id,
    login: r.login,
    name: r.name ?? r.login,
    reviewerId: r.reviewerId,
    role: r.role,
    isAdmin: r.isAdmin === 1,
    active: isActive(r),
    mustChangePassword: r.mustChangePassword === 1,
    lockedUntil: r.lockedUntil,
    passwordChangedAt: r.passwordChangedAt,
  }
}

export function toSignedIn(r: AccountQueryRow): SignedIn {
  const a = toAccount(r)
  return { accountId: a.id, login: a.login, name: a.name, reviewerId: a.reviewerId, role: a.role, isAdmin: a.isAdmin, mustChangePassword: a.mustChangePassword }
}

export async function listAccounts(db: Kysely<DB>): Promise<Account[]> {
  return (await accountQuery(db).orderBy('a.id').execute()).map(toAccount)
}

export function findAccount(db: Kysely<DB>, id: number) {
  return accountQuery(db).where('a.id', '=', id).executeTakeFirst()
}

export async function readAccount(db: Kysely<DB>, id: number): Promise<Account> {
  const row = await findAccount(db, id)
  if (!row) throw notFound('account', id)
  return toAccount(row)
}

/** Logins compare without regard to letter case, as the unique index does. */
export function findByLogin(db: Kysely<DB>, login: string) {
  return accountQuery(db)
    .where((eb) => eb(eb.fn('lower', ['a.login']), '=', login.toLowerCase()))
    .executeTakeFirst()
}

/** The signed-in account as it stands now: gone or deactivated means signed out. */
export async function currentAccount(db: Kysely<DB>, id: number): Promise<SignedIn | null> {
  const row = await findAccount(db, id)
  return row && isActive(row) ? toSignedIn(row) : null
}

export async function hasAccounts(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst()) !== undefined
}

export type { AccountQueryRow }
