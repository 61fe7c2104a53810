import { describe, expect, it } from 'vitest'
import { AUTO_CHECKS } from '../../shared/domain/rubric'
import type { CaseDates } from '../../shared/domain/case-dates'
import { createWorkingDayCalendar } from '../../shared/domain/calendar'
import {
  DEFAULT_DEADLINE_CONFIG, resolveDeadlineConfig, runDeadlineChecks, type DeadlineConfigInput, type DeadlineContext,
  type DeadlineFinding, type DeadlineRule,
} from '../../shared/domain/deadlines'
import { nth } from '../support/defined'

const cal = createWorkingDayCalendar()
const ordinary: DeadlineContext = { procedure: 'ordinary', caseType: 'penalty' }

function only(rule: DeadlineRule, dates: CaseDates, context: DeadlineContext = ordinary, config?: DeadlineConfigInput,
  calendar = cal): DeadlineFinding {
  const found = runDeadlineChecks(dates, context, calendar, config).filter((f) => f.rule === rule)
  expect(found).toHaveLength(1)
  return nth(found, 0)
}

/** The parts of a finding a table row pins down. */
const verdict = (f: DeadlineFinding) => ({ status: f.status, dueDate: f.dueDate, daysOver: f.daysOver })

describe('filing: 7 working days from discovery (bureau rule)', () => {
  it.each([
    // Sep 27 (Wed): Sep 28 (1); Sep 29–Oct 6 off; Oct 7 Sat (2), Oct 8 Sun (3), 9, 10, 11, 12 (7).
    { discoveredOn: '2023-09-27', filedOn: '2023-10-12', status: 'ok', dueDate: '2023-10-12', daysOver: 0 },
    { discoveredOn: '2023-09-27', filedOn: '2023-10-13', status: 'overdue', dueDate: '2023-10-12', daysOver: 1 },
    { discoveredOn: '2023-09-27', filedOn: '2023-10-01', status: 'ok', dueDate: '2023-10-12', daysOver: 0 },
    // Sep 20 (Wed): 21, 22, 25, 26, 27, 28 (6); Mon–Fri counting would end on the Sep 29 holiday,
    // but the 7th working day is the adjusted working Saturday Oct 7.
    { discoveredOn: '2023-09-20', filedOn: '2023-10-07', status: 'ok', dueDate: '2023-10-07', daysOver: 0 },
    // Oct 8 (Sun) is itself a working day: one working day late.
    { discoveredOn: '2023-09-20', filedOn: '2023-10-08', status: 'overdue', dueDate: '2023-10-07', daysOver: 1 },
    // Working days in (Oct 7, Oct 12]: Oct 8 (Sun, adjusted), 9, 10, 11, 12 = 5 over.
    { discoveredOn: '2023-09-20', filedOn: '2023-10-12', status: 'overdue', dueDate: '2023-10-07', daysOver: 5 },
  ])('discovered $discoveredOn, filed $filedOn → $status', ({ discoveredOn, filedOn, ...expected }) => {
    const f = only('filing', { discoveredOn, filedOn })
    expect(verdict(f)).toEqual(expected)
    expect(f).toMatchObject({
      check: 'filing_timeliness', unit: 'working_days', limit: { days: 7, kind: 'working', extensionDays: 0 },
      article: '《中华人民共和国行政处罚法》第五十四条', basis: 'bureau_rule',
      trigger: { field: 'discoveredOn', date: discoveredOn }, actualField: 'filedOn', actualDate: filedOn,
    })
  })
})

