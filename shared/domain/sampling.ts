import { seededRandom } from './seeded-random'

/*
 * 抽样: drawing a campaign's sample from its population. Pure and reproducible: the population is
 * put in case-number order first, so the same seed and the same population give the same sample
 * whatever order the rows came in.
 */

export interface SamplingCase {
  id: number
  caseNumber: string
  squadId: number
  domain: string
  isMajor: boolean
  source: string
}

export type SampleSize = { kind: 'rate'; percent: number } | { kind: 'count'; count: number }

export interface SamplingPlan {
  size: SampleSize
  method: 'simple' | 'stratified'
  /** Stratified by squad and, within each squad, by enforcement domain. */
  byDomain: boolean
  alwaysInclude: { major: boolean; complaint: boolean }
  seed: number
}

export interface Stratum {
  squadId: number
  /** Null unless the plan stratifies by domain too. */
  domain: string | null
  population: number
  /** Cases of the stratum in the sample, the always-included ones among them. */
  sampled: number
  always: number
}

export interface Sample {
  /** The cases drawn, in case-number order. */
  caseIds: number[]
  /** Those that came in by an always-include rule rather than by lot. */
  alwaysIds: number[]
  /** How many the size asked for (before the every-squad rule and the always-include rules added more). */
  target: number
  strata: Stratum[]
}

const byCaseNumber = (a: SamplingCase, b: SamplingCase) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : a.id - b.id)

/** How many cases the size asks for: a rate rounds up, so 10% is never under 10%. */
export function targetSize(size: SampleSize, population: number): number {
  const n = size.kind === 'rate' ? Math.ceil((population * size.percent) / 100 - 1e-9) : size.count
  return Math.max(0, Math.min(population, n))
}

/**
 * Shares of `total` in proportion to `weights`, rounded by largest remainder (ties to the larger
 * weight, then to the earlier one): the shares add up to `total` exactly.
 */
export function largestRemainder(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return weights.map(() => 0)
  const parts = weights.map((weight, index) => {
    const exact = (weight * total) / sum
    const share = Math.floor(exact)
    return { index, weight, share, remainder: exact - share }
  })
  let left = total - parts.reduce((a, p) => a + p.share, 0)
  const order = parts.slice().sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index)
  for (const part of order) {
    if (left <= 0) break
    part.share++
    left--
  }
  return parts.map((p) => p.share)
}

/** Draws k items without replacement (a partial Fisher–Yates shuffle on a copy). */
function drawFrom<T>(items: T[], k: number, random: () => number): T[] {
  const pool = items.slice()
  const n = Math.max(0, Math.min(k, pool.length))
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    // i < n <= pool.length and i <= j < pool.length: both are places in the pool.
    const [a, b] = [pool[i] as T, pool[j] as T]
    pool[i] = b
    pool[j] = a
  }
  return pool.slice(0, n)
}

function isAlways(c: SamplingCase, rules: SamplingPlan['alwaysInclude']): boolean {
  return (rules.major && c.isMajor) || (rules.complaint && c.source === 'complaint')
}

const stratumKey = (c: SamplingCase, byDomain: boolean) => (byDomain ? `${c.squadId}\u0000${c.domain}` : String(c.squadId))

/**
 * The sample for a plan. Stratified: every stratum's share of the target by largest remainder,
 * at least one case from each stratum (the plan wants every squad covered), the always-included
 * cases of a stratum counting towards its share. Simple: the rest of the target drawn from all.
 */
export function drawSample(population: readonly SamplingCase[], plan: SamplingPlan): Sample {
  const cases = population.slice().sort(byCaseNumber)
  const target = targetSize(plan.size, cases.length)
  const random = seededRandom(plan.seed)
  const always = cases.filter((c) => isAlways(c, plan.alwaysInclude))
  const alwaysSet = new Set(always.map((c) => c.id))
  const chosen = new Set(alwaysSet)

  const byDomain = plan.method === 'stratified' && plan.byDomain
  const groups = new Map<string, [SamplingCase, ...SamplingCase[]]>()
  for (const c of cases) {
    const key = plan.method === 'stratified' ? stratumKey(c, byDomain) : 'all'
    const group = groups.get(key)
    if (group) group.push(c)
    else groups.set(key, [c])
  }
  const ordered = [...groups].sort(([a, [x]], [b, [y]]) => x.squadId - y.squadId || (a < b ? -1 : a > b ? 1 : 0))

  if (plan.method === 'simple') {
    const rest = cases.filter((c) => !chosen.has(c.id))
    for (const c of drawFrom(rest, target - always.length, random)) chosen.add(c.id)
  } else {
    const shares = largestRemainder(
      ordered.map(([, group]) => group.length),
      target,
    )
    ordered.forEach(([, group], i) => {
      const quota = Math.max(shares[i] ?? 0, 1)
      const rest = group.filter((c) => !chosen.has(c.id))
      const already = group.length - rest.length
      for (const c of drawFrom(rest, quota - already, random)) chosen.add(c.id)
    })
  }

  const strata: Stratum[] = []
  const stratumOf = (c: SamplingCase) => (plan.method === 'stratified' ? stratumKey(c, byDomain) : String(c.squadId))
  const tally = new Map<string, Stratum>()
  for (const c of cases) {
    const key = stratumOf(c)
    let s = tally.get(key)
    if (!s) {
      s = { squadId: c.squadId, domain: byDomain ? c.domain : null, population: 0, sampled: 0, always: 0 }
      tally.set(key, s)
      strata.push(s)
    }
    s.population++
    if (chosen.has(c.id)) s.sampled++
    if (alwaysSet.has(c.id)) s.always++
  }
  strata.sort((a, b) => a.squadId - b.squadId || ((a.domain ?? '') < (b.domain ?? '') ? -1 : (a.domain ?? '') > (b.domain ?? '') ? 1 : 0))

  return {
    caseIds: cases.filter((c) => chosen.has(c.id)).map((c) => c.id),
    alwaysIds: always.map((c) => c.id),
    target,
    strata,
  }
}
