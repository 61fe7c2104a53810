import { allItems, toTenths, type Rubric } from './rubric'
import { scoreEvaluation, type Grade, type ScoreResult } from './scoring'

/** What one reviewer's submitted evaluation of a case says, as scoring reads it. */
export interface Review {
  deductions: { itemId: string; points: number }[]
  notApplicable: string[]
  vetoes: string[]
}

/** What scoring reads of a review as the evaluation screens hold it (vetoes with their details). */
export function reviewFrom(r: { deductions: readonly { itemId: string; points: number }[]; notApplicable: readonly string[]; vetoes: readonly { vetoId: string }[] }): Review {
  return { deductions: r.deductions.map((d) => ({ itemId: d.itemId, points: d.points })), notApplicable: [...r.notApplicable], vetoes: r.vetoes.map((v) => v.vetoId) }
}

/** A submitted score, for the needs-adjudication rule. */
export interface ScoredReview {
  total: number
  grade: Grade | string
  vetoes: string[]
}

export type DisagreementReason = 'total' | 'grade' | 'veto'

/**
 * Why two blind reviews of one case go to the lead: totals further apart than the tolerance
 * (strictly: a difference equal to the tolerance still agrees), different grades, or one found a
 * veto the other did not. Empty when they agree.
 */
export function disagreementReasons(a: ScoredReview, b: ScoredReview, toleranceTenths: number): DisagreementReason[] {
  const reasons: DisagreementReason[] = []
  if (Math.abs(toTenths(a.total) - toTenths(b.total)) > toleranceTenths) reasons.push('total')
  if (a.grade !== b.grade) reasons.push('grade')
  const va = new Set(a.vetoes)
  const vb = new Set(b.vetoes)
  if (va.size !== vb.size || [...va].some((v) => !vb.has(v))) reasons.push('veto')
  return reasons
}

export function needsAdjudication(a: ScoredReview, b: ScoredReview, toleranceTenths: number): boolean {
  return disagreementReasons(a, b, toleranceTenths).length > 0
}

/**
 * The campaign's score for a case whose two reviews agree within the tolerance: the mean of the
 * two totals (rounded half up to a tenth), as bureaus' 集中评查 rules usually read "取两名评查人员
 * 的平均分"; taking one round's score would make the order of assignment decide the result. The
 * grade is the one both gave (agreeing reviews have the same grade by the rule above).
 */
export function agreedTotal(a: number, b: number): number {
  const sum = toTenths(a) + toTenths(b)
  return (sum % 2 === 0 ? sum / 2 : (sum + 1) / 2) / 10
}

/** Per item of the rubric: deducted points (capped as scoring caps them) and not-applicable. */
export function itemOutcomes(rubric: Rubric, review: Review): Map<string, { deducted: number; notApplicable: boolean }> {
  const score = scoreEvaluation(rubric, review)
  return new Map(score.items.map((i) => [i.itemId, { deducted: i.deducted, notApplicable: i.notApplicable }]))
}

/** Items where the two reviews come to different points or one marked the item not applicable. */
export function differingItems(rubric: Rubric, a: Review, b: Review): string[] {
  const oa = itemOutcomes(rubric, a)
  const ob = itemOutcomes(rubric, b)
  return allItems(rubric)
    .map((i) => i.id)
    .filter((id) => {
      const x = oa.get(id)!
      const y = ob.get(id)!
      return x.notApplicable !== y.notApplicable || toTenths(x.deducted) !== toTenths(y.deducted)
    })
}

/** Vetoes found by exactly one of the two reviews. */
export function differingVetoes(a: Review, b: Review): string[] {
  const va = new Set(a.vetoes)
  const vb = new Set(b.vetoes)
  return [...new Set([...a.vetoes, ...b.vetoes])].filter((v) => va.has(v) !== vb.has(v)).sort()
}

export type Choice = 'a' | 'b' | 'own'

export interface ItemDecision {
  itemId: string
  choice: Choice
  /** The lead's own deduction on the item, when choice is 'own'. */
  points?: number
}

export interface VetoDecision {
  vetoId: string
  choice: 'a' | 'b'
}

/**
 * The adjudicated review: items both reviews agree on as they stand, each differing item and
 * veto as the lead chose. Throws when a differing item or veto is left undecided, or a decision
 * names one that does not differ.
 */
export function adjudicatedReview(rubric: Rubric, a: Review, b: Review, items: ItemDecision[], vetoes: VetoDecision[]): Review {
  const differing = new Set(differingItems(rubric, a, b))
  const decided = new Map(items.map((d) => [d.itemId, d]))
  if (decided.size !== items.length) throw new Error('an item is decided twice')
  for (const id of decided.keys()) if (!differing.has(id)) throw new Error(`item ${id} does not differ`)
  for (const id of differing) if (!decided.has(id)) throw new Error(`item ${id} is not decided`)
  const vetoDiff = new Set(differingVetoes(a, b))
  const vetoDecided = new Map(vetoes.map((d) => [d.vetoId, d]))
  if (vetoDecided.size !== vetoes.length) throw new Error('a veto is decided twice')
  for (const id of vetoDecided.keys()) if (!vetoDiff.has(id)) throw new Error(`veto ${id} does not differ`)
  for (const id of vetoDiff) if (!vetoDecided.has(id)) throw new Error(`veto ${id} is not decided`)

  const oa = itemOutcomes(rubric, a)
  const ob = itemOutcomes(rubric, b)
  const result: Review = { deductions: [], notApplicable: [], vetoes: [] }
  for (const item of allItems(rubric)) {
    const d = decided.get(item.id)
    const outcome =
      !d || d.choice === 'a' ? oa.get(item.id)! : d.choice === 'b' ? ob.get(item.id)! : { deducted: d.points ?? 0, notApplicable: false }
    if (d?.choice === 'own' && (d.points === undefined || d.points < 0 || toTenths(d.points) > toTenths(item.maxPoints))) {
      throw new Error(`own points on ${item.id} must be between 0 and ${item.maxPoints}`)
    }
    if (outcome.notApplicable) result.notApplicable.push(item.id)
    else if (outcome.deducted > 0) result.deductions.push({ itemId: item.id, points: outcome.deducted })
  }
  const vb = new Set(b.vetoes)
  const va = new Set(a.vetoes)
  for (const v of new Set([...a.vetoes, ...b.vetoes])) {
    const d = vetoDecided.get(v)
    const on = !d ? va.has(v) && vb.has(v) : d.choice === 'a' ? va.has(v) : vb.has(v)
    if (on) result.vetoes.push(v)
  }
  result.vetoes.sort()
  return result
}

