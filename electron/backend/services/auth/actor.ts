import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { SignedIn } from '../../../../shared/contract/auth'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'

/** The name the audit log writes for work no one signed in asked for (a scheduled backup). */
export const SYSTEM_ACTOR = 'system'

/** Whoever the call is made as, by name for the audit log. */
export function actorName(ctx: Pick<ServiceContext, 'actor'>): string {
  return ctx.actor?.name ?? SYSTEM_ACTOR
}

/** The account the call is made as; dispatch has refused a caller who is not signed in already. */
export function signedInActor(ctx: Pick<ServiceContext, 'actor'>): SignedIn {
  if (!ctx.actor) throw new AppError('signed_out')
  return ctx.actor
}

/** A lead, or an administrator (who has a lead's rights: see shared/contract/access.ts). */
export function actsAsLead(actor: SignedIn | null): boolean {
  return actor !== null && (actor.role === 'lead' || actor.isAdmin)
}

/** The lead acting, by name; dispatch has refused anyone else for lead-level methods already. */
export function requireLead(ctx: Pick<ServiceContext, 'actor'>): { name: string } {
  if (!actsAsLead(ctx.actor)) throw new AppError('lead_only', { reviewer: ctx.actor?.name ?? '—' })
  return { name: actorName(ctx) }
}

/**
 * A reviewer works only in their own evaluations; a lead (or administrator) may act in anyone's,
 * and is recorded as themselves.
 */
export async function assertMayWorkOn(ctx: Pick<ServiceContext, 'actor'>, db: Kysely<DB>, ownerId: number): Promise<void> {
  if (actsAsLead(ctx.actor) || ctx.actor?.reviewerId === ownerId) return
  const owner = await db.selectFrom('reviewers').select('name').where('id', '=', ownerId).executeTakeFirst()
  throw new AppError('not_your_evaluation', { owner: owner?.name ?? '—' })
}
