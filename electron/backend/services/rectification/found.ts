import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { findItem, type Rubric } from '../../../../shared/domain/rubric'
import { loadRubric } from '../rubrics/load'
import { adjudicationsOf } from '../adjudication/record'
import { caseRounds, reviewDetails, submittedPair, type CaseRounds, type ReviewDetail, type SubmittedRound } from '../adjudication/rounds'

/** A problem a campaign found in one case, as a notice takes it over. */
export interface FoundProblem {
  caseId: number
  squadId: number
  evaluationId: number
  kind: 'deduction' | 'veto'
  itemId: string
  title: string
  pointsTenths: number | null
  reason: string
  documentId: number | null
  page: number | null
}

type Deduction = ReviewDetail['deductions'][number]
type Veto = ReviewDetail['vetoes'][number]

/** What counts of a case's result: its one review, or of a double review what the lead ruled (round 1 where they agreed). */
function countedOf(first: ReviewDetail, second: ReviewDetail | null, ruling: { items: { itemId: string; choice: 'a' | 'b' | 'own'; points?: number }[]; vetoes: { vetoId: string; choice: 'a' | 'b' }[]; reason: string } | undefined) {
  if (!second || !ruling) return { deductions: first.deductions.map((d) => ({ d, own: false })), vetoes: first.vetoes }
  const itemChoice = new Map(ruling.items.map((d) => [d.itemId, d]))
  const vetoChoice = new Map(ruling.vetoes.map((d) => [d.vetoId, d.choice]))
  const deductions: { d: Deduction; own: boolean }[] = []
  for (const d of first.deductions) if ((itemChoice.get(d.itemId)?.choice ?? 'a') === 'a') deductions.push({ d, own: false })
  for (const d of second.deductions) if (itemChoice.get(d.itemId)?.choice === 'b') deductions.push({ d, own: false })
  for (const c of ruling.items) {
    if (c.choice === 'own' && (c.points ?? 0) > 0) {
      deductions.push({ d: { itemId: c.itemId, optionId: null, points: c.points ?? 0, reason: ruling.reason, documentId: null, page: null }, own: true })
    }
  }
  const vetoes: Veto[] = [
    ...first.vetoes.filter((v) => (vetoChoice.get(v.vetoId) ?? 'a') === 'a'),
    ...second.vetoes.filter((v) => vetoChoice.get(v.vetoId) === 'b'),
  ]
  return { deductions, vetoes }
}

/**
 * The problems of a campaign's submitted results, case by case in case-number order, item by item:
 * every deduction and veto of a single review; of a double review, those of the result the lead
 * ruled (or of round 1, where the two agreed).
 */
export async function campaignProblems(db: Kysely<DB>, campaignId: number): Promise<FoundProblem[]> {
  const campaign = await db.selectFrom('campaigns').select(['doubleReview']).where('id', '=', campaignId).executeTakeFirstOrThrow()
  const cases = await caseRounds(db, campaignId)
  const squads = new Map(
    (await db.selectFrom('cases').select(['id', 'squadId']).where('id', 'in', cases.length ? cases.map((c) => c.caseId) : [0]).execute()).map((c) => [c.id, c.squadId]),
  )
  const rulings = campaign.doubleReview ? await adjudicationsOf(db, campaignId) : new Map()
  const chosen = cases.flatMap((c): { c: CaseRounds; first: SubmittedRound; second: SubmittedRound | null }[] => {
    if (campaign.doubleReview) {
      const pair = submittedPair(c)
      return pair ? [{ c, first: pair[0], second: pair[1] }] : []
    }
    const only = c.rounds.find((r): r is SubmittedRound => r.status === 'submitted' && r.evaluationId !== null && r.rubricId !== null)
    return only ? [{ c, first: only, second: null }] : []
  })
  const details = await reviewDetails(db, chosen.flatMap(({ first, second }) => [first.evaluationId, ...(second ? [second.evaluationId] : [])]))
  const rubrics = new Map<number, Rubric>()
  const rubricOf = async (id: number) => rubrics.get(id) ?? rubrics.set(id, await loadRubric(db, id)).get(id)!
  const found: FoundProblem[] = []
  for (const { c, first, second } of chosen) {
    const rubric = await rubricOf(first.rubricId)
    const counted = countedOf(details.get(first.evaluationId)!, second ? details.get(second.evaluationId)! : null, rulings.get(c.caseId))
    const base = { caseId: c.caseId, squadId: squads.get(c.caseId)!, evaluationId: first.evaluationId }
    for (const { d } of counted.deductions.sort((x, y) => x.d.itemId.localeCompare(y.d.itemId, undefined, { numeric: true }))) {
      found.push({ ...base, kind: 'deduction', itemId: d.itemId, title: findItem(rubric, d.itemId)?.title ?? d.itemId, pointsTenths: Math.round(d.points * 10), reason: d.reason, documentId: d.documentId, page: d.page })
    }
    for (const v of counted.vetoes) {
      found.push({ ...base, kind: 'veto', itemId: v.vetoId, title: rubric.vetoes.find((x) => x.id === v.vetoId)?.title ?? v.vetoId, pointsTenths: null, reason: v.reason, documentId: v.documentId, page: v.page })
    }
  }
  return found
}
