/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings. Everything goes through Date.UTC, so the
 * machine's time zone (and its DST rules) can never shift a date by one.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-29, 2023-13-01). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** Throws on anything but a real YYYY-MM-DD date: a bad date here is a programming error. */
export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`)
}

function toUtcMs(date: string): number {
  assertIsoDate(date)
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The date `n` calendar days after `date` (before it when n < 0). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`day count must be an integer: ${n}`)
  return fromUtcMs(toUtcMs(date) + n * DAY_MS)
}

/** Calendar days from `a` to `b`: daysBetween('2024-02-28', '2024-03-01') === 2; negative if b < a. */
export function daysBetween(a: string, b: string): number {
  // Both are UTC midnights, so the difference is an exact multiple of a day.
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS)
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const w = weekdayOf(date)
  return w === 0 || w === 6
}

export function yearOf(date: string): number {
  assertIsoDate(date)
  return Number(date.slice(0, 4))
}
