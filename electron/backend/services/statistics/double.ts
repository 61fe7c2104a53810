import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { adjudicatedReview, agreedTotal, itemOutcomes, reviewFrom } from '../../../../shared/domain/agreement'
import { findItem, type Rubric } from '../../../../shared/domain/rubric'
import type { Facts } from '../../../../shared/domain/statistics/facts'
import { noFacts } from '../../../../shared/domain/statistics/facts'
import { doubleReviewResults } from '../adjudication/results'
import { adjudicationsOf } from '../adjudication/record'
import { caseRounds, reviewDetails, submittedPair, type ReviewDetail } from '../adjudication/rounds'
import { localMonth, type Window } from './window'

/** Double-review campaigns with something to count in the window. */
async function doubleCampaigns(db: Kysely<DB>, w: Window): Promise<number[]> {
  if (w.kind === 'campaign') {
    const c = await db.selectFrom('campaigns').select('doubleReview').where('id', '=', w.campaignId).executeTakeFirst()
    return c?.doubleReview ? [w.campaignId] : []
  }
  const submitted = db
    .selectFrom('evaluations as e')
    .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
    .select('a.campaignId')
    .where('e.status', '=', 'submitted')
    .where('e.submittedAt', '>=', w.fromInstant)
    .where('e.submittedAt', '<', w.toInstant)
  const decided = db.selectFrom('adjudications').select('campaignId').where('decidedAt', '>=', w.fromInstant).where('decidedAt', '<', w.toInstant)
  const rows = await db
    .selectFrom('campaigns')
    .select('id')
    .where('doubleReview', '=', 1)
    .where((eb) => eb.or([eb('id', 'in', submitted), eb('id', 'in', decided)]))
    .execute()
  return rows.map((r) => r.id)
}

/** The category of a deduction on an item as the review that stands for the case made it. */
function categoryIn(rubric: Rubric, itemId: string, source: ReviewDetail | null): string {
  const item = findItem(rubric, itemId)
  const optionId = source?.deductions.find((d) => d.itemId === itemId && d.optionId)?.optionId
  const option = optionId ? item?.deductions.find((o) => o.id === optionId) : undefined
  return option?.category ?? item?.category ?? itemId
}

/**
 * Facts of double-reviewed cases, by their campaign result (doubleReviewResults: the lead's
 * ruling, or the mean of two agreeing reviews). Their problems: for a ruling, the adjudicated
 * review item by item; for agreeing reviews, the items both deducted, with the mean of the points.
 * These campaigns are the semiannual centralized evaluations, a few hundred cases each, so the
 * per-case work here stays small beside the single-review aggregates done in SQL.
 */
export async function doubleFacts(db: Kysely<DB>, w: Window, loadRubric: (id: number) => Promise<Rubric>): Promise<{ facts: Facts; awaiting: number }> {
  const facts = noFacts()
  let awaiting = 0
  for (const campaignId of await doubleCampaigns(db, w)) {
    const [results, rounds, decisions] = await Promise.all([doubleReviewResults(db, campaignId), caseRounds(db, campaignId), adjudicationsOf(db, campaignId)])
    const counted = rounds.flatMap((c) => {
      const result = results.get(c.caseId)
      const pair = submittedPair(c)
      if (!result || !pair) return []
      if (result.state === 'waiting') awaiting++
      if (result.state !== 'agreed' && result.state !== 'decided') return []
      const decision = decisions.get(c.caseId)
      const [first, second] = [pair[0].submittedAt ?? '', pair[1].submittedAt ?? '']
      const reachedAt = decision ? decision.decidedAt : first > second ? first : second
      if (w.kind === 'period' && (reachedAt < w.fromInstant || reachedAt >= w.toInstant)) return []
      return [{ caseId: c.caseId, total: result.total!, grade: result.grade!, pair, decision, reachedAt }]
    })
    if (!counted.length) continue
    const caseIds = counted.map((c) => c.caseId)
    const [squads, officers, details] = await Promise.all([
      db.selectFrom('cases').select(['id', 'squadId']).where('id', 'in', caseIds).execute(),
      db.selectFrom('caseOfficers').select(['caseId', 'officerId']).where('caseId', 'in', caseIds).execute(),
      reviewDetails(db, counted.flatMap((c) => c.pair.map((r) => r.evaluationId))),
    ])
    const squadOf = new Map(squads.map((s) => [s.id, s.squadId]))
    for (const c of counted) {
      const squadId = squadOf.get(c.caseId)!
      const [a, b] = c.pair
      const rubric = await loadRubric(a.rubricId)
      const da = details.get(a.evaluationId)!
      const db_ = details.get(b.evaluationId)!
      const ra = reviewFrom(da)
      const rb = reviewFrom(db_)
      let problems: { itemId: string; tenths: number; category: string }[]
      let vetoed: boolean
      if (c.decision) {
        const review = adjudicatedReview(rubric, ra, rb, c.decision.items, c.decision.vetoes)
        const choice = new Map(c.decision.items.map((d) => [d.itemId, d.choice]))
        vetoed = review.vetoes.length > 0
        problems = [...itemOutcomes(rubric, review)]
          .filter(([, o]) => o.deducted > 0)
          .map(([itemId, o]) => {
            const ch = choice.get(itemId)
            return { itemId, tenths: Math.round(o.deducted * 10), category: categoryIn(rubric, itemId, ch === 'own' ? null : ch === 'b' ? db_ : da) }
          })
      } else {
        const oa = itemOutcomes(rubric, ra)
        const ob = itemOutcomes(rubric, rb)
        vetoed = ra.vetoes.length > 0
        problems = [...oa]
          .filter(([itemId, o]) => o.deducted > 0 && (ob.get(itemId)?.deducted ?? 0) > 0)
          .map(([itemId, o]) => ({ itemId, tenths: Math.round(agreedTotal(o.deducted, ob.get(itemId)!.deducted) * 10), category: categoryIn(rubric, itemId, da) }))
      }
      const vetoes = vetoed ? 1 : 0
      const lost = problems.reduce((sum, p) => sum + p.tenths, 0)
      facts.cases.push({ squadId, grade: c.grade, cases: 1, totalSum: c.total, vetoed: vetoes })
      if (c.reachedAt) facts.months.push({ month: localMonth(c.reachedAt), grade: c.grade, cases: 1, totalSum: c.total, vetoed: vetoes })
      const categories = new Map<string, number>()
      for (const p of problems) {
        facts.items.push({ squadId, rubricId: a.rubricId, itemId: p.itemId, cases: 1 })
        facts.itemPoints.push({ rubricId: a.rubricId, itemId: p.itemId, pointsTenths: p.tenths })
        categories.set(p.category, (categories.get(p.category) ?? 0) + p.tenths)
      }
      for (const [category, tenths] of categories) {
        facts.categories.push({ squadId, category, cases: 1 })
        facts.categoryPoints.push({ category, pointsTenths: tenths })
      }
      for (const o of officers.filter((o) => o.caseId === c.caseId)) {
        facts.officers.push({ officerId: o.officerId, cases: 1, totalSum: c.total, pointsTenths: lost })
        for (const p of problems) facts.officerItems.push({ officerId: o.officerId, rubricId: a.rubricId, itemId: p.itemId, cases: 1 })
      }
    }
  }
  return { facts, awaiting }
}
