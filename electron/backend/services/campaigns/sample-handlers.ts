import type { DomainHandlers } from '../handler-types'
import { AppError, notFound } from '../errors'
import { appendAudit } from '../audit/log'
import { appendKnockOns, removedWithAssignments } from '../audit/cascades'
import { populationFilter, samplingRecord } from '../../../../shared/contract/campaigns'
import { writeExport } from '../exports/files'
import { SAMPLING_RECORD_LABELS } from '../../../../shared/i18n/sampling-record-labels'
import { campaignSummaryOf } from './queries'
import { newCampaignRow } from './new-campaign'
import { populationOf } from './population'
import { drawInto } from './draw'
import { campaignRow, requireDraft, requireOpen } from './guards'
import { actorName } from '../auth/actor'
import { assignCases, renumber } from './assign'
import { rubricChooser } from './rubric-choice'
import { buildSamplingWorkbook } from './sampling-workbook'
import { campaignDetail } from './detail'

/** The sample: its population, drawing it, changing it by hand, and its record. */
export const sampleHandlers: Pick<DomainHandlers<'campaigns'>, 'campaigns.population' | 'campaigns.create' | 'campaigns.draw' | 'campaigns.addCase' | 'campaigns.removeCase' | 'campaigns.setCaseRubric' | 'campaigns.exportSampling'> = {
  'campaigns.population': async (ctx, { population }) => {
    const cases = await populationOf(ctx.db, population)
    const bySquad = new Map<number, { squadId: number; squadName: string; count: number }>()
    for (const c of cases) {
      const row = bySquad.get(c.squadId) ?? { squadId: c.squadId, squadName: c.squadName, count: 0 }
      row.count++
      bySquad.set(c.squadId, row)
    }
    return { size: cases.length, bySquad: [...bySquad.values()].sort((a, b) => a.squadId - b.squadId) }
  },

  'campaigns.create': async (ctx, input) => {
    if (!(await ctx.db.selectFrom('rubrics').select('id').where('id', '=', input.rubricId).executeTakeFirst())) throw notFound('rubric', input.rubricId)
    const now = ctx.now().toISOString()
    const id = await ctx.db.transaction().execute(async (trx) => {
      const actor = actorName(ctx)
      const { id } = await trx
        .insertInto('campaigns')
        .values(newCampaignRow(input, now))
        .returning('id')
        .executeTakeFirstOrThrow()
      const record = await drawInto(trx, { id, rubricId: input.rubricId }, input.population, input.sampling, actor, now)
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.create',
        entity: 'campaign',
        entityId: id,
        after: { name: input.name, kind: input.kind, doubleReview: input.doubleReview, tolerance: input.tolerance, seed: record.seed, populationSize: record.populationSize, sampleSize: record.sampleSize },
      })
      return id
    })
    return campaignSummaryOf(ctx.db, id)
  },

  'campaigns.draw': async (ctx, { campaignId, sampling }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      if (!c.population) throw new AppError('invalid_input', { detail: 'the campaign has no population' })
      const actor = actorName(ctx)
      const before = c.sampling ? samplingRecord.parse(JSON.parse(c.sampling)) : null
      const record = await drawInto(trx, c, populationFilter.parse(JSON.parse(c.population)), sampling, actor, ctx.now().toISOString())
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.draw',
        entity: 'campaign',
        entityId: campaignId,
        before: before && { seed: before.seed, sampleSize: before.sampleSize },
        after: { seed: record.seed, method: record.method, populationSize: record.populationSize, sampleSize: record.sampleSize },
      })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.addCase': async (ctx, { campaignId, caseId, reason }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireOpen(c)
      const kase = await trx.selectFrom('cases').select(['id', 'caseNumber', 'caseType', 'procedure']).where('id', '=', caseId).executeTakeFirst()
      if (!kase) throw notFound('case', caseId)
      const present = await trx.selectFrom('campaignCases').select('caseId').where('campaignId', '=', campaignId).where('caseId', '=', caseId).executeTakeFirst()
      if (present) throw new AppError('conflict', { detail: `${kase.caseNumber} is already in the campaign` })
      const rubricId = (await rubricChooser(trx, c.rubricId))(kase)
      await trx.insertInto('campaignCases').values({ campaignId, caseId, rubricId, origin: 'manual', note: reason, addedAt: ctx.now().toISOString() }).execute()
      // Under way, the case joins the queues of the campaign's reviewers at once.
      if (c.status === 'in_progress') {
        const reviewers = await trx.selectFrom('assignments').select('reviewerId').distinct().where('campaignId', '=', campaignId).execute()
        if (reviewers.length) await assignCases(trx, campaignId, reviewers.map((r) => r.reviewerId), c.doubleReview ? 2 : 1, [caseId])
      }
      const actor = actorName(ctx)
      await appendAudit(trx, ctx.now(), { actor, action: 'campaign.add_case', entity: 'campaign', entityId: campaignId, after: { caseId, caseNumber: kase.caseNumber, reason } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.removeCase': async (ctx, { campaignId, caseId, reason }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireOpen(c)
      const row = await trx
        .selectFrom('campaignCases')
        .innerJoin('cases', 'cases.id', 'campaignCases.caseId')
        .select(['cases.caseNumber', 'campaignCases.origin', 'campaignCases.note'])
        .where('campaignCases.campaignId', '=', campaignId)
        .where('campaignCases.caseId', '=', caseId)
        .executeTakeFirst()
      if (!row) throw notFound('case', caseId)
      const submitted = await trx
        .selectFrom('assignments')
        .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
        .select('evaluations.id')
        .where('assignments.campaignId', '=', campaignId)
        .where('assignments.caseId', '=', caseId)
        .where('evaluations.status', '=', 'submitted')
        .executeTakeFirst()
      if (submitted) throw new AppError('case_evaluated', { caseNumber: row.caseNumber })
      // Work begun on the case goes with it; the audit row says how much.
      const started = await trx
        .selectFrom('assignments')
        .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
        .select(['evaluations.id', 'evaluations.total'])
        .where('assignments.campaignId', '=', campaignId)
        .where('assignments.caseId', '=', caseId)
        .execute()
      const knockOns = await removedWithAssignments(trx, campaignId, caseId)
      await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).where('caseId', '=', caseId).execute()
      await trx.deleteFrom('campaignCases').where('campaignId', '=', campaignId).where('caseId', '=', caseId).execute()
      await renumber(trx, campaignId)
      const actor = actorName(ctx)
      await appendKnockOns(trx, ctx.now(), actor, knockOns)
      await appendAudit(trx, ctx.now(), {
        actor,
        action: 'campaign.remove_case',
        entity: 'campaign',
        entityId: campaignId,
        before: { caseId, caseNumber: row.caseNumber, origin: row.origin, note: row.note, startedEvaluations: started },
        after: { reason },
      })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.setCaseRubric': async (ctx, { campaignId, caseId, rubricId }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      if (!(await trx.selectFrom('rubrics').select('id').where('id', '=', rubricId).executeTakeFirst())) throw notFound('rubric', rubricId)
      const row = await trx.selectFrom('campaignCases').select('rubricId').where('campaignId', '=', campaignId).where('caseId', '=', caseId).executeTakeFirst()
      if (!row) throw notFound('case', caseId)
      await trx.updateTable('campaignCases').set({ rubricId }).where('campaignId', '=', campaignId).where('caseId', '=', caseId).execute()
      const actor = actorName(ctx)
      await appendAudit(trx, ctx.now(), { actor, action: 'campaign.case_rubric', entity: 'campaign', entityId: campaignId, before: { caseId, rubricId: row.rubricId }, after: { caseId, rubricId } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.exportSampling': async (ctx, { campaignId }) => {
    const detail = await campaignDetail(ctx, campaignId)
    if (!detail.sampling) throw new AppError('invalid_input', { detail: 'the campaign has no sampling record' })
    const locale = await ctx.locale()
    const workbook = buildSamplingWorkbook(detail.name, detail.sampling, detail.cases, locale)
    return writeExport(ctx, `${detail.name}-${SAMPLING_RECORD_LABELS[locale].fileSuffix}`, 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },
}
