/** A local correction typed or imported by the lead; it wins over the package data. */
export interface CalendarOverride {
  date: string
  kind: 'holiday' | 'workday'
  note?: string
}

/**
 * The national schedule the calendar starts from: statutory holidays that would otherwise be
 * working days, adjusted working days (调休上班日) that would otherwise be weekends, and the
 * years whose schedule is complete.
 */
export interface CalendarBase {
  source: string
  years: readonly number[]
  holidays: ReadonlyMap<string, string>
  workdays: ReadonlyMap<string, string>
}

/** Why a day is or is not a working day. */
export type DaySource = 'override' | 'holiday' | 'adjusted_workday' | 'weekday' | 'weekend'

export interface DayInfo {
  date: string
  working: boolean
  source: DaySource
  /** False when the year has no holiday data: `working` is then only a Mon–Fri guess. */
  known: boolean
  /** The holiday name from the package, or the override's note. */
  name?: string
}

/** A date computed by walking the calendar, with the years it had to guess. */
export interface DateAnswer {
  date: string
  known: boolean
  /** Years without holiday data that the computation walked through (sorted, unique). */
  unknownYears: number[]
}

export interface CountAnswer {
  days: number
  known: boolean
  unknownYears: number[]
}
