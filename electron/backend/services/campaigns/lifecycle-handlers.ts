import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { OBJECT_COLUMN, type ObjectKind } from './objects'
import type { DomainHandlers } from '../handler-types'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { campaignSummaryOf } from './queries'
import { campaignRow, requireDraft } from './guards'
import { requireLead } from '../auth/actor'
import { settleFollowUps } from '../rectification/follow-up'

/** A campaign's states: draft → in progress → closed, reopened with a reason. */
export const lifecycleHandlers: Pick<DomainHandlers<'campaigns'>, 'campaigns.start' | 'campaigns.close' | 'campaigns.reopen'> = {
  'campaigns.start': async (ctx, { campaignId }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const actor = requireLead(ctx)
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      const needed = c.doubleReview ? 2 : 1
      if (c.target !== 'case') await requireObjectsAssigned(trx, campaignId, c.target, needed)
      const cases = c.target !== 'case' ? [{ caseNumber: '', n: needed }] : await trx
        .selectFrom('campaignCases')
        .innerJoin('cases', 'cases.id', 'campaignCases.caseId')
        .select(['cases.caseNumber', (eb) => eb.selectFrom('assignments').whereRef('assignments.campaignId', '=', 'campaignCases.campaignId').whereRef('assignments.caseId', '=', 'campaignCases.caseId').select(eb.fn.countAll<number>().as('n')).as('n')])
        .where('campaignCases.campaignId', '=', campaignId)
        .orderBy('cases.caseNumber')
        .execute()
      if (cases.length === 0) throw new AppError('campaign_incomplete', {})
      const missing = cases.find((x) => Number(x.n) < needed)
      if (missing) throw new AppError('campaign_incomplete', { caseNumber: missing.caseNumber, needed })
      await trx.updateTable('campaigns').set({ status: 'in_progress' }).where('id', '=', campaignId).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.start', entity: 'campaign', entityId: campaignId, before: { status: 'draft' }, after: { status: 'in_progress', cases: cases.length } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.close': async (ctx, { campaignId }) => {
    // The workspace as it was before the close is kept aside (and never rotated away); a close the
    // lead may not make, or that would be refused, writes none.
    const lead = requireLead(ctx)
    if ((await campaignRow(ctx.db, campaignId)).status === 'in_progress') await ctx.backups?.backup('campaign_close', lead.name)
    await ctx.db.transaction().execute(async (trx) => {
      const actor = requireLead(ctx)
      const c = await campaignRow(trx, campaignId)
      if (c.status !== 'in_progress') throw new AppError(c.status === 'closed' ? 'campaign_closed' : 'campaign_not_started', { name: c.name })
      const closedAt = ctx.now().toISOString()
      await trx.updateTable('campaigns').set({ status: 'closed', closedAt }).where('id', '=', campaignId).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.close', entity: 'campaign', entityId: campaignId, before: { status: 'in_progress' }, after: { status: 'closed', closedAt } })
      await settleFollowUps(trx, ctx.now(), actor.name, campaignId, true)
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.reopen': async (ctx, { campaignId, reason }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const actor = requireLead(ctx)
      const c = await campaignRow(trx, campaignId)
      if (c.status !== 'closed') throw new AppError('invalid_input', { detail: 'only a closed campaign can be reopened' })
      await trx.updateTable('campaigns').set({ status: 'in_progress', closedAt: null }).where('id', '=', campaignId).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.reopen', entity: 'campaign', entityId: campaignId, before: { status: 'closed', closedAt: c.closedAt }, after: { status: 'in_progress', reason } })
      await settleFollowUps(trx, ctx.now(), actor.name, campaignId, false)
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },
}

/** A campaign on A/V records or complaints starts once each of its objects has its reviewers. */
async function requireObjectsAssigned(trx: Transaction<DB>, campaignId: number, kind: ObjectKind, needed: number) {
  const column = OBJECT_COLUMN[kind]
  const rows = await trx
    .selectFrom('campaignCases')
    .select((eb) => [
      `campaignCases.${column}`,
      eb.selectFrom('assignments').whereRef('assignments.campaignId', '=', 'campaignCases.campaignId').whereRef(`assignments.${column}`, '=', `campaignCases.${column}`).select(eb.fn.countAll<number>().as('n')).as('n'),
    ])
    .where('campaignCases.campaignId', '=', campaignId)
    .execute()
  if (rows.length === 0) throw new AppError('campaign_incomplete', {})
  const missing = rows.find((r) => Number(r.n) < needed)
  if (missing) throw new AppError('campaign_incomplete', { caseNumber: String(missing[column]), needed })
}
