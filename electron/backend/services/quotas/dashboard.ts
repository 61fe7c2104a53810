import type { QuotaDashboard } from '../../../../shared/contract/quotas'
import { quotaFigures, quotaPeriodOf, totalCounts, EMPTY_COUNTS } from '../../../../shared/domain/quotas/figures'
import type { Database } from '../../db/connection'
import { quotaData } from './counts'
import { readQuotaTargets } from './targets'

/** The year's (or quarter's) figures for the bureau and each squad, against the year's targets. */
export async function quotaDashboard(db: Database, year: number, quarter: number | null, today: string): Promise<QuotaDashboard> {
  const period = quotaPeriodOf(year, quarter)
  const [targets, data, squads] = await Promise.all([
    readQuotaTargets(db, year),
    quotaData(db, period, today),
    db.selectFrom('squads').select(['id', 'name', 'active']).orderBy('sortOrder').orderBy('id').execute(),
  ])
  // Months still to come are not missed yet.
  const months = period.months.filter((m) => m <= today.slice(0, 7))
  const monthsWithoutCampaign = months.filter((m) => !data.monthsWithCampaign.has(m))
  const shown = squads.filter((s) => s.active === 1 || data.bySquad.has(s.id))
  return {
    year,
    quarter,
    from: period.from,
    to: period.to,
    targets,
    total: quotaFigures(totalCounts([...data.bySquad.values()]), targets, period.monthsOfYear, { months: months.length, monthsWithCampaign: months.length - monthsWithoutCampaign.length }),
    // A squad's share of the yearly A/V count is not set by the plan: its figure shows what it did.
    squads: shown.map((s) => ({ squadId: s.id, squadName: s.name, figures: quotaFigures(data.bySquad.get(s.id) ?? EMPTY_COUNTS, { ...targets, avRecordsPerYear: 0 }, period.monthsOfYear, null) })),
    uncoveredOfficers: data.uncoveredOfficers,
    monthsWithoutCampaign,
  }
}
