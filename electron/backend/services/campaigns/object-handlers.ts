import { randomInt } from 'node:crypto'
import type { DomainHandlers } from '../handler-types'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { AppError, notFound } from '../errors'
import { campaignRow } from './guards'
import { OBJECT_COLUMN, objectPopulation, sampleObjects } from './objects'
import { campaignSummaryOf } from './queries'
import { newCampaignRow } from './new-campaign'
import { listObjectAssignments } from './object-assignments'

export const objectHandlers: Pick<DomainHandlers<'campaigns'>, 'campaigns.createForObjects' | 'campaigns.objects' | 'campaigns.mineObjects'> = {
  'campaigns.createForObjects': async (ctx, input) => {
    const rubric = await ctx.db.selectFrom('rubrics').select(['id', 'target']).where('id', '=', input.rubricId).executeTakeFirst()
    if (!rubric) throw notFound('rubric', input.rubricId)
    if (rubric.target !== input.target) throw new AppError('invalid_input', { detail: `rubricId: the rubric scores ${rubric.target}, not ${input.target}` })
    const seed = input.seed ?? randomInt(0, 2 ** 32 - 1)
    const now = ctx.now().toISOString()
    const id = await ctx.db.transaction().execute(async (trx) => {
      const population = await objectPopulation(trx, input.target, input.population)
      const sample = sampleObjects(population, input.percent, seed)
      const { id } = await trx
        .insertInto('campaigns')
        .values({ ...newCampaignRow(input, now), target: input.target })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const { object, origin } of sample) {
        await trx.insertInto('campaignCases').values({ campaignId: id, caseId: null, [OBJECT_COLUMN[input.target]]: object.id, rubricId: input.rubricId, origin, addedAt: now }).execute()
      }
      await appendAudit(trx, ctx.now(), {
        actor: actorName(ctx),
        action: 'campaign.create',
        entity: 'campaign',
        entityId: id,
        after: { name: input.name, kind: input.kind, doubleReview: input.doubleReview, tolerance: input.tolerance, seed, populationSize: population.length, sampleSize: sample.length },
      })
      return id
    })
    return campaignSummaryOf(ctx.db, id)
  },

  'campaigns.mineObjects': async (ctx) => {
    const reviewerId = ctx.actor?.reviewerId
    return reviewerId ? listObjectAssignments(ctx.db, { reviewerId, inProgressOnly: true }) : []
  },

  'campaigns.objects': async (ctx, { campaignId }) => {
    const c = await campaignRow(ctx.db, campaignId)
    if (c.target === 'case') return []
    const kind = c.target
    const column = OBJECT_COLUMN[kind]
    const rows = await ctx.db.selectFrom('campaignCases').select([column, 'origin']).where('campaignId', '=', campaignId).execute()
    const origins = new Map(rows.map((r) => [r[column], r.origin]))
    const objects = await objectPopulation(ctx.db, kind, { ids: [...origins.keys()].filter((id): id is number => id !== null) })
    const assignments = await listObjectAssignments(ctx.db, { campaignId })
    return objects.map((o) => ({
      kind,
      id: o.id,
      label: o.label,
      squadName: o.squadName,
      date: o.date,
      origin: origins.get(o.id)!,
      assignments: assignments
        .filter((a) => a.object.id === o.id)
        .map((a) => ({ assignmentId: a.assignmentId, reviewerName: a.reviewerName, round: a.round, status: a.evaluationStatus, total: a.total, grade: a.grade })),
    }))
  },
}
