import type { Grade } from '../scoring'

/**
 * Partial aggregates the database (or, for double-reviewed cases, the campaign result) hands
 * over: each row sums cases that belong to exactly one key, so rows from several sources add up.
 */
export interface CaseGroup {
  squadId: number
  grade: Grade
  cases: number
  /** Sum of the cases' totals, in points. */
  totalSum: number
  /** Cases with at least one veto. */
  vetoed: number
}

export interface OfficerGroup {
  officerId: number
  cases: number
  totalSum: number
}

/** Cases of a squad with deductions on one rubric item, and the points lost on it. */
export interface ItemGroup {
  squadId: number
  rubricId: number
  itemId: string
  cases: number
  pointsTenths: number
}

/** Cases of a squad with deductions in one problem category, and the points lost in it. */
export interface CategoryGroup {
  squadId: number
  category: string
  cases: number
  pointsTenths: number
}

export interface OfficerItemGroup {
  officerId: number
  rubricId: number
  itemId: string
  cases: number
  pointsTenths: number
}

export interface Facts {
  cases: CaseGroup[]
  officers: OfficerGroup[]
  items: ItemGroup[]
  categories: CategoryGroup[]
  officerItems: OfficerItemGroup[]
}

export const noFacts = (): Facts => ({ cases: [], officers: [], items: [], categories: [], officerItems: [] })

export function mergeFacts(a: Facts, b: Facts): Facts {
  return {
    cases: [...a.cases, ...b.cases],
    officers: [...a.officers, ...b.officers],
    items: [...a.items, ...b.items],
    categories: [...a.categories, ...b.categories],
    officerItems: [...a.officerItems, ...b.officerItems],
  }
}

/** Sums rows that share a key. */
export function sumBy<T>(rows: readonly T[], key: (row: T) => string, add: (into: T, row: T) => void): T[] {
  const out = new Map<string, T>()
  for (const row of rows) {
    const k = key(row)
    const into = out.get(k)
    if (into) add(into, row)
    else out.set(k, { ...row })
  }
  return [...out.values()]
}
