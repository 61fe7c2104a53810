import type { Random } from './random'
import type { DemoDefect } from './types'

/**
 * The planted problems, one entry per affected case (22 of 120, about 18%). Every code appears at
 * least twice so a reviewer meets each kind more than once; a few cases carry two.
 */
export const DEFECT_SETS: DemoDefect[][] = [
  ['late_filing'],
  ['late_filing', 'single_officer'],
  ['uncertified_officer', 'late_filing'],
  ['decision_over_90_days'],
  ['major_without_legal_review', 'decision_over_90_days'],
  ['missing_service_receipt'],
  ['missing_service_receipt'],
  ['fine_outside_tier'],
  ['fine_outside_tier'],
  ['fine_outside_tier', 'single_officer'],
  ['fine_outside_legal_range'],
  ['fine_outside_legal_range'],
  ['single_officer'],
  ['uncertified_officer'],
  ['major_without_legal_review'],
  ['dates_out_of_order'],
  ['dates_out_of_order'],
  ['late_service'],
  ['late_service'],
  ['uncertified_officer', 'missing_service_receipt'],
  ['mitigated_without_legal_review'],
  ['mitigated_without_legal_review'],
]

/** What a case must be for a defect to show in its data. */
export interface DefectCandidate {
  ordinaryPenalty: boolean
  penalty: boolean
  severalTiers: boolean
  /** The violation has a 减轻 band in the baseline. */
  mitigable: boolean
  fixedRange: boolean
  major: boolean
  /** Early enough in the year for every milestone to be reached, delays included. */
  early: boolean
  squadHasUncertified: boolean
}

const DATE_DEFECTS: DemoDefect[] = ['late_filing', 'decision_over_90_days', 'missing_service_receipt', 'dates_out_of_order', 'late_service']

export function eligible(defect: DemoDefect, c: DefectCandidate): boolean {
  if (DATE_DEFECTS.includes(defect)) return c.ordinaryPenalty && c.early
  switch (defect) {
    case 'fine_outside_tier':
      return c.ordinaryPenalty && c.severalTiers && !c.major
    case 'fine_outside_legal_range':
      return c.ordinaryPenalty && c.fixedRange && !c.major
    case 'single_officer':
      return c.penalty
    case 'uncertified_officer':
      return c.penalty && c.squadHasUncertified
    case 'major_without_legal_review':
      return c.ordinaryPenalty && c.major
    case 'mitigated_without_legal_review':
      return c.ordinaryPenalty && c.mitigable && c.early
    default:
      return false
  }
}

/** Assigns each defect set to a distinct eligible case; returns case index → defects. */
export function assignDefects(candidates: DefectCandidate[], random: Random): Map<number, DemoDefect[]> {
  const assigned = new Map<number, DemoDefect[]>()
  // The scarcest sets go first so they are not starved by the easy ones.
  const sets = DEFECT_SETS.map((set, order) => ({ set, order, pool: candidates.filter((c) => set.every((d) => eligible(d, c))).length }))
  sets.sort((a, b) => a.pool - b.pool || a.order - b.order)
  for (const { set } of sets) {
    const open = candidates.flatMap((c, i) => (!assigned.has(i) && set.every((d) => eligible(d, c)) ? [i] : []))
    if (open.length === 0) throw new Error(`no case can carry defects ${set.join('+')}`)
    assigned.set(random.pick(open), [...set])
  }
  return assigned
}