describe('decision: 90 calendar days from filing (art. 60)', () => {
  it.each([
    // Nov 6 2022 + 90 = Feb 4 2023: 24 (rest of Nov) + 31 (Dec) + 31 (Jan) + 4. The period crosses
    // the Spring Festival (calendar days count anyway); Feb 4 is a Saturday → Monday Feb 6.
    { filedOn: '2022-11-06', decidedOn: '2023-02-06', status: 'ok', dueDate: '2023-02-06', daysOver: 0 },
    { filedOn: '2022-11-06', decidedOn: '2023-02-07', status: 'overdue', dueDate: '2023-02-06', daysOver: 1 },
    // Oct 25 2022 + 90 = Jan 23 2023: 6 + 30 + 31 + 23. Jan 23 (Mon) is in the Jan 21–27
    // holiday, so the last day runs on to Sat Jan 28, an adjusted working day.
    { filedOn: '2022-10-25', decidedOn: '2023-01-28', status: 'ok', dueDate: '2023-01-28', daysOver: 0 },
    { filedOn: '2022-10-25', decidedOn: '2023-01-29', status: 'overdue', dueDate: '2023-01-28', daysOver: 1 },
    // Leap year: Jan 10 2024 + 90 = Apr 9 (Tue): 21 + 29 (Feb 29 exists) + 31 + 9. In a common
    // year the same count would give Apr 10.
    { filedOn: '2024-01-10', decidedOn: '2024-04-09', status: 'ok', dueDate: '2024-04-09', daysOver: 0 },
    { filedOn: '2024-01-10', decidedOn: '2024-04-10', status: 'overdue', dueDate: '2024-04-09', daysOver: 1 },
    { filedOn: '2023-01-10', decidedOn: '2023-04-10', status: 'ok', dueDate: '2023-04-10', daysOver: 0 },
  ])('filed $filedOn, decided $decidedOn → $status', ({ filedOn, decidedOn, ...expected }) => {
    const f = only('decision', { filedOn, decidedOn })
    expect(verdict(f)).toEqual(expected)
    expect(f).toMatchObject({
      check: 'decision_time_limit', unit: 'calendar_days', article: '《中华人民共和国行政处罚法》第六十条', basis: 'statute',
    })
  })

  it('adds an approved extension', () => {
    // Jan 10 2024 + 120 = May 9 (Thu), a working day (the Labour Day break was May 1–5).
    const ctx = { ...ordinary, extensionDays: 30 }
    const ok = only('decision', { filedOn: '2024-01-10', decidedOn: '2024-05-09' }, ctx)
    expect(verdict(ok)).toEqual({ status: 'ok', dueDate: '2024-05-09', daysOver: 0 })
    expect(ok.limit).toEqual({ days: 120, kind: 'calendar', extensionDays: 30 })
    const late = only('decision', { filedOn: '2024-01-10', decidedOn: '2024-05-10' }, ctx)
    expect(verdict(late)).toEqual({ status: 'overdue', dueDate: '2024-05-09', daysOver: 1 })
    expect(() => runDeadlineChecks({}, { ...ordinary, extensionDays: -1 }, cal)).toThrow(RangeError)
  })
})

describe('service: 7 working days from the decision (arts. 61, 85)', () => {
  it.each([
    // Mar 6 2024 (Wed): 7, 8, 11, 12, 13, 14, 15 → Fri Mar 15.
    { servedOn: '2024-03-15', status: 'ok', daysOver: 0 },
    // Served on the Saturday: late, and the act's own rest day counts as one day over.
    { servedOn: '2024-03-16', status: 'overdue', daysOver: 1 },
    { servedOn: '2024-03-18', status: 'overdue', daysOver: 1 },
    { servedOn: '2024-03-19', status: 'overdue', daysOver: 2 },
  ])('decided 2024-03-06, served $servedOn → $status', ({ servedOn, ...expected }) => {
    const f = only('service', { decidedOn: '2024-03-06', servedOn })
    expect(verdict(f)).toEqual({ ...expected, dueDate: '2024-03-15' })
    expect(f).toMatchObject({ unit: 'working_days', article: '《中华人民共和国行政处罚法》第六十一条、第八十五条' })
  })
})

describe('local calendar overrides', () => {
  it('a local holiday pushes a working-day due date later', () => {
    const local = createWorkingDayCalendar([{ date: '2024-03-12', kind: 'holiday', note: '区级临时休假' }])
    // Mar 6: 7, 8, 11, 13, 14, 15 (6), Sat 16 and Sun 17 off, Mon 18 (7).
    const f = only('service', { decidedOn: '2024-03-06', servedOn: '2024-03-18' }, ordinary, {}, local)
    expect(verdict(f)).toEqual({ status: 'ok', dueDate: '2024-03-18', daysOver: 0 })
  })

  it('a Saturday made a workday pulls it earlier, and stops a calendar period from rolling over it', () => {
    const local = createWorkingDayCalendar([{ date: '2024-03-16', kind: 'workday' }])
    // Mar 7 (Thu): 8, 11, 12, 13, 14, 15 (6), Sat 16 worked (7). Without it: Mon Mar 18.
    expect(verdict(only('filing', { discoveredOn: '2024-03-07', filedOn: '2024-03-18' }))).toEqual({
      status: 'ok', dueDate: '2024-03-18', daysOver: 0,
    })
    expect(verdict(only('filing', { discoveredOn: '2024-03-07', filedOn: '2024-03-18' }, ordinary, {}, local))).toEqual({
      status: 'overdue', dueDate: '2024-03-16', daysOver: 1,
    })
    // Dec 17 2023 + 90 = Mar 16 2024: 14 + 31 + 29 + 16; a worked Saturday keeps the last day.
    expect(only('decision', { filedOn: '2023-12-17', decidedOn: '2024-03-18' }, ordinary, {}, local).dueDate).toBe('2024-03-16')
    expect(only('decision', { filedOn: '2023-12-17', decidedOn: '2024-03-18' }).dueDate).toBe('2024-03-18')
  })
})

