import { addDays, assertIsoDate, isWeekend, yearOf } from './iso-date'
import { chineseDaysBase, holidayLabel } from './chinese-days-base'
import { normalizeOverrides } from './overrides'
import type { CalendarBase, CalendarOverride, CountAnswer, DateAnswer, DayInfo } from './types'

export interface WorkingDayCalendar {
  /**
   * Whether `date` is a working day, and why. Returns an object, not a boolean: check
   * `.working`, and `.known` — false when the year has no holiday data and `working` is
   * only a Mon–Fri guess.
   */
  isWorkingDay(date: string): DayInfo
  /**
   * The n-th working day after `date` (before it when n < 0); `date` itself is never counted,
   * so a period "within n working days" of a trigger ends on addWorkingDays(trigger, n).
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: string, n: number): DateAnswer
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): DateAnswer
  /** `date` itself when it is a working day, else the next one (how a last day moves). */
  workingDayOnOrAfter(date: string): DateAnswer
  /**
   * Working days in (a, b]: a excluded, b included, so it counts the working days of a period
   * that starts the day after `a`. workingDaysBetween(a, addWorkingDays(a, n).date) === n.
   * When b < a the result is minus the count of (b, a].
   */
  workingDaysBetween(a: string, b: string): CountAnswer
  /** Years with holiday data (package years plus any year with an override), ascending. */
  coveredYears(): number[]
  /** Whether the calendar has holiday data for the year of `date`. */
  knows(date: string): boolean
  /** The overrides in force, one per date, in date order. */
  overrides(): CalendarOverride[]
}

/** Tracks the unknown years a walk passes through. */
class Walk {
  private readonly unknown = new Set<number>()
  constructor(private readonly info: (date: string) => DayInfo) {}
  working(date: string): boolean {
    const d = this.info(date)
    if (!d.known) this.unknown.add(yearOf(date))
    return d.working
  }
  date(date: string): DateAnswer {
    const unknownYears = [...this.unknown].sort((a, b) => a - b)
    return { date, known: unknownYears.length === 0, unknownYears }
  }
  count(days: number): CountAnswer {
    const unknownYears = [...this.unknown].sort((a, b) => a - b)
    return { days, known: unknownYears.length === 0, unknownYears }
  }
}

/**
 * A working-day calendar: the package's national schedule, corrected by local overrides.
 * Pass `base` to use another schedule (tests, or a schedule imported in full).
 */
export function createWorkingDayCalendar(
  overrides: readonly CalendarOverride[] = [],
  base: CalendarBase = chineseDaysBase(),
): WorkingDayCalendar {
  const byDate = normalizeOverrides(overrides)
  const years = new Set<number>(base.years)
  for (const date of byDate.keys()) years.add(yearOf(date))

  const knowsYear = (year: number) => years.has(year)

  function isWorkingDay(date: string): DayInfo {
    assertIsoDate(date)
    const known = knowsYear(yearOf(date))
    const o = byDate.get(date)
    if (o) {
      return { date, working: o.kind === 'workday', source: 'override', known, ...(o.note ? { name: o.note } : {}) }
    }
    const holiday = base.holidays.get(date)
    if (holiday !== undefined) return { date, working: false, source: 'holiday', known, name: holidayLabel(holiday) }
    const workday = base.workdays.get(date)
    if (workday !== undefined) {
      return { date, working: true, source: 'adjusted_workday', known, name: holidayLabel(workday) }
    }
    return isWeekend(date)
      ? { date, working: false, source: 'weekend', known }
      : { date, working: true, source: 'weekday', known }
  }

  function addWorkingDays(date: string, n: number): DateAnswer {
    if (!Number.isInteger(n)) throw new RangeError(`working-day count must be an integer: ${n}`)
    assertIsoDate(date)
    const walk = new Walk(isWorkingDay)
    const step = n < 0 ? -1 : 1
    let current = date
    // Terminates: unknown years fall back to Mon–Fri, and overrides are finite.
    for (let left = Math.abs(n); left > 0; ) {
      current = addDays(current, step)
      if (walk.working(current)) left--
    }
    return walk.date(current)
  }

  function workingDayOnOrAfter(date: string): DateAnswer {
    const walk = new Walk(isWorkingDay)
    let current = date
    while (!walk.working(current)) current = addDays(current, 1)
    return walk.date(current)
  }

  function workingDaysBetween(a: string, b: string): CountAnswer {
    assertIsoDate(a)
    assertIsoDate(b)
    const walk = new Walk(isWorkingDay)
    const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1]
    let days = 0
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (walk.working(d)) days++
    return walk.count(sign * days)
  }

  return {
    isWorkingDay,
    addWorkingDays,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    workingDayOnOrAfter,
    workingDaysBetween,
    coveredYears: () => [...years].sort((x, y) => x - y),
    knows: (date) => knowsYear(yearOf(date)),
    overrides: () => [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
  }
}
