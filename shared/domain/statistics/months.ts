import { GRADES } from '../scoring'
import type { MonthGroup } from './facts'
import { average, excellentGoodRate, noGrades, passRate } from './rates'

const pad = (n: number) => String(n).padStart(2, '0')

/** The months (YYYY-MM) from `first` to `last`, both included; none when `last` is earlier. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  for (let m = `${year}-${pad(month)}`; m <= last; m = `${year}-${pad(month)}`) {
    months.push(m)
    year += Math.floor(month / 12)
    month = (month % 12) + 1
  }
  return months
}

/** One month of the trend: the results reached in it. */
export interface MonthRow {
  month: string
  cases: number
  average: number | null
  excellentGoodRate: number | null
  passRate: number | null
  vetoed: number
}

/**
 * The monthly trend: one row per month, in order, empty months included (average and rates null).
 * `months` fixes the months shown (a period's); without it, the months from the first result to
 * the last (a campaign's).
 */
export function monthlySeries(groups: readonly MonthGroup[], months?: readonly string[]): MonthRow[] {
  const byMonth = new Map<string, MonthGroup[]>()
  for (const g of groups) byMonth.set(g.month, [...(byMonth.get(g.month) ?? []), g])
  const seen = [...byMonth.keys()].sort()
  const [first] = seen
  const last = seen.at(-1)
  const shown = months ?? (first !== undefined && last !== undefined ? monthRange(first, last) : [])
  return shown.map((month) => {
    const grades = noGrades()
    let totalSum = 0
    let vetoed = 0
    for (const g of byMonth.get(month) ?? []) {
      grades[g.grade] += g.cases
      totalSum += g.totalSum
      vetoed += g.vetoed
    }
    const cases = GRADES.reduce((n, g) => n + grades[g], 0)
    return { month, cases, average: average(totalSum, cases), excellentGoodRate: excellentGoodRate(grades), passRate: passRate(grades), vetoed }
  })
}
