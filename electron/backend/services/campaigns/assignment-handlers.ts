import type { DomainHandlers } from '../handler-types'
import { AppError, notFound } from '../errors'
import { appendAudit } from '../audit/log'
import { campaignSummaryOf } from './queries'
import { campaignRow, caseOf, requireDraft } from './guards'
import { assignObjects } from './objects'
import { actorName } from '../auth/actor'
import { assignCases, checkRecusal, renumber } from './assign'
import { toTenths } from '../../../../shared/domain/rubric'

/** Who reviews what: double review, the reviewers offered, assignment with recusal. */
export const assignmentHandlers: Pick<DomainHandlers<'campaigns'>, 'campaigns.setOptions' | 'campaigns.reviewerOptions' | 'campaigns.assign' | 'campaigns.reassign'> = {
  'campaigns.setOptions': async (ctx, { campaignId, doubleReview, tolerance }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      // Switching double review changes how many reviewers each case needs: assign again.
      if ((c.doubleReview === 1) !== doubleReview) await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).execute()
      await trx.updateTable('campaigns').set({ doubleReview: doubleReview ? 1 : 0, toleranceTenths: toTenths(tolerance) }).where('id', '=', campaignId).execute()
      const actor = actorName(ctx)
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.options',
        entity: 'campaign',
        entityId: campaignId,
        before: { doubleReview: c.doubleReview === 1, tolerance: c.toleranceTenths / 10 },
        after: { doubleReview, tolerance },
      })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.reviewerOptions': async (ctx) => {
    const rows = await ctx.db
      .selectFrom('reviewers')
      .leftJoin('squads', 'squads.id', 'reviewers.squadId')
      .select(['reviewers.id', 'reviewers.name', 'reviewers.role', 'reviewers.squadId', 'squads.name as squadName', 'reviewers.officerId'])
      .where('reviewers.active', '=', 1)
      .orderBy('reviewers.id')
      .execute()
    return rows
  },

  'campaigns.assign': async (ctx, { campaignId, reviewerIds }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      const ids = [...new Set(reviewerIds)]
      const rounds = c.doubleReview ? 2 : 1
      if (ids.length < rounds) throw new AppError('too_few_reviewers')
      await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).execute()
      const plan = c.target === 'case' ? await assignCases(trx, campaignId, ids, rounds) : await assignObjects(trx, campaignId, c.target, ids, rounds)
      const actor = actorName(ctx)
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.assign',
        entity: 'campaign',
        entityId: campaignId,
        after: { reviewerIds: ids, assignments: plan.assignments.length, pages: Object.fromEntries(plan.load) },
      })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.reassign': async (ctx, { assignmentId, reviewerId }) => {
    const campaignId = await ctx.db.transaction().execute(async (trx) => {
      const a = await trx.selectFrom('assignments').selectAll().where('id', '=', assignmentId).executeTakeFirst()
      if (!a) throw notFound('assignment', assignmentId)
      const c = await campaignRow(trx, a.campaignId)
      requireDraft(c)
      if (a.reviewerId === reviewerId) return c.id
      const { reviewer, case: kase } = await checkRecusal(trx, c.id, caseOf(a), reviewerId)
      const other = await trx.selectFrom('assignments').select('id').where('campaignId', '=', c.id).where('caseId', '=', a.caseId).where('reviewerId', '=', reviewerId).executeTakeFirst()
      if (other) throw new AppError('recusal', { reviewer: reviewer.name, caseNumber: kase.caseNumber, reason: 'other_round', squad: kase.squadName })
      await trx.updateTable('assignments').set({ reviewerId }).where('id', '=', assignmentId).execute()
      await renumber(trx, c.id)
      const actor = actorName(ctx)
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.reassign',
        entity: 'campaign',
        entityId: c.id,
        before: { assignmentId, caseNumber: kase.caseNumber, reviewerId: a.reviewerId },
        after: { assignmentId, caseNumber: kase.caseNumber, reviewerId },
      })
      return c.id
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },
}
