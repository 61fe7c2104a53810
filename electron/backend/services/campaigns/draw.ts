import { randomInt } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { PopulationFilter, SamplingRecord, samplingPlan } from '../../../../shared/contract/campaigns'
import { drawSample } from '../../../../shared/domain/sampling'
import type { z } from 'zod'
import { populationOf } from './population'
import { rubricChooser } from './rubric-choice'

export type SamplingPlanInput = z.output<typeof samplingPlan>

/**
 * Draws the campaign's sample from its population and stores it with its 抽样记录. Cases added by
 * hand stay; the drawn ones and the draft's assignments are replaced.
 */
export async function drawInto(
  trx: Transaction<DB>,
  campaign: { id: number; rubricId: number },
  population: PopulationFilter,
  plan: SamplingPlanInput,
  drawnBy: string,
  now: string,
): Promise<SamplingRecord> {
  const cases = await populationOf(trx, population)
  const seed = plan.seed ?? randomInt(0, 2 ** 32 - 1)
  const sample = drawSample(cases, { ...plan, seed })
  const squadNames = new Map(cases.map((c) => [c.squadId, c.squadName]))
  const always = new Set(sample.alwaysIds)

  await trx.deleteFrom('assignments').where('campaignId', '=', campaign.id).execute()
  await trx.deleteFrom('campaignCases').where('campaignId', '=', campaign.id).where('origin', '!=', 'manual').execute()
  const manual = new Set((await trx.selectFrom('campaignCases').select('caseId').where('campaignId', '=', campaign.id).execute()).map((r) => r.caseId))
  const drawn = sample.caseIds.filter((id) => !manual.has(id))
  if (drawn.length) {
    const rubricOf = await rubricChooser(trx, campaign.rubricId)
    const kinds = await trx.selectFrom('cases').select(['id', 'caseType', 'procedure']).where('id', 'in', drawn).execute()
    const byId = new Map(kinds.map((k) => [k.id, k]))
    for (let i = 0; i < drawn.length; i += 200) {
      await trx
        .insertInto('campaignCases')
        .values(
          drawn.slice(i, i + 200).map((caseId) => ({
            campaignId: campaign.id,
            caseId,
            rubricId: rubricOf(byId.get(caseId)!),
            origin: always.has(caseId) ? ('always' as const) : ('sample' as const),
            addedAt: now,
          })),
        )
        .execute()
    }
  }
  const record: SamplingRecord = {
    population,
    populationSize: cases.length,
    method: plan.method,
    byDomain: plan.method === 'stratified' && plan.byDomain,
    size: plan.size,
    target: sample.target,
    sampleSize: sample.caseIds.length,
    seed,
    alwaysInclude: plan.alwaysInclude,
    alwaysIncluded: sample.alwaysIds.length,
    strata: sample.strata.map((s) => ({ ...s, squadName: squadNames.get(s.squadId) ?? String(s.squadId) })),
    drawnBy,
    drawnAt: now,
  }
  await trx.updateTable('campaigns').set({ population: JSON.stringify(population), sampling: JSON.stringify(record) }).where('id', '=', campaign.id).execute()
  return record
}