describe('a year without holiday data', () => {
  it('is reported as calendar_unknown, not judged on plain weekends', () => {
    const f = only('filing', { discoveredOn: '2030-03-01', filedOn: '2030-03-20' })
    expect(f).toMatchObject({ status: 'calendar_unknown', daysOver: null, unknownYears: [2030] })
    expect(f.dueDate).toBe('2030-03-12') // provisional, on Mon–Fri weeks
    expect(f.note).toContain('calendar for 2030 missing')
  })

  it('still says ok when no holiday schedule could make the act late', () => {
    // Filed 4 calendar days after discovery: 7 working days always span at least 7 calendar days.
    const f = only('filing', { discoveredOn: '2030-03-01', filedOn: '2030-03-05' })
    expect(f).toMatchObject({ status: 'ok', daysOver: 0, unknownYears: [2030] })
  })

  it('flags a period that runs into the next, unpublished year', () => {
    const f = only('service', { decidedOn: '2026-12-28', servedOn: '2027-01-08' })
    expect(f).toMatchObject({ status: 'calendar_unknown', unknownYears: [2027], dueDate: '2027-01-06' })
  })

  it('keeps a certain overdue verdict but marks the days over as a guess', () => {
    // Nov 2 2026 + 7 working days = Nov 11, in a known year; served in 2027.
    const f = only('service', { decidedOn: '2026-11-02', servedOn: '2027-01-05' })
    expect(f).toMatchObject({ status: 'overdue', dueDate: '2026-11-11', unknownYears: [2027] })
    expect(f.note).toContain('calendar for 2027 missing')
  })

  it('becomes known once the lead types the year in', () => {
    const local = createWorkingDayCalendar([{ date: '2030-03-04', kind: 'holiday' }])
    const f = only('filing', { discoveredOn: '2030-03-01', filedOn: '2030-03-12' }, ordinary, {}, local)
    // Mar 1 (Fri): 4 off, 5, 6, 7, 8, 11, 12 (6), 13 (7).
    expect(verdict(f)).toEqual({ status: 'ok', dueDate: '2030-03-13', daysOver: 0 })
  })
})

describe('missing dates', () => {
  it('reports the missing field and still shows the due date when the trigger is known', () => {
    const f = only('decision', { filedOn: '2024-01-10', decidedOn: null })
    expect(f).toMatchObject({ status: 'missing_date', dueDate: '2024-04-09', daysOver: null, note: 'missing decidedOn' })
  })

  it('has no due date without a trigger', () => {
    const f = only('filing', { filedOn: '2024-01-10' })
    expect(f).toMatchObject({ status: 'missing_date', dueDate: null, note: 'missing discoveredOn' })
  })

  it('checks every period of an empty case', () => {
    const all = runDeadlineChecks({}, ordinary, cal)
    expect(all.map((f) => [f.rule, f.status])).toEqual([
      ['filing', 'missing_date'], ['decision', 'missing_date'], ['service', 'missing_date'],
      ['closing', 'missing_date'], ['archiving', 'missing_date'],
    ])
  })
})

