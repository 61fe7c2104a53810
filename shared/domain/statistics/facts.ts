import type { Grade } from '../scoring'

/**
 * Partial aggregates the database (or, for double-reviewed cases, the campaign result) hands
 * over: each row sums cases that belong to exactly one key, so rows from several sources (and
 * from windows that do not overlap) add up.
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

/** Cases whose result was reached in one month (YYYY-MM, local time), by grade. */
export interface MonthGroup {
  month: string
  grade: Grade
  cases: number
  totalSum: number
  vetoed: number
}

export interface OfficerGroup {
  officerId: number
  cases: number
  totalSum: number
  /** Points lost in those cases, in tenths. */
  pointsTenths: number
}

/** Cases of a squad with deductions on one rubric item. */
export interface ItemGroup {
  squadId: number
  rubricId: number
  itemId: string
  cases: number
}

/** Points lost on one rubric item, in tenths. */
export interface ItemPoints {
  rubricId: number
  itemId: string
  pointsTenths: number
}

/** Cases of a squad with deductions in one problem category. */
export interface CategoryGroup {
  squadId: number
  category: string
  cases: number
}

/** Points lost in one problem category, in tenths. */
export interface CategoryPoints {
  category: string
  pointsTenths: number
}

/** Cases of an officer with deductions on one rubric item. */
export interface OfficerItemGroup {
  officerId: number
  rubricId: number
  itemId: string
  cases: number
}

export interface Facts {
  cases: CaseGroup[]
  months: MonthGroup[]
  officers: OfficerGroup[]
  items: ItemGroup[]
  itemPoints: ItemPoints[]
  categories: CategoryGroup[]
  categoryPoints: CategoryPoints[]
  officerItems: OfficerItemGroup[]
}

export const noFacts = (): Facts => ({ cases: [], months: [], officers: [], items: [], itemPoints: [], categories: [], categoryPoints: [], officerItems: [] })

export function mergeFacts(a: Facts, b: Facts): Facts {
  return {
    cases: [...a.cases, ...b.cases],
    months: [...a.months, ...b.months],
    officers: [...a.officers, ...b.officers],
    items: [...a.items, ...b.items],
    itemPoints: [...a.itemPoints, ...b.itemPoints],
    categories: [...a.categories, ...b.categories],
    categoryPoints: [...a.categoryPoints, ...b.categoryPoints],
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
