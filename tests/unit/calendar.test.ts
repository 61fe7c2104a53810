import { afterEach, describe, expect, it } from 'vitest'
import { isWorkday as packageIsWorkday } from 'chinese-days'
import {
  addDays, calendarBaseFrom, calendarOverrideSchema, chineseDaysBase, createWorkingDayCalendar, daysBetween,
  isIsoDate, weekdayOf, type CalendarOverride,
} from '../../shared/domain/calendar'

const cal = createWorkingDayCalendar()

/** Every date from `from` to `to`, both included. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

const originalTz = process.env.TZ
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

// Zones on both sides of UTC, one with DST: date strings must never drift by a day.
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']

describe('calendar-day helpers', () => {
  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-02-28', 1, '2024-02-29'], // 2024 is a leap year
    ['2023-02-28', 1, '2023-03-01'], // 2023 is not
    ['2024-03-10', 1, '2024-03-11'], // US DST starts on 2024-03-10: no effect in UTC arithmetic
    ['2024-01-10', 90, '2024-04-09'], // 21 (rest of Jan) + 29 (Feb) + 31 (Mar) + 9 = 90
    ['2024-03-01', -1, '2024-02-29'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2023-10-12', '2023-09-27', -15],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected)
  })

  it('gives the same answers in every time zone', () => {
    for (const tz of ZONES) {
      process.env.TZ = tz
      // Guard: the zone really changed, or this test would prove nothing.
      if (tz === 'America/Los_Angeles') expect(new Date(Date.UTC(2024, 0, 1)).getHours()).toBe(16)
      expect([addDays('2024-03-10', 1), addDays('2024-11-03', 1), daysBetween('2024-03-09', '2024-03-11')]).toEqual([
        '2024-03-11', '2024-11-04', 2,
      ])
      expect(weekdayOf('2023-10-07')).toBe(6) // Saturday
      expect(cal.isWorkingDay('2023-10-07').working).toBe(true)
      expect(cal.addWorkingDays('2023-09-27', 7).date).toBe('2023-10-12')
    }
  })

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(['2024-02-29', '2023-10-07'].map(isIsoDate)).toEqual([true, true])
    expect(['2023-02-29', '2023-13-01', '2023-1-5', '2023/10/07', ''].map(isIsoDate)).toEqual([
      false, false, false, false, false,
    ])
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError)
    expect(() => cal.isWorkingDay('20231007')).toThrow(RangeError)
  })
})

describe('holiday data from chinese-days', () => {
  it('covers 2019 through 2026 and not 2027', () => {
    const years = cal.coveredYears()
    for (let y = 2019; y <= 2026; y++) expect(years).toContain(y)
    expect(years).not.toContain(2027)
    expect([cal.knows('2026-12-31'), cal.knows('2027-01-01'), cal.knows('2030-06-01')]).toEqual([true, false, false])
  })

  // The package's own function, fed local-midnight Date objects (the only input it reads back
  // consistently), must agree with our reading of its JSON on every day we rely on.
  it('agrees with the package isWorkday() on every day of 2019–2026', () => {
    const disagreements = datesFrom('2019-01-01', '2026-12-31').filter((d) => {
      const local = new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
      return packageIsWorkday(local) !== cal.isWorkingDay(d).working
    })
    expect(disagreements).toEqual([])
  })

  // Typed from the State Council notices (国办发明电〔2022〕16号 for 2023, 〔2023〕7号 for 2024).
  it.each([
    // 2023 Spring Festival: Jan 21–27 off; Jan 28 (Sat) and Jan 29 (Sun) worked.
    { from: '2023-01-20', to: '2023-01-30', off: datesFrom('2023-01-21', '2023-01-27') },
    // 2023 Mid-autumn + National Day: Sep 29–Oct 6 off; Oct 7 (Sat) and Oct 8 (Sun) worked.
    { from: '2023-09-27', to: '2023-10-15', off: [...datesFrom('2023-09-29', '2023-10-06'), '2023-10-14', '2023-10-15'] },
    // 2024 Spring Festival: Feb 10–17 off; Feb 4 (Sun) and Feb 18 (Sun) worked. New Year's Eve
    // (Feb 9) was only "encouraged" off: officially a working day.
    {
      from: '2024-02-03', to: '2024-02-19',
      off: ['2024-02-03', ...datesFrom('2024-02-10', '2024-02-17')],
    },
    // 2024 National Day: Oct 1–7 off; Sep 29 (Sun) and Oct 12 (Sat) worked.
    { from: '2024-09-28', to: '2024-10-13', off: ['2024-09-28', ...datesFrom('2024-10-01', '2024-10-07'), '2024-10-13'] },
  ])('rest days from $from to $to match the notice', ({ from, to, off }) => {
    const rest = datesFrom(from, to).filter((d) => !cal.isWorkingDay(d).working)
    expect(rest).toEqual(off)
  })

  it('says why a day is or is not worked', () => {
    expect(cal.isWorkingDay('2023-09-29')).toEqual({
      date: '2023-09-29', working: false, source: 'holiday', known: true, name: '中秋',
    })
    expect(cal.isWorkingDay('2023-10-07')).toEqual({
      date: '2023-10-07', working: true, source: 'adjusted_workday', known: true, name: '国庆节',
    })
    expect(cal.isWorkingDay('2023-10-14').source).toBe('weekend')
    expect(cal.isWorkingDay('2023-10-16').source).toBe('weekday')
  })

  it('does not count a year from a few stray dates', () => {
    const base = calendarBaseFrom(
      {
        holidays: Object.fromEntries(datesFrom('2026-10-01', '2026-10-12').map((d) => [d, 'X,国庆节,3'])),
        workdays: { '2027-01-02': 'X,元旦,1' },
      },
      'test',
    )
    expect(base.years).toEqual([2026])
    expect(chineseDaysBase().source).toBe('chinese-days')
  })
})

describe('working-day arithmetic', () => {
  it.each([
    // Sep 27 (Wed) + 7 working days: Sep 28 (1); Sep 29–Oct 6 off; Oct 7 Sat (2), Oct 8 Sun (3),
    // Oct 9 (4), 10 (5), 11 (6), 12 (7). Oct 10 would be only the 5th working day.
    ['2023-09-27', 7, '2023-10-12'],
    // Sep 20 (Wed): Sep 21, 22, 25, 26, 27, 28 (6); counting Mon–Fri only, the 7th would be the
    // Sep 29 holiday; the real 7th is the adjusted working Saturday Oct 7.
    ['2023-09-20', 7, '2023-10-07'],
    ['2023-09-28', 1, '2023-10-07'],
    // Jan 20 2023 (Fri) + 1: Jan 21–27 off, Jan 28 (Sat) worked.
    ['2023-01-20', 1, '2023-01-28'],
    ['2023-10-12', 0, '2023-10-12'],
    ['2023-10-14', 0, '2023-10-14'], // n = 0 never moves, even from a rest day
    ['2023-10-07', -1, '2023-09-28'],
    ['2023-10-12', -7, '2023-09-27'],
    // Trigger on a holiday: counting starts with the first working day after it.
    ['2023-10-01', 1, '2023-10-07'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toEqual({ date: expected, known: true, unknownYears: [] })
  })

  it.each([
    ['2023-09-28', '2023-10-07'],
    ['2023-10-06', '2023-10-07'],
    ['2023-10-13', '2023-10-16'], // Fri → Mon
    ['2023-10-07', '2023-10-08'], // adjusted Sat → adjusted Sun
  ])('nextWorkingDay(%s) = %s', (date, expected) => {
    expect(cal.nextWorkingDay(date).date).toBe(expected)
  })

  it.each([
    ['2023-10-09', '2023-10-09'],
    ['2023-10-01', '2023-10-07'],
    ['2023-01-23', '2023-01-28'], // Spring Festival Monday → adjusted working Saturday
    ['2023-02-04', '2023-02-06'], // plain Saturday → Monday
  ])('workingDayOnOrAfter(%s) = %s', (date, expected) => {
    expect(cal.workingDayOnOrAfter(date).date).toBe(expected)
  })

  it.each([
    ['2023-09-27', '2023-10-12', 7], // (a, b]: Sep 28, Oct 7, 8, 9, 10, 11, 12
    ['2023-09-27', '2023-09-27', 0],
    ['2023-09-28', '2023-10-06', 0], // only the holiday
    ['2023-09-27', '2023-09-28', 1],
    ['2023-10-12', '2023-09-27', -7],
  ])('workingDaysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(cal.workingDaysBetween(a, b).days).toBe(expected)
  })

  it('inverts addWorkingDays over the 2023 and 2024 holidays', () => {
    for (const start of datesFrom('2023-01-10', '2023-02-10').concat(datesFrom('2024-09-20', '2024-10-20'))) {
      for (const n of [1, 3, 7, 15]) {
        expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n).date).days).toBe(n)
      }
    }
  })
})

describe('years without data', () => {
  it('flags a day in an unknown year instead of passing it off as a plain weekday', () => {
    expect(cal.isWorkingDay('2030-01-01')).toEqual({ date: '2030-01-01', working: true, source: 'weekday', known: false })
  })

  it('reports the unknown years a walk crosses', () => {
    // Dec 28 2026 (Mon) + 7: Dec 29, 30, 31, then 2027 guessed Mon–Fri: Jan 1, 4, 5, 6.
    expect(cal.addWorkingDays('2026-12-28', 7)).toEqual({ date: '2027-01-06', known: false, unknownYears: [2027] })
    expect(cal.workingDaysBetween('2026-12-01', '2030-01-02').unknownYears).toEqual([2027, 2028, 2029, 2030])
    expect(cal.addWorkingDays('2026-12-01', 5).known).toBe(true)
  })
})

describe('local overrides', () => {
  const overrides: CalendarOverride[] = [
    { date: '2024-03-12', kind: 'holiday', note: '区级临时休假' }, // a Tuesday
    { date: '2024-03-16', kind: 'workday', note: '补班' }, // a Saturday
  ]
  const local = createWorkingDayCalendar(overrides)

  it.each([
    ['2024-03-12', false],
    ['2024-03-16', true],
    ['2024-03-13', true],
  ])('%s working = %s', (date, working) => {
    expect(local.isWorkingDay(date).working).toBe(working)
  })

  it('moves working-day counts both ways', () => {
    // Mar 6 (Wed) + 7 without overrides: 7, 8, 11, 12, 13, 14, 15.
    expect(cal.addWorkingDays('2024-03-06', 7).date).toBe('2024-03-15')
    // Mar 12 off: 7, 8, 11, 13, 14, 15 (6); the 7th is Sat Mar 16, worked by override.
    expect(local.addWorkingDays('2024-03-06', 7).date).toBe('2024-03-16')
    expect(local.isWorkingDay('2024-03-12')).toMatchObject({ source: 'override', name: '区级临时休假' })
  })

  it('win over the package data', () => {
    const c = createWorkingDayCalendar([{ date: '2023-10-07', kind: 'holiday' }, { date: '2023-10-02', kind: 'workday' }])
    expect([c.isWorkingDay('2023-10-07').working, c.isWorkingDay('2023-10-02').working]).toEqual([false, true])
  })

  it('make a year known; the later of two entries for a date wins', () => {
    const c = createWorkingDayCalendar([
      { date: '2027-02-08', kind: 'workday' },
      { date: '2027-02-08', kind: 'holiday', note: 'imported' },
    ])
    expect(c.knows('2027-06-01')).toBe(true)
    expect(c.coveredYears()).toContain(2027)
    expect(c.isWorkingDay('2027-02-08')).toMatchObject({ working: false, known: true, name: 'imported' })
    expect(c.overrides()).toEqual([{ date: '2027-02-08', kind: 'holiday', note: 'imported' }])
  })

  it('reject bad dates', () => {
    expect(() => createWorkingDayCalendar([{ date: '2024-02-30', kind: 'holiday' }])).toThrow(RangeError)
    expect(calendarOverrideSchema.safeParse({ date: '2024-02-30', kind: 'holiday' }).success).toBe(false)
    expect(calendarOverrideSchema.safeParse({ date: '2024-02-29', kind: 'workday' }).success).toBe(true)
  })
})
