import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { populationFilter } from '../../../../shared/contract/campaigns'
import { populationOf } from '../campaigns/population'
import type { Window } from './window'

/** The sample: every case drawn or assigned in a campaign that has left its draft. */
function sampledCases(db: Kysely<DB>) {
  return db
    .selectFrom('campaignCases as cc')
    .innerJoin('campaigns as c', 'c.id', 'cc.campaignId')
    .select(['cc.campaignId', 'cc.caseId'])
    .where('c.status', '!=', 'draft')
    .union(db.selectFrom('assignments').select(['campaignId', 'caseId']))
}

/**
 * Sampled and closed cases, for the sampling rate. A campaign: its sample over its population
 * (the cases its filter holds), unknown without a recorded population. A period: cases closed in
 * it, and how many of those any campaign sampled (the plan's "at least 10% of the year's cases").
 */
export async function sampledAndClosed(db: Kysely<DB>, w: Window): Promise<{ sampled: number; closed: number | null }> {
  if (w.kind === 'campaign') {
    const sampled = await db
      .selectFrom(sampledCases(db).as('s'))
      .select(sql<number>`count(distinct s.case_id)`.as('n'))
      .where('s.campaignId', '=', w.campaignId)
      .executeTakeFirstOrThrow()
    const c = await db.selectFrom('campaigns').select('population').where('id', '=', w.campaignId).executeTakeFirstOrThrow()
    const population = c.population ? populationFilter.safeParse(JSON.parse(c.population)) : null
    return { sampled: Number(sampled.n), closed: population?.success ? (await populationOf(db, population.data)).length : null }
  }
  // Cases closed in the period (by the closing-date index), each asked whether a campaign drew it.
  const row = await db
    .selectFrom('cases as k')
    .select((eb) => [
      eb.fn.countAll<number>().as('closed'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.or([
                eb.exists(eb.selectFrom('assignments as a').select('a.id').whereRef('a.caseId', '=', 'k.id')),
                eb.exists(
                  eb
                    .selectFrom('campaignCases as cc')
                    .innerJoin('campaigns as c', 'c.id', 'cc.campaignId')
                    .select('cc.caseId')
                    .whereRef('cc.caseId', '=', 'k.id')
                    .where('c.status', '!=', 'draft'),
                ),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('sampled'),
    ])
    .where('k.closedOn', '>=', w.from)
    .where('k.closedOn', '<=', w.to)
    .executeTakeFirstOrThrow()
  return { sampled: Number(row.sampled ?? 0), closed: Number(row.closed) }
}

/**
 * Evaluations still open: assignments without a submitted evaluation, in the campaign, or for a
 * period in the campaigns under way that started by its end.
 */
export async function openEvaluations(db: Kysely<DB>, w: Window): Promise<number> {
  let q = db
    .selectFrom('assignments as a')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .leftJoin('evaluations as e', 'e.assignmentId', 'a.id')
    .select(sql<number>`count(*)`.as('n'))
    .where((eb) => eb.or([eb('e.id', 'is', null), eb('e.status', '!=', 'submitted')]))
  if (w.kind === 'campaign') q = q.where('a.campaignId', '=', w.campaignId)
  else q = q.where('c.status', '=', 'in_progress').where((eb) => eb.or([eb('c.startsOn', 'is', null), eb('c.startsOn', '<=', w.to)]))
  const row = await q.executeTakeFirstOrThrow()
  return Number(row.n)
}
