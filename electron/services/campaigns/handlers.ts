import type { DomainHandlers } from '../handler'
import { notFound } from '../errors'
import { currentReviewer } from '../workspace/settings'
import { listAssignments, listCampaigns } from './queries'

const withoutCampaign = <T extends { campaignId: number; campaignName: string }>({ campaignId: _c, campaignName: _n, ...rest }: T) => rest

export const campaignsHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.list': async (ctx) => listCampaigns(ctx.db),

  'campaigns.get': async (ctx, { id }) => {
    const [campaign] = await listCampaigns(ctx.db, id)
    if (!campaign) throw notFound('campaign', id)
    return { ...campaign, assignments: (await listAssignments(ctx.db, { campaignId: id })).map(withoutCampaign) }
  },

  'campaigns.mine': async (ctx) => {
    const reviewer = await currentReviewer(ctx.db)
    return reviewer ? listAssignments(ctx.db, { reviewerId: reviewer.id }) : []
  },

  'campaigns.forCase': async (ctx, { caseId }) => listAssignments(ctx.db, { caseId }),
}
