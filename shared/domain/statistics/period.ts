/** The lengths of period the statistics compare: 月 / 季度 / 半年 / 年. */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/** One period: its kind, its year and its number within the year (month 1–12, quarter 1–4, half 1–2, year 1). */
export interface Period {
  kind: PeriodKind
  year: number
  index: number
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 }

export function periodsPerYear(kind: PeriodKind): number {
  return 12 / MONTHS[kind]
}

const pad = (n: number) => String(n).padStart(2, '0')

/** First and last day (inclusive, YYYY-MM-DD) of a period. */
export function periodBounds({ kind, year, index }: Period): { from: string; to: string } {
  if (!Number.isInteger(index) || index < 1 || index > periodsPerYear(kind)) throw new Error(`no ${kind} ${index} in a year`)
  const firstMonth = (index - 1) * MONTHS[kind] + 1
  const lastMonth = firstMonth + MONTHS[kind] - 1
  // Day 0 of the next month is the last day of this one (UTC: no daylight-saving shifts).
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` }
}

/** The period of the same length just before: March → February, Q1 → last year's Q4. */
export function previousPeriod({ kind, year, index }: Period): Period {
  return index > 1 ? { kind, year, index: index - 1 } : { kind, year: year - 1, index: periodsPerYear(kind) }
}

/** The period of a kind that holds a date (YYYY-MM-DD). */
export function periodOf(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  return { kind, year, index: Math.floor((month - 1) / MONTHS[kind]) + 1 }
}

/** The day after a date (YYYY-MM-DD): the exclusive end of a period. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** The day before a date (YYYY-MM-DD). */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The first day of the twelve months that end on a date: the day after the same date a year
 * before (29 February falls back to the 28th). 2024-03-31 → 2023-04-01, 2024-02-29 → 2023-03-01.
 */
export function rollingYearStart(end: string): string {
  const [y = NaN, m = NaN, d = NaN] = end.split('-').map(Number)
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate()
  return nextDay(`${y - 1}-${pad(m)}-${pad(Math.min(d, lastDay))}`)
}
