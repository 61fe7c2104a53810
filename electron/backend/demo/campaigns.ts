import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { assignCases } from '../services/campaigns/assign'
import { drawInto } from '../services/campaigns/draw'
import { rubricChooser } from '../services/campaigns/rubric-choice'
import { DEMO_CAMPAIGNS, DEMO_REVIEWERS } from './record-vocabulary'

/** What the demo's campaigns are made from: the rubric, its reviewers (lead first) and the cases with planted defects. */
export interface DemoCampaignInput {
  rubricId: number
  /** The lead at this PC, one of `reviewerIds`. */
  leadId: number
  reviewerIds: number[]
  defectiveCaseIds: number[]
  now: string
}

const always = { major: true, complaint: true }

/**
 * The demo's two campaigns, drawn with the sampling service from cases closed before each begins:
 * December's spot check of the cases closed in November, all for the lead at this PC; and the
 * annual centralized evaluation of 2023, shared by the three reviewers, into which the cases with
 * planted defects that neither drew are added by hand (as the section adds cases that complaints or the
 * monthly checks flagged).
 */
export async function createDemoCampaigns(trx: Transaction<DB>, input: DemoCampaignInput) {
  const monthly = await insertCampaign(trx, input, { name: DEMO_CAMPAIGNS.monthly, kind: 'monthly', startsOn: '2023-12-01', endsOn: '2023-12-31' })
  await drawInto(trx, { id: monthly, rubricId: input.rubricId }, population('2023-11-01', '2023-11-30'), { method: 'stratified', byDomain: false, size: { kind: 'rate', percent: 10 }, alwaysInclude: always, seed: 20231201 }, DEMO_REVIEWERS[0].name, input.now)
  await assignCases(trx, monthly, [input.leadId], 1)

  const central = await insertCampaign(trx, input, { name: DEMO_CAMPAIGNS.centralized, kind: 'centralized', startsOn: '2024-01-25', endsOn: '2024-02-29' })
  await drawInto(trx, { id: central, rubricId: input.rubricId }, population('2023-01-01', '2024-01-24'), { method: 'stratified', byDomain: false, size: { kind: 'rate', percent: 10 }, alwaysInclude: { major: true, complaint: false }, seed: 20240125 }, DEMO_REVIEWERS[0].name, input.now)
  // Cases the monthly spot check already reviews are not added again.
  const drawn = new Set((await trx.selectFrom('campaignCases').select('caseId').where('campaignId', 'in', [monthly, central]).execute()).map((r) => r.caseId))
  const added = input.defectiveCaseIds.filter((id) => !drawn.has(id))
  if (added.length) {
    const rubricOf = await rubricChooser(trx, input.rubricId)
    const cases = await trx.selectFrom('cases').select(['id', 'caseType', 'procedure']).where('id', 'in', added).execute()
    await trx
      .insertInto('campaignCases')
      .values(cases.map((c) => ({ campaignId: central, caseId: c.id, rubricId: rubricOf(c), origin: 'manual' as const, note: DEMO_CAMPAIGNS.manualNote, addedAt: input.now })))
      .execute()
  }
  await assignCases(trx, central, input.reviewerIds, 1)
  await trx.updateTable('campaigns').set({ status: 'in_progress' }).where('id', 'in', [monthly, central]).execute()
}

function population(from: string, to: string) {
  return { basis: 'closed' as const, from, to, squadIds: [], domains: [], procedures: [], sources: [], major: null }
}

async function insertCampaign(trx: Transaction<DB>, input: DemoCampaignInput, c: { name: string; kind: 'monthly' | 'centralized'; startsOn: string; endsOn: string }) {
  const { id } = await trx
    .insertInto('campaigns')
    .values({ ...c, rubricId: input.rubricId, status: 'draft', createdAt: input.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
