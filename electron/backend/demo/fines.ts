import type { Random } from './random'
import type { ViolationEntry } from './vocabulary'

type GradedTier = 'lighter' | 'general' | 'heavier'
/** 减轻 (below the legal minimum) is never drawn at random: only a planted defect uses it. */
export type Tier = GradedTier | 'mitigated'
const TIER_ORDER: GradedTier[] = ['lighter', 'general', 'heavier']
const TIER_WEIGHT: Record<GradedTier, number> = { lighter: 0.35, general: 0.45, heavier: 0.2 }

/** Simple procedure (Penalty Law art. 51): at most 200 yuan for a person, 3,000 for an organisation. */
export const SIMPLE_CAP_YUAN = { individual: 200, organization: 3000 } as const

export interface FinePlan {
  tier: Tier
  legalYuan: [number, number]
  tierYuan: [number, number]
  fineYuan: number
}

/** Legal and tier ranges in yuan; illegal construction scales with the construction cost. */
export function ranges(entry: ViolationEntry, tier: Tier, costYuan: number | null): { legal: [number, number]; tier: [number, number] } {
  const band = entry.tiers[tier]
  if (!band) throw new Error(`no tier ${tier} for ${entry.code}`)
  if (entry.costPercent) {
    if (costYuan === null) throw new Error(`cost needed for ${entry.code}`)
    const pct = (p: number) => Math.round((costYuan * p) / 100)
    return { legal: [pct(entry.costPercent[0]), pct(entry.costPercent[1])], tier: [pct(band[0]), pct(band[1])] }
  }
  if (!entry.rangeYuan) throw new Error(`no fine range for ${entry.code}`)
  return { legal: entry.rangeYuan, tier: band }
}

/** A round amount inside [min, max], as a bureau would write it. */
export function roundFine(min: number, max: number, random: Random): number {
  const width = max - min
  const step = width >= 20000 ? 1000 : width >= 4000 ? 500 : width >= 1000 ? 100 : width >= 200 ? 50 : 10
  const lo = Math.ceil(min / step) * step
  const hi = Math.floor(max / step) * step
  if (lo > hi) return min
  return lo + step * random.int(0, (hi - lo) / step)
}

function weightedTier(tiers: GradedTier[], random: Random): GradedTier {
  const total = tiers.reduce((sum, t) => sum + TIER_WEIGHT[t], 0)
  let roll = random.next() * total
  for (const t of tiers) {
    roll -= TIER_WEIGHT[t]
    if (roll < 0) return t
  }
  // Rounding can leave the roll a hair above zero: the last tier takes it.
  const last = tiers.at(-1)
  if (last === undefined) throw new Error('no tier to weigh')
  return last
}

/** A tier and a fine inside it (capped for simple procedure). */
export function planFine(entry: ViolationEntry, costYuan: number | null, capYuan: number | null, random: Random): FinePlan {
  const usable = TIER_ORDER.filter((t) => {
    const band = entry.tiers[t]
    if (!band) return false
    return capYuan === null || ranges(entry, t, costYuan).tier[0] <= capYuan
  })
  const tier = weightedTier(usable, random)
  const r = ranges(entry, tier, costYuan)
  const max = capYuan === null ? r.tier[1] : Math.min(r.tier[1], capYuan)
  return { tier, legalYuan: r.legal, tierYuan: r.tier, fineYuan: roundFine(r.tier[0], max, random) }
}

export function hasSeveralTiers(entry: ViolationEntry): boolean {
  return TIER_ORDER.filter((t) => entry.tiers[t]).length >= 2 && !entry.costPercent
}

/** Planted defect: a fine from another tier, still inside the legal range. */
export function fineOutsideTier(plan: FinePlan, entry: ViolationEntry, random: Random): number {
  const others = TIER_ORDER.filter((t) => t !== plan.tier && entry.tiers[t])
  for (let attempt = 0; attempt < 50; attempt++) {
    const band = entry.tiers[random.pick(others)] as [number, number]
    const fine = roundFine(band[0], band[1], random)
    if (fine < plan.tierYuan[0] || fine > plan.tierYuan[1]) return fine
  }
  throw new Error(`cannot place a fine outside tier for ${entry.code}`)
}

/** Planted defect: a 减轻 fine, below the legal minimum as 减轻 allows (its legal review is what goes missing). */
export function mitigatedPlan(plan: FinePlan, entry: ViolationEntry, random: Random): FinePlan {
  const band = entry.tiers.mitigated
  if (!band) throw new Error(`no mitigated tier for ${entry.code}`)
  return { tier: 'mitigated', legalYuan: plan.legalYuan, tierYuan: band, fineYuan: roundFine(band[0], band[1], random) }
}

/** Planted defect: a fine above the statutory maximum (or, for high minimums, below the minimum). */
export function fineOutsideLegalRange(plan: FinePlan, random: Random): number {
  const [min, max] = plan.legalYuan
  if (min >= 1000 && random.chance(0.4)) return Math.floor(min / 2 / 100) * 100
  return Math.round((max * random.pick([1.5, 2, 3])) / 100) * 100 || max * 2
}

export function isMajorFine(partyType: 'individual' | 'organization', fineYuan: number): boolean {
  return partyType === 'individual' ? fineYuan >= 5000 : fineYuan >= 50000
}
