import { sql } from 'kysely'
import type { Database } from '../../db/connection'
import { AppError } from '../errors'
import { currentReviewer } from '../workspace/preferences'

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

/** Assignment rows as the reviewer at this PC may see them: others' scores hidden while blind. */
export async function blindScores<T extends { assignmentId: number; reviewerId: number; total: number | null; grade: string | null }>(db: Database, rows: T[]): Promise<T[]> {
  const viewer = await currentReviewer(db)
  if (viewer?.role === 'lead') return rows
  const others = rows.filter((r) => r.reviewerId !== viewer?.id).map((r) => r.assignmentId)
  const hidden = await stillBlind(db, others)
  return rows.map((r) => (hidden.has(r.assignmentId) ? { ...r, total: null, grade: null } : r))
}

/** Refuses opening another reviewer's evaluation of a case still under blind double review. */
export async function assertMayOpen(db: Database, assignmentId: number): Promise<void> {
  const viewer = await currentReviewer(db)
  if (viewer?.role === 'lead') return
  const own = await db.selectFrom('assignments').select('reviewerId').where('id', '=', assignmentId).executeTakeFirst()
  if (!own || own.reviewerId === viewer?.id) return
  if ((await stillBlind(db, [assignmentId])).size) throw new AppError('blind_review')
}
