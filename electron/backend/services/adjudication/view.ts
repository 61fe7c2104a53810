import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AdjudicationCase, AdjudicationRow } from '../../../../shared/contract/adjudication'
import { differingItems, differingVetoes, disagreementReasons, reviewFrom } from '../../../../shared/domain/agreement'
import { AppError, notFound } from '../errors'
import { loadRubric } from '../rubrics/load'
import { adjudicationsOf } from './record'
import { caseRounds, reviewDetails, submittedPair, type SubmittedRound } from './rounds'

export async function campaignOf(db: Kysely<DB>, campaignId: number) {
  const campaign = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'status', 'doubleReview', 'toleranceTenths'])
    .where('id', '=', campaignId)
    .executeTakeFirst()
  if (!campaign) throw notFound('campaign', campaignId)
  return campaign
}

const summary = (r: SubmittedRound) => ({ round: r.round, reviewerId: r.reviewerId, reviewerName: r.reviewerName, total: r.total, grade: r.grade })

/** The double-reviewed cases of a campaign whose submitted reviews disagree, with any decision. */
export async function listDisagreements(db: Kysely<DB>, campaignId: number): Promise<AdjudicationRow[]> {
  const campaign = await campaignOf(db, campaignId)
  if (!campaign.doubleReview) return []
  const cases = await caseRounds(db, campaignId)
  const pairs = cases.flatMap((c) => {
    const pair = submittedPair(c)
    return pair ? [{ c, pair }] : []
  })
  const details = await reviewDetails(db, pairs.flatMap(({ pair }) => pair.map((r) => r.evaluationId)))
  const decided = await adjudicationsOf(db, campaignId)
  return pairs.flatMap(({ c, pair: [a, b] }) => {
    const vetoes = (r: SubmittedRound) => details.get(r.evaluationId)!.vetoes.map((v) => v.vetoId)
    const reasons = disagreementReasons({ ...a, vetoes: vetoes(a) }, { ...b, vetoes: vetoes(b) }, campaign.toleranceTenths)
    const decision = decided.get(c.caseId)
    if (reasons.length === 0 && !decision) return []
    return [
      {
        caseId: c.caseId,
        caseNumber: c.caseNumber,
        party: c.party,
        squadName: c.squadName,
        state: decision ? ('decided' as const) : ('waiting' as const),
        reasons,
        reviews: [summary(a), summary(b)] as [ReturnType<typeof summary>, ReturnType<typeof summary>],
        total: decision?.total ?? null,
        grade: decision?.grade ?? null,
        decidedBy: decision?.decidedBy ?? null,
        decidedAt: decision?.decidedAt ?? null,
      },
    ]
  })
}

/** One case side by side. Refuses a case whose two rounds are not both submitted. */
export async function readAdjudicationCase(db: Kysely<DB>, campaignId: number, caseId: number): Promise<AdjudicationCase> {
  const campaign = await campaignOf(db, campaignId)
  const [c] = await caseRounds(db, campaignId, caseId)
  if (!c) throw notFound('case', caseId)
  const pair = campaign.doubleReview ? submittedPair(c) : null
  if (!pair) throw new AppError('adjudication_not_ready')
  const [a, b] = pair
  if (a.rubricId !== b.rubricId) throw new AppError('invalid_input', { detail: 'the two reviews were scored against different rubric versions' })
  const rubric = await loadRubric(db, a.rubricId)
  const details = await reviewDetails(db, [a.evaluationId, b.evaluationId])
  const da = details.get(a.evaluationId)!
  const db_ = details.get(b.evaluationId)!
  const ra = reviewFrom(da)
  const rb = reviewFrom(db_)
  const decision = (await adjudicationsOf(db, campaignId, caseId)).get(caseId)
  const full = (r: SubmittedRound, d: typeof da) => ({ ...summary(r), evaluationId: r.evaluationId, submittedAt: r.submittedAt, ...d })
  return {
    campaign: { id: campaign.id, name: campaign.name, status: campaign.status, toleranceTenths: campaign.toleranceTenths },
    case: { id: c.caseId, caseNumber: c.caseNumber, party: c.party, squadName: c.squadName },
    rubricId: a.rubricId,
    rubric,
    reviews: [full(a, da), full(b, db_)],
    reasons: disagreementReasons({ ...a, vetoes: ra.vetoes }, { ...b, vetoes: rb.vetoes }, campaign.toleranceTenths),
    differingItems: differingItems(rubric, ra, rb),
    differingVetoes: differingVetoes(ra, rb),
    decision: decision
      ? { total: decision.total, grade: decision.grade, items: decision.items, vetoes: decision.vetoes, reason: decision.reason, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt }
      : null,
  }
}