/** The adjudicated review scored with the rubric's own scoring. */
export function adjudicatedScore(rubric: Rubric, a: Review, b: Review, items: ItemDecision[], vetoes: VetoDecision[]): ScoreResult {
  return scoreEvaluation(rubric, adjudicatedReview(rubric, a, b, items, vetoes))
}

export interface KappaResult {
  /** Number of paired judgements. */
  n: number
  /** Share of judgements on which both agree, 0–1; null with no judgements. */
  agreement: number | null
  /**
   * Cohen's κ = (po − pe) / (1 − pe); null when undefined: no judgements, or both reviewers put
   * everything in one and the same category (pe = 1), where only the raw agreement means anything.
   */
  kappa: number | null
}

/** Cohen's κ on two raters' yes/no judgements (here: deducted / not deducted). */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): KappaResult {
  const n = pairs.length
  if (n === 0) return { n, agreement: null, kappa: null }
  let both = 0
  let neither = 0
  let aYes = 0
  let bYes = 0
  for (const [x, y] of pairs) {
    if (x && y) both++
    if (!x && !y) neither++
    if (x) aYes++
    if (y) bYes++
  }
  const po = (both + neither) / n
  const pe = (aYes * bYes + (n - aYes) * (n - bYes)) / (n * n)
  return { n, agreement: po, kappa: pe === 1 ? null : (po - pe) / (1 - pe) }
}

/** Mean absolute difference of paired totals, in points to a tenth; null with no pairs. */
export function meanAbsoluteDifference(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length === 0) return null
  const sum = pairs.reduce((s, [x, y]) => s + Math.abs(toTenths(x) - toTenths(y)), 0)
  return Math.round(sum / pairs.length) / 10
}

/** One case both reviewers of a pair submitted. */
export interface PairedCase {
  reviewerIds: readonly [number, number]
  a: Review & { total: number }
  b: Review & { total: number }
}

export interface PairAgreement extends KappaResult {
  reviewerIds: [number, number]
  cases: number
  meanAbsTotalDifference: number | null
}

export interface ItemAgreement extends KappaResult {
  itemId: string
  cases: number
  /** Mean |Δ deducted points| on the item. */
  meanAbsPointsDifference: number | null
}

/**
 * Agreement per reviewer pair (κ over every item of every case they share, % agreement, mean
 * |Δ total|) and per item (over every double-reviewed case). An item either reviewer marked not
 * applicable is left out of κ: "not applicable" is neither deducted nor not deducted.
 */
export function agreementTables(rubric: Rubric, cases: readonly PairedCase[]): { pairs: PairAgreement[]; items: ItemAgreement[] } {
  const itemIds = allItems(rubric).map((i) => i.id)
  const byPair = new Map<string, { ids: [number, number]; judgements: [boolean, boolean][]; totals: [number, number][] }>()
  const byItem = new Map(itemIds.map((id) => [id, { judgements: [] as [boolean, boolean][], points: [] as [number, number][] }]))
  for (const c of cases) {
    const ids = [...c.reviewerIds].sort((x, y) => x - y) as [number, number]
    const key = ids.join('-')
    const pair = byPair.get(key) ?? { ids, judgements: [], totals: [] }
    byPair.set(key, pair)
    pair.totals.push([c.a.total, c.b.total])
    const oa = itemOutcomes(rubric, c.a)
    const ob = itemOutcomes(rubric, c.b)
    for (const id of itemIds) {
      const x = oa.get(id)!
      const y = ob.get(id)!
      if (x.notApplicable || y.notApplicable) continue
      const judgement: [boolean, boolean] = [x.deducted > 0, y.deducted > 0]
      pair.judgements.push(judgement)
      byItem.get(id)!.judgements.push(judgement)
      byItem.get(id)!.points.push([x.deducted, y.deducted])
    }
  }
  const pairs = [...byPair.values()].map((p) => ({
    reviewerIds: p.ids,
    cases: p.totals.length,
    meanAbsTotalDifference: meanAbsoluteDifference(p.totals),
    ...cohensKappa(p.judgements),
  }))
  const items = itemIds.map((itemId) => {
    const it = byItem.get(itemId)!
    return { itemId, cases: it.judgements.length, meanAbsPointsDifference: meanAbsoluteDifference(it.points), ...cohensKappa(it.judgements) }
  })
  return { pairs, items }
}