describe('closing and archiving (bureau rules)', () => {
  it.each([
    // Executed Jun 3 2024 + 30 = Jul 3 (Wed).
    { dates: { decidedOn: '2024-05-20', executedOn: '2024-06-03', closedOn: '2024-07-03' }, status: 'ok', dueDate: '2024-07-03', daysOver: 0 },
    { dates: { decidedOn: '2024-05-20', executedOn: '2024-06-03', closedOn: '2024-07-04' }, status: 'overdue', dueDate: '2024-07-03', daysOver: 1 },
    // Nothing executed: from the decision, May 20 + 30 = Jun 19 (Wed).
    { dates: { decidedOn: '2024-05-20', closedOn: '2024-06-20' }, status: 'overdue', dueDate: '2024-06-19', daysOver: 1 },
  ])('closing $dates → $status', ({ dates, ...expected }) => {
    const f = only('closing', dates)
    expect(verdict(f)).toEqual(expected)
    expect(f).toMatchObject({ check: 'closing_time_limit', basis: 'bureau_rule' })
  })

  it('says when it counted from the decision', () => {
    const f = only('closing', { decidedOn: '2024-05-20', closedOn: '2024-06-10' })
    expect(f.trigger).toEqual({ field: 'decidedOn', date: '2024-05-20' })
    expect(f.note).toBe('no executedOn: counted from decidedOn')
  })

  it.each([
    // Closed Aug 1 2024 + 30 = Aug 31, a Saturday → Mon Sep 2; days over count from Sep 2.
    { archivedOn: '2024-09-02', status: 'ok', daysOver: 0 },
    { archivedOn: '2024-09-03', status: 'overdue', daysOver: 1 },
  ])('archiving on $archivedOn → $status', ({ archivedOn, ...expected }) => {
    const f = only('archiving', { closedOn: '2024-08-01', archivedOn })
    expect(verdict(f)).toEqual({ ...expected, dueDate: '2024-09-02' })
    expect(f.check).toBe('closing_time_limit')
  })
})

describe('seizure (Compulsion Law art. 25)', () => {
  const compulsion: DeadlineContext = { procedure: 'ordinary', caseType: 'compulsion' }
  const seizure = (seizure: DeadlineContext['seizure'], ctx = compulsion) =>
    runDeadlineChecks({}, { ...ctx, seizure }, cal).filter((f) => f.rule === 'seizure')

  it.each([
    // May 6 2024 + 30 = Jun 5 (Wed); + 60 = Jul 5 (Fri).
    { s: { startedOn: '2024-05-06', endedOn: '2024-06-05' }, status: 'ok', dueDate: '2024-06-05', daysOver: 0 },
    { s: { startedOn: '2024-05-06', endedOn: '2024-06-06' }, status: 'overdue', dueDate: '2024-06-05', daysOver: 1 },
    { s: { startedOn: '2024-05-06', endedOn: '2024-07-05', extensionDays: 30 }, status: 'ok', dueDate: '2024-07-05', daysOver: 0 },
    { s: { startedOn: '2024-05-06', endedOn: null }, status: 'missing_date', dueDate: '2024-06-05', daysOver: null },
  ])('$s → $status', ({ s, ...expected }) => {
    const f = nth(seizure(s), 0)
    expect(verdict(f)).toEqual(expected)
    expect(f).toMatchObject({ check: 'seizure_time_limit', article: '《中华人民共和国行政强制法》第二十五条' })
  })

  it('caps the extension at the legal maximum', () => {
    const f = nth(seizure({ startedOn: '2024-05-06', endedOn: '2024-07-20', extensionDays: 45 }), 0)
    expect(f).toMatchObject({ status: 'overdue', dueDate: '2024-07-05', limit: { days: 60, extensionDays: 30 } })
    expect(f.note).toContain('exceeds the maximum 30')
  })

  it('is checked only from a given start; a missing end only in a compulsion case', () => {
    expect(seizure(undefined)).toEqual([])
    expect(seizure({ startedOn: null, endedOn: '2024-06-05' })).toEqual([])
    expect(seizure({ startedOn: '2024-05-06' }, ordinary)).toEqual([])
    expect(seizure({ startedOn: '2024-05-06', endedOn: '2024-06-06' }, ordinary)[0]?.status).toBe('overdue')
  })
})

