/**
 * The Chinese working-day calendar for the demo's years (State Council notices for 2023 and 2024):
 * the planted deadline defects are counted on it, as the app's checks will be.
 */
const HOLIDAYS = new Set<string>([
  '2023-01-01', '2023-01-02',
  '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27',
  '2023-04-05',
  '2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03',
  '2023-06-22', '2023-06-23', '2023-06-24',
  '2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06',
  '2023-12-30', '2023-12-31', '2024-01-01',
  '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17',
  '2024-04-04', '2024-04-05', '2024-04-06',
  '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05',
])

/** Weekend days worked in exchange for a holiday (调休上班). */
const ADJUSTED_WORKDAYS = new Set<string>([
  '2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08',
  '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11',
])

const DAY_MS = 86_400_000

/** Dates are handled as 'YYYY-MM-DD' strings, computed in UTC so no time zone can shift them. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function isWorkingDay(iso: string): boolean {
  if (ADJUSTED_WORKDAYS.has(iso)) return true
  if (HOLIDAYS.has(iso)) return false
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The n-th working day after iso (n = 0: iso itself if it is a working day, else the next one). */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso
  while (!isWorkingDay(day)) day = addDays(day, 1)
  for (let left = n; left > 0; ) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left--
  }
  return day
}

/** Working days after from, up to and including to (the statutory "within N days" count). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++
  return count
}

/** The first working day on or after iso. */
export function nextWorkingDay(iso: string): string {
  return addWorkingDays(iso, 0)
}

/** The n-th working day before iso. */
export function subtractWorkingDays(iso: string, n: number): string {
  let day = iso
  for (let left = n; left > 0; ) {
    day = addDays(day, -1)
    if (isWorkingDay(day)) left--
  }
  return day
}
