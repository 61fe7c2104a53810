import { addDays, daysBetween, type DateAnswer, type WorkingDayCalendar } from '../calendar'
import type { DatedField, DayKind, DayUnit, DeadlineFinding, DeadlineStatus } from './types'

export interface PeriodInput {
  trigger: DatedField
  actual: DatedField
  days: number
  kind: DayKind
}

export type PeriodResult = Pick<DeadlineFinding, 'status' | 'dueDate' | 'daysOver' | 'unit' | 'unknownYears'> & {
  note?: string
}

/**
 * The last day of a period "within `days`" of `trigger`. Counting starts the day after the
 * trigger. A calendar-day period whose last day is a rest day or holiday runs on to the next
 * working day; a working-day period counts only working days, so it always ends on one.
 */
export function dueDate(trigger: string, days: number, kind: DayKind, calendar: WorkingDayCalendar): DateAnswer {
  return kind === 'working'
    ? calendar.addWorkingDays(trigger, days)
    : calendar.workingDayOnOrAfter(addDays(trigger, days))
}

const unitOf = (kind: DayKind): DayUnit => (kind === 'working' ? 'working_days' : 'calendar_days')

const missingYears = (years: number[]) => `calendar for ${years.join(', ')} missing`

/**
 * How late `actual` is after `due`. In working days, the act's own day counts as one even
 * when it is a rest day: serving on the Saturday after a Friday deadline is one day late.
 */
function lateness(due: string, actual: string, kind: DayKind, calendar: WorkingDayCalendar) {
  if (kind === 'calendar') return { days: daysBetween(due, actual), unknownYears: [] as number[] }
  const count = calendar.workingDaysBetween(due, actual)
  const day = calendar.isWorkingDay(actual)
  return { days: count.days + (day.working ? 0 : 1), unknownYears: count.unknownYears }
}

/** Judges one period: missing dates, in time, late, or undecidable without the holiday data. */
export function evaluatePeriod(input: PeriodInput, calendar: WorkingDayCalendar): PeriodResult {
  const { trigger, actual, days, kind } = input
  const unit = unitOf(kind)
  const result = (status: DeadlineStatus, rest: Omit<PeriodResult, 'status' | 'unit'>): PeriodResult => ({
    status, unit, ...rest,
  })

  if (trigger.date === null || actual.date === null) {
    const missing = [trigger, actual].filter((f) => f.date === null).map((f) => f.field)
    const due = trigger.date === null ? null : dueDate(trigger.date, days, kind, calendar)
    return result('missing_date', {
      dueDate: due?.date ?? null,
      daysOver: null,
      unknownYears: due?.unknownYears ?? [],
      note: `missing ${missing.join(', ')}`,
    })
  }

  const due = dueDate(trigger.date, days, kind, calendar)
  const reversed = actual.date < trigger.date ? `${actual.field} is before ${trigger.field}` : undefined

  if (!due.known) {
    // N working days span at least N calendar days, and a calendar-day due date only ever
    // moves later: up to trigger + N calendar days the act is in time whatever the holidays.
    if (actual.date <= addDays(trigger.date, days)) {
      return result('ok', {
        dueDate: due.date, daysOver: 0, unknownYears: due.unknownYears,
        note: [`${missingYears(due.unknownYears)}; in time on any holiday schedule`, reversed].filter(Boolean).join('; '),
      })
    }
    return result('calendar_unknown', {
      dueDate: due.date, daysOver: null, unknownYears: due.unknownYears,
      note: `${missingYears(due.unknownYears)}: due date assumes plain Mon–Fri weeks`,
    })
  }

  if (actual.date <= due.date) {
    return result('ok', { dueDate: due.date, daysOver: 0, unknownYears: [], ...(reversed ? { note: reversed } : {}) })
  }

  const late = lateness(due.date, actual.date, kind, calendar)
  return result('overdue', {
    dueDate: due.date,
    daysOver: late.days,
    unknownYears: late.unknownYears,
    ...(late.unknownYears.length > 0
      ? { note: `${missingYears(late.unknownYears)}: days over assume plain Mon–Fri weeks` }
      : {}),
  })
}
