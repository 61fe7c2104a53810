import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DomainHandlers } from '../handler'
import { AppError, notFound } from '../errors'
import { appendAudit } from '../audit/log'
import { currentReviewer } from '../workspace/settings'
import { populationFilter, samplingRecord } from '../../../shared/contract/campaigns'
import { safeFileName } from '../exports/files'
import { SAMPLING_RECORD_LABELS } from '../../../shared/i18n/sampling-record-labels'
import { campaignSummaryOf, listAssignments, listCampaignCases, listCampaigns } from './queries'
import { populationOf } from './population'
import { drawInto } from './draw'
import { actorOf, campaignRow, requireDraft, requireLead, requireOpen } from './guards'
import { assignCases, checkRecusal, renumber } from './assign'
import { casesAwaitingAdjudication, progressBoard } from './board'
import { annualCoverage } from './coverage'
import { rubricChooser } from './rubric-choice'
import { blindScores } from '../adjudication/blind'
import { buildSamplingWorkbook } from './sampling-workbook'

const withoutCampaign = <T extends { campaignId: number; campaignName: string }>({ campaignId: _c, campaignName: _n, ...rest }: T) => rest
const tenths = (points: number) => Math.round(points * 10)

async function campaignDetail(ctx: Parameters<DomainHandlers<'campaigns'>['campaigns.get']>[0], id: number) {
  const [row] = await listCampaigns(ctx.db, id)
  if (!row) throw notFound('campaign', id)
  const assignments = (await listAssignments(ctx.db, { campaignId: id })).map(withoutCampaign)
  const awaiting = row.summary.doubleReview ? await casesAwaitingAdjudication(ctx.db, id, tenths(row.summary.tolerance), assignments) : new Set<number>()
  return {
    ...row.summary,
    population: row.population ? populationFilter.parse(JSON.parse(row.population)) : null,
    sampling: row.sampling ? samplingRecord.parse(JSON.parse(row.sampling)) : null,
    closedAt: row.closedAt,
    cases: await listCampaignCases(ctx.db, id),
    assignments: await blindScores(ctx.db, assignments),
    board: progressBoard(assignments, awaiting),
  }
}

export const campaignsHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.list': async (ctx) => (await listCampaigns(ctx.db)).map((r) => r.summary),

  'campaigns.get': async (ctx, { id }) => campaignDetail(ctx, id),

  'campaigns.mine': async (ctx) => {
    const reviewer = await currentReviewer(ctx.db)
    return reviewer ? listAssignments(ctx.db, { reviewerId: reviewer.id, inProgressOnly: true }) : []
  },

  'campaigns.forCase': async (ctx, { caseId }) => blindScores(ctx.db, await listAssignments(ctx.db, { caseId })),

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
      const actor = await actorOf(trx)
      const { id } = await trx
        .insertInto('campaigns')
        .values({
          name: input.name,
          kind: input.kind,
          rubricId: input.rubricId,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          status: 'draft',
          doubleReview: input.doubleReview ? 1 : 0,
          toleranceTenths: tenths(input.tolerance),
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const record = await drawInto(trx, { id, rubricId: input.rubricId }, input.population, input.sampling, actor.name, now)
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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
      const actor = await actorOf(trx)
      const before = c.sampling ? samplingRecord.parse(JSON.parse(c.sampling)) : null
      const record = await drawInto(trx, c, populationFilter.parse(JSON.parse(c.population)), sampling, actor.name, ctx.now().toISOString())
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.add_case', entity: 'campaign', entityId: campaignId, after: { caseId, caseNumber: kase.caseNumber, reason } })
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
      await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).where('caseId', '=', caseId).execute()
      await trx.deleteFrom('campaignCases').where('campaignId', '=', campaignId).where('caseId', '=', caseId).execute()
      await renumber(trx, campaignId)
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.case_rubric', entity: 'campaign', entityId: campaignId, before: { caseId, rubricId: row.rubricId }, after: { caseId, rubricId } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.setOptions': async (ctx, { campaignId, doubleReview, tolerance }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      // Switching double review changes how many reviewers each case needs: assign again.
      if ((c.doubleReview === 1) !== doubleReview) await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).execute()
      await trx.updateTable('campaigns').set({ doubleReview: doubleReview ? 1 : 0, toleranceTenths: tenths(tolerance) }).where('id', '=', campaignId).execute()
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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
      const plan = await assignCases(trx, campaignId, ids, rounds)
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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
      const { reviewer, case: kase } = await checkRecusal(trx, c.id, a.caseId, reviewerId)
      const other = await trx.selectFrom('assignments').select('id').where('campaignId', '=', c.id).where('caseId', '=', a.caseId).where('reviewerId', '=', reviewerId).executeTakeFirst()
      if (other) throw new AppError('recusal', { reviewer: reviewer.name, caseNumber: kase.caseNumber, reason: 'other_round', squad: kase.squadName })
      await trx.updateTable('assignments').set({ reviewerId }).where('id', '=', assignmentId).execute()
      await renumber(trx, c.id)
      const actor = await actorOf(trx)
      await appendAudit(trx, ctx.now(), {
        actor: actor.name,
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

  'campaigns.start': async (ctx, { campaignId }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const actor = await requireLead(trx)
      const c = await campaignRow(trx, campaignId)
      requireDraft(c)
      const needed = c.doubleReview ? 2 : 1
      const cases = await trx
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
    await ctx.db.transaction().execute(async (trx) => {
      const actor = await requireLead(trx)
      const c = await campaignRow(trx, campaignId)
      if (c.status !== 'in_progress') throw new AppError(c.status === 'closed' ? 'campaign_closed' : 'campaign_not_started', { name: c.name })
      const closedAt = ctx.now().toISOString()
      await trx.updateTable('campaigns').set({ status: 'closed', closedAt }).where('id', '=', campaignId).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.close', entity: 'campaign', entityId: campaignId, before: { status: 'in_progress' }, after: { status: 'closed', closedAt } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.reopen': async (ctx, { campaignId, reason }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const actor = await requireLead(trx)
      const c = await campaignRow(trx, campaignId)
      if (c.status !== 'closed') throw new AppError('invalid_input', { detail: 'only a closed campaign can be reopened' })
      await trx.updateTable('campaigns').set({ status: 'in_progress', closedAt: null }).where('id', '=', campaignId).execute()
      await appendAudit(trx, ctx.now(), { actor: actor.name, action: 'campaign.reopen', entity: 'campaign', entityId: campaignId, before: { status: 'closed', closedAt: c.closedAt }, after: { status: 'in_progress', reason } })
    })
    return campaignSummaryOf(ctx.db, campaignId)
  },

  'campaigns.coverage': async (ctx, { year }) => annualCoverage(ctx.db, year),

  'campaigns.exportSampling': async (ctx, { campaignId }) => {
    const detail = await campaignDetail(ctx, campaignId)
    if (!detail.sampling) throw new AppError('invalid_input', { detail: 'the campaign has no sampling record' })
    const locale = await ctx.locale()
    const workbook = buildSamplingWorkbook(detail.name, detail.sampling, detail.cases, locale)
    await mkdir(ctx.paths.exports, { recursive: true })
    const stamp = ctx.now().toISOString().replace(/\D/g, '').slice(0, 14)
    const fileName = safeFileName(`${detail.name}-${SAMPLING_RECORD_LABELS[locale].fileSuffix}-${stamp.slice(0, 8)}-${stamp.slice(8)}.xlsx`)
    const filePath = join(ctx.paths.exports, fileName)
    await workbook.xlsx.writeFile(filePath)
    return { fileName, filePath, byteSize: (await stat(filePath)).size }
  },
}
