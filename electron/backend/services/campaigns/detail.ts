import type { ServiceContext } from '../context'
import { notFound } from '../errors'
import { populationFilter, samplingRecord } from '../../../../shared/contract/campaigns'
import { toTenths } from '../../../../shared/domain/rubric'
import { listAssignments, listCampaignCases, listCampaigns } from './queries'
import { casesAwaitingAdjudication, progressBoard } from './board'
import { blindScores } from '../adjudication/blind'

export const withoutCampaign = <T extends { campaignId: number; campaignName: string }>({ campaignId: _c, campaignName: _n, ...rest }: T) => rest

/** One campaign as its page shows it: summary, population, sampling record, sample, assignments and board. */
export async function campaignDetail(ctx: ServiceContext, id: number) {
  const [row] = await listCampaigns(ctx.db, id)
  if (!row) throw notFound('campaign', id)
  const assignments = (await listAssignments(ctx.db, { campaignId: id })).map(withoutCampaign)
  const awaiting = row.summary.doubleReview ? await casesAwaitingAdjudication(ctx.db, id, toTenths(row.summary.tolerance), assignments) : new Set<number>()
  return {
    ...row.summary,
    population: row.population ? populationFilter.parse(JSON.parse(row.population)) : null,
    sampling: row.sampling ? samplingRecord.parse(JSON.parse(row.sampling)) : null,
    closedAt: row.closedAt,
    cases: await listCampaignCases(ctx.db, id),
    assignments: await blindScores(ctx, assignments),
    board: progressBoard(assignments, awaiting),
  }
}
