import { sql } from 'kysely'
import type { Database } from '../../db/connection'
import type { ServiceContext } from '../context'
import { actsAsLead, assertMayWorkOn } from '../auth/actor'

/*
 * 背对背: in a double-review campaign, until every round of a case is submitted, a reviewer who
 * is not the lead sees no score but their own for that case, and cannot open the other's
 * evaluation. The service applies it, so no screen can leak it.
 */

/** Of these assignments, those in a double-review case not yet submitted in every round. */
async function stillBlind(db: Database, assignmentIds: number[]): Promise<Set<number>> {
  if (assignmentIds.length === 0) return new Set()
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .select('a.id')
    .where('a.id', 'in', assignmentIds)
    .where('c.doubleReview', '=', 1)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('assignments as p')
          .leftJoin('evaluations as e', 'e.assignmentId', 'p.id')
          .select(sql`1`.as('one'))
          .whereRef('p.campaignId', '=', 'a.campaignId')
          .whereRef('p.caseId', '=', 'a.caseId')
          .where((eb) => eb.or([eb('e.status', 'is', null), eb('e.status', '!=', 'submitted')])),
      ),
    )
    .execute()
  return new Set(rows.map((r) => r.id))
}

/** Assignment rows as the signed-in reviewer may see them: others' scores hidden while blind. */
export async function blindScores<T extends { assignmentId: number; reviewerId: number; total: number | null; grade: string | null }>(ctx: ServiceContext, rows: T[]): Promise<T[]> {
  if (actsAsLead(ctx.actor)) return rows
  const others = rows.filter((r) => r.reviewerId !== ctx.actor?.reviewerId).map((r) => r.assignmentId)
  const hidden = await stillBlind(ctx.db, others)
  return rows.map((r) => (hidden.has(r.assignmentId) ? { ...r, total: null, grade: null } : r))
}

/** Refuses opening another reviewer's evaluation: a reviewer sees their own, a lead anyone's. */
export async function assertMayOpen(ctx: ServiceContext, assignmentId: number): Promise<void> {
  const own = await ctx.db.selectFrom('assignments').select('reviewerId').where('id', '=', assignmentId).executeTakeFirst()
  if (own) await assertMayWorkOn(ctx, ctx.db, own.reviewerId)
}
