import type { Grade } from '../scoring'

export type GradeCounts = Record<Grade, number>

export const noGrades = (): GradeCounts => ({ excellent: 0, good: 0, pass: 0, fail: 0 })

/** A share, 0–1, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

/** Mean of a sum over a count, to two decimals; null for no cases. */
export function average(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 100) / 100 : null
}

/** 优良率: excellent and good over all graded cases. */
export function excellentGoodRate(g: GradeCounts): number | null {
  return rate(g.excellent + g.good, g.excellent + g.good + g.pass + g.fail)
}

/** 合格率: every grade but fail over all graded cases. */
export function passRate(g: GradeCounts): number | null {
  return rate(g.excellent + g.good + g.pass, g.excellent + g.good + g.pass + g.fail)
}

/**
 * The change from the previous period: current − previous, or null when either is unknown.
 * Rounded to four decimals so shares and averages do not show float noise.
 */
export function change(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null) return null
  return Math.round((current - previous) * 10000) / 10000
}

/**
 * The change in rank, positive when a squad moved up (from 5th to 2nd is +3); null when it was
 * not ranked before.
 */
export function rankChange(current: number, previous: number | null | undefined): number | null {
  return previous == null ? null : previous - current
}
