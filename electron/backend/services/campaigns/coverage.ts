import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'

/** The plan asks for at least 10% of the year's cases to be spot-checked. */
export const COVERAGE_TARGET = 0.1

/** The year's closed cases per squad, and how many of them a campaign has sampled. */
export async function annualCoverage(db: Kysely<DB>, year: number) {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .select([
      'squads.id as squadId',
      'squads.name as squadName',
      (eb) => eb.fn.countAll<number>().as('closed'),
      sql<number>`sum(case when exists (select 1 from campaign_cases cc where cc.case_id = cases.id)
        or exists (select 1 from assignments a where a.case_id = cases.id) then 1 else 0 end)`.as('sampled'),
    ])
    .where('cases.closedOn', '>=', `${year}-01-01`)
    .where('cases.closedOn', '<=', `${year}-12-31`)
    .groupBy(['squads.id', 'squads.name', 'squads.sortOrder'])
    .orderBy('squads.sortOrder')
    .orderBy('squads.id')
    .execute()
  const bySquad = rows.map((r) => ({ ...r, closed: Number(r.closed), sampled: Number(r.sampled) }))
  const total = bySquad.reduce((t, r) => ({ closed: t.closed + r.closed, sampled: t.sampled + r.sampled }), { closed: 0, sampled: 0 })
  return { year, target: COVERAGE_TARGET, total, bySquad }
}
