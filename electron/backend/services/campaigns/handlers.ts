import type { DomainHandlers } from '../handler-types'
import { listAssignments, listCampaigns } from './queries'
import { annualCoverage } from './coverage'
import { blindScores } from '../adjudication/blind'
import { sampleHandlers } from './sample-handlers'
import { assignmentHandlers } from './assignment-handlers'
import { lifecycleHandlers } from './lifecycle-handlers'
import { campaignDetail } from './detail'
import { objectHandlers } from './object-handlers'

export const campaignsHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.list': async (ctx) => (await listCampaigns(ctx.db)).map((r) => r.summary),

  'campaigns.get': async (ctx, { id }) => campaignDetail(ctx, id),

  'campaigns.mine': async (ctx) => {
    const reviewerId = ctx.actor?.reviewerId
    return reviewerId ? listAssignments(ctx.db, { reviewerId, inProgressOnly: true }) : []
  },

  'campaigns.forCase': async (ctx, { caseId }) => blindScores(ctx, await listAssignments(ctx.db, { caseId })),

  'campaigns.coverage': async (ctx, { year }) => annualCoverage(ctx.db, year),
  ...sampleHandlers,
  ...assignmentHandlers,
  ...lifecycleHandlers,
  ...objectHandlers,
}
