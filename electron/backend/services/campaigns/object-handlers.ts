import { randomInt } from 'node:crypto'
import type { DomainHandlers } from '../handler-types'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { AppError, notFound } from '../errors'
import { campaignRow } from './guards'
import { OBJECT_COLUMN, objectPopulation, sampleObjects } from './objects'
import { campaignSummaryOf } from './queries'
import { newCampaignRow } from './new-campaign'

export const objectHandlers: Pick<DomainHandlers<'campaigns'>, 'campaigns.createForObjects' | 'campaigns.objects'> = {
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

  'campaigns.objects': async (ctx, { campaignId }) => {
    const c = await campaignRow(ctx.db, campaignId)
    if (c.target === 'case') return []
    const kind = c.target
    const column = OBJECT_COLUMN[kind]
    const rows = await ctx.db.selectFrom('campaignCases').select([column, 'origin']).where('campaignId', '=', campaignId).execute()
    const origins = new Map(rows.map((r) => [r[column], r.origin]))
    const objects = await objectPopulation(ctx.db, kind, { ids: [...origins.keys()].filter((id): id is number => id !== null) })
    const assignments = await ctx.db
      .selectFrom('assignments')
      .innerJoin('reviewers', 'reviewers.id', 'assignments.reviewerId')
      .leftJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
      .select(['assignments.id', `assignments.${column} as objectId`, 'assignments.round', 'reviewers.name', 'evaluations.status'])
      .where('assignments.campaignId', '=', campaignId)
      .orderBy('assignments.round')
      .execute()
    return objects.map((o) => ({
      kind,
      id: o.id,
      label: o.label,
      squadName: o.squadName,
      date: o.date,
      origin: origins.get(o.id)!,
      assignments: assignments
        .filter((a) => a.objectId === o.id)
        .map((a) => ({ assignmentId: a.id, reviewerName: a.name, round: a.round, status: a.status === 'submitted' ? ('submitted' as const) : a.status ? ('in_progress' as const) : ('not_started' as const) })),
    }))
  },
}
