import type { DomainHandlers } from '../handler-types'
import { campaignAgreement } from './agreement'
import { decideAdjudication } from './decide'
import { requireLead } from '../campaigns/guards'
import { listDisagreements, readAdjudicationCase } from './view'

export const adjudicationHandlers: DomainHandlers<'adjudication'> = {
  'adjudication.list': async (ctx, { campaignId }) => {
    await requireLead(ctx.db)
    return listDisagreements(ctx.db, campaignId)
  },
  'adjudication.get': async (ctx, { campaignId, caseId }) => {
    await requireLead(ctx.db)
    return readAdjudicationCase(ctx.db, campaignId, caseId)
  },
  'adjudication.decide': async (ctx, input) => decideAdjudication(ctx, input),
  'adjudication.agreement': async (ctx, { campaignId }) => campaignAgreement(ctx.db, campaignId),
}