describe('runDeadlineChecks', () => {
  const dates: CaseDates = {
    discoveredOn: '2023-09-27', filedOn: '2023-10-12', decidedOn: '2023-11-20', servedOn: '2023-11-22',
    executedOn: '2023-12-01', closedOn: '2023-12-15', archivedOn: '2024-01-05',
  }

  it('returns every finding of a complete ordinary case, all in time', () => {
    const all = runDeadlineChecks(dates, ordinary, cal)
    expect(all.map((f) => [f.rule, f.status])).toEqual([
      ['filing', 'ok'], ['decision', 'ok'], ['service', 'ok'], ['closing', 'ok'], ['archiving', 'ok'],
    ])
    for (const f of all) expect(AUTO_CHECKS).toContain(f.check)
  })

  it('skips filing, decision and service in a simple-procedure case and in a compulsion case', () => {
    const all = runDeadlineChecks(dates, { procedure: 'simple', caseType: 'penalty' }, cal)
    expect(all.map((f) => f.rule)).toEqual(['closing', 'archiving'])
    const seized = runDeadlineChecks(dates, { procedure: 'ordinary', caseType: 'compulsion', seizure: { startedOn: '2023-09-27', endedOn: '2023-10-20' } }, cal)
    expect(seized.map((f) => f.rule)).toEqual(['closing', 'archiving', 'seizure'])
  })

  it('takes a configured limit, and can switch a rule off', () => {
    const config: DeadlineConfigInput = { filing: { days: 3 }, archiving: { enabled: false }, closing: { from: ['decidedOn'] } }
    const all = runDeadlineChecks(dates, ordinary, cal, config)
    // Sep 27 + 3 working days: Sep 28, Oct 7, Oct 8.
    expect(verdict(nth(all, 0))).toEqual({ status: 'overdue', dueDate: '2023-10-08', daysOver: 4 })
    expect(all.map((f) => f.rule)).not.toContain('archiving')
    expect(all.find((f) => f.rule === 'closing')?.trigger).toEqual({ field: 'decidedOn', date: '2023-11-20' })
  })

  it('notes dates out of order without calling them late', () => {
    const f = only('decision', { filedOn: '2024-03-01', decidedOn: '2024-02-20' })
    expect(f).toMatchObject({ status: 'ok', note: 'decidedOn is before filedOn' })
  })

  it('validates the config', () => {
    expect(resolveDeadlineConfig()).toEqual(DEFAULT_DEADLINE_CONFIG)
    expect(() => resolveDeadlineConfig({ decision: { days: -5 } })).toThrow(RangeError)
    expect(() => resolveDeadlineConfig({ closing: { from: [] } })).toThrow(RangeError)
  })

  it('cites the bureau’s own rule for closing and archiving; a stored placeholder gives way to it', () => {
    const defaults = resolveDeadlineConfig()
    expect([defaults.closing.article, defaults.archiving.article]).toEqual(['《上海市城市管理行政执法程序规定》', '《上海市城市管理行政执法程序规定》'])
    const legacy = resolveDeadlineConfig({ closing: { article: '本局结案时限规定（可配置）', days: 20 }, archiving: { article: '本局归档时限规定(可配置)' } })
    expect(legacy.closing).toMatchObject({ article: '《上海市城市管理行政执法程序规定》', days: 20 })
    expect(legacy.archiving.article).toBe('《上海市城市管理行政执法程序规定》')
    expect(resolveDeadlineConfig({ archiving: { article: '《本局执法办案规定》第二十条' } }).archiving.article).toBe('《本局执法办案规定》第二十条')
  })
})

describe('publicity: the decision published within 7 working days (bureau rule, once switched on)', () => {
  const decided = { decidedOn: '2023-09-27' }
  const on: DeadlineConfigInput = { publicity: { enabled: true } }
  it.each([
    // Sep 27 (Wed): 28 (1); Sep 29–Oct 6 off; Oct 7 Sat and 8 Sun are make-up working days (2, 3), 9–12 (7).
    { publishedOn: '2023-10-12', status: 'ok', dueDate: '2023-10-12', daysOver: 0 },
    { publishedOn: '2023-10-13', status: 'overdue', dueDate: '2023-10-12', daysOver: 1 },
    { publishedOn: null, status: 'missing_date', dueDate: '2023-10-12', daysOver: null },
  ])('published $publishedOn → $status', ({ publishedOn, ...expected }) => {
    expect(verdict(only('publicity', decided, { ...ordinary, publishedOn }, on))).toEqual(expected)
  })

  it('is not asked of a case without a decision, of a simple-procedure case, or until the bureau sets it', () => {
    const none = (dates: CaseDates, context: DeadlineContext, config?: DeadlineConfigInput) => runDeadlineChecks(dates, context, cal, config).filter((f) => f.rule === 'publicity')
    expect(none({}, ordinary, on)).toEqual([])
    expect(none(decided, { ...ordinary, procedure: 'simple' }, on)).toEqual([])
    expect(none(decided, ordinary)).toEqual([])
    expect(only('publicity', decided, ordinary, { publicity: { enabled: true, days: 3 } }).dueDate).toBe('2023-10-08')
  })
})
