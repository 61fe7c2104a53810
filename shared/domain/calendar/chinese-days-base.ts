import data from 'chinese-days/dist/chinese-days.json'
import type { CalendarBase } from './types'

/**
 * The national holiday schedule from the `chinese-days` package. We read its published JSON
 * (documented by the package for non-JS use) instead of calling its functions: those parse
 * 'YYYY-MM-DD' as UTC midnight and then read it back with local-time getters, so west of UTC
 * every answer belongs to the previous day.
 */
export interface ChineseDaysData {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

// A full year lists ~25–35 holiday days; a couple of stray dates (e.g. a next-year 调休 day
// published with this year's notice) must not make a year look known.
const MIN_HOLIDAYS_FOR_A_KNOWN_YEAR = 10

export function calendarBaseFrom(raw: ChineseDaysData, source: string): CalendarBase {
  const holidays = new Map(Object.entries(raw.holidays))
  const workdays = new Map(Object.entries(raw.workdays))
  const perYear = new Map<number, number>()
  for (const date of holidays.keys()) {
    const y = Number(date.slice(0, 4))
    perYear.set(y, (perYear.get(y) ?? 0) + 1)
  }
  const years = [...perYear]
    .filter(([, count]) => count >= MIN_HOLIDAYS_FOR_A_KNOWN_YEAR)
    .map(([y]) => y)
    .sort((a, b) => a - b)
  return { source, years, holidays, workdays }
}

let cached: CalendarBase | undefined

/** The package's schedule, parsed once. */
export function chineseDaysBase(): CalendarBase {
  cached ??= calendarBaseFrom(data as ChineseDaysData, 'chinese-days')
  return cached
}

/** Holiday entries look like "National Day,国庆节,3": keep the Chinese name for display. */
export function holidayLabel(entry: string): string {
  const parts = entry.split(',')
  return parts[1] ?? entry
}
