import type { DomainHandlers } from '../handler-types'
import { campaignAgreement } from './agreement'
import { decideAdjudication } from './decide'
import { requireLead } from '../auth/actor'
import { listDisagreements, readAdjudicationCase } from './view'

export const adjudicationHandlers: DomainHandlers<'adjudication'> = {
  'adjudication.list': async (ctx, { campaignId }) => {
    requireLead(ctx)
    return listDisagreements(ctx.db, campaignId)
  },
  'adjudication.get': async (ctx, { campaignId, caseId }) => {
    requireLead(ctx)
    return readAdjudicationCase(ctx.db, campaignId, caseId)
  },
  'adjudication.decide': async (ctx, input) => decideAdjudication(ctx, input),
  'adjudication.agreement': async (ctx, { campaignId }) => campaignAgreement(ctx.db, campaignId),
}
