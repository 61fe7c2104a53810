import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Grade } from '../../../../shared/domain/scoring'
import { agreedTotal, disagreementReasons } from '../../../../shared/domain/agreement'
import { adjudicationsOf } from './record'
import { caseRounds, reviewDetails, submittedPair } from './rounds'

/**
 * A double-reviewed case's result for the campaign: 'agreed' (both submitted, within the
 * tolerance: the mean of the two totals, see agreedTotal), 'decided' (the lead's ruling),
 * 'waiting' (they disagree, no ruling yet) or 'pending' (not both submitted).
 */
export interface CaseResult {
  state: 'pending' | 'agreed' | 'waiting' | 'decided'
  total: number | null
  grade: Grade | null
}

/** Per case of a double-review campaign (or of the cases given), its campaign result; empty for a single-review campaign. */
export async function doubleReviewResults(db: Kysely<DB>, campaignId: number, caseIds?: readonly number[]): Promise<Map<number, CaseResult>> {
  const campaign = await db.selectFrom('campaigns').select(['doubleReview', 'toleranceTenths']).where('id', '=', campaignId).executeTakeFirst()
  if (!campaign?.doubleReview) return new Map()
  const cases = await caseRounds(db, campaignId, caseIds)
  const decided = await adjudicationsOf(db, campaignId, caseIds)
  const pairs = new Map(cases.map((c) => [c.caseId, submittedPair(c)]))
  const details = await reviewDetails(db, [...pairs.values()].flatMap((p) => (p ? p.map((r) => r.evaluationId) : [])))
  const vetoes = (evaluationId: number) => details.get(evaluationId)!.vetoes.map((v) => v.vetoId)
  return new Map(
    cases.map((c): [number, CaseResult] => {
      const decision = decided.get(c.caseId)
      // The lead's ruling is the campaign's score, even if a round was later reopened.
      if (decision) return [c.caseId, { state: 'decided', total: decision.total, grade: decision.grade }]
      const pair = pairs.get(c.caseId)
      if (!pair) return [c.caseId, { state: 'pending', total: null, grade: null }]
      const [a, b] = pair
      const reasons = disagreementReasons({ ...a, vetoes: vetoes(a.evaluationId) }, { ...b, vetoes: vetoes(b.evaluationId) }, campaign.toleranceTenths)
      if (reasons.length) return [c.caseId, { state: 'waiting', total: null, grade: null }]
      return [c.caseId, { state: 'agreed', total: agreedTotal(a.total, b.total), grade: a.grade }]
    }),
  )
}
