import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { OBJECT_COLUMN, objectPopulation } from './objects'
import type { ReviewTarget } from '../../../../shared/domain/rubric'
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
      const cases = await reviewersPerObject(trx, campaignId, c.target)
      if (cases.length === 0) throw new AppError('campaign_incomplete', {})
      const missing = cases.find((x) => Number(x.n) < needed)
      if (missing) throw new AppError('campaign_incomplete', { caseNumber: missing.label, needed })
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

/** Each object of the campaign (case, A/V record or complaint) by its number, with how many reviewers it has. */
async function reviewersPerObject(trx: Transaction<DB>, campaignId: number, target: ReviewTarget): Promise<{ label: string; n: number }[]> {
  if (target === 'case') {
    const rows = await trx
      .selectFrom('campaignCases')
      .innerJoin('cases', 'cases.id', 'campaignCases.caseId')
      .select(['cases.caseNumber', (eb) => eb.selectFrom('assignments').whereRef('assignments.campaignId', '=', 'campaignCases.campaignId').whereRef('assignments.caseId', '=', 'campaignCases.caseId').select(eb.fn.countAll<number>().as('n')).as('n')])
      .where('campaignCases.campaignId', '=', campaignId)
      .orderBy('cases.caseNumber')
      .execute()
    return rows.map((r) => ({ label: r.caseNumber, n: Number(r.n) }))
  }
  const column = OBJECT_COLUMN[target]
  const rows = await trx
    .selectFrom('campaignCases')
    .select((eb) => [
      `campaignCases.${column} as id`,
      eb.selectFrom('assignments').whereRef('assignments.campaignId', '=', 'campaignCases.campaignId').whereRef(`assignments.${column}`, '=', `campaignCases.${column}`).select(eb.fn.countAll<number>().as('n')).as('n'),
    ])
    .where('campaignCases.campaignId', '=', campaignId)
    .execute()
  const labels = new Map((await objectPopulation(trx, target, { ids: rows.flatMap((r) => (r.id === null ? [] : [r.id])) })).map((o) => [o.id, o.label]))
  return rows.map((r) => ({ label: labels.get(r.id!) ?? String(r.id), n: Number(r.n) }))
}
