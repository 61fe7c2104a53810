import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { monthRange } from '../../../../shared/domain/statistics/months'
import { nextDay, periodBounds, previousDay, previousPeriod, rollingYearStart, type Period } from '../../../../shared/domain/statistics/period'
import { notFound } from '../errors'
import { localIsoDate } from '../../../../shared/format/date'

/**
 * What one set of statistics covers. A campaign: all its cases. A period: the results reached in
 * it, i.e. evaluations submitted in it (a double-reviewed case: when its second review was
 * submitted, or when the lead ruled). Campaigns are not assigned to periods by their planned
 * dates, because a month's spot check is often scored in the next month and the meeting reports
 * what was found, when it was found.
 */
export type Window =
  | { kind: 'campaign'; campaignId: number; label: string }
  | { kind: 'period'; period: Period | null; from: string; to: string; fromInstant: string; toInstant: string; label: string }

/** Local midnight of a day as the stored UTC timestamps compare with it. */
function localMidnight(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString()
}

function rangeWindow(period: Period | null, from: string, to: string): Window {
  return { kind: 'period', period, from, to, fromInstant: localMidnight(from), toInstant: localMidnight(nextDay(to)), label: `${from}/${to}` }
}

export function periodWindow(period: Period): Window {
  const { from, to } = periodBounds(period)
  return rangeWindow(period, from, to)
}


/** The local month (YYYY-MM) of a stored UTC timestamp: where the monthly trend counts a result. */
export function localMonth(instant: string): string {
  return localIsoDate(instant).slice(0, 7)
}

/** A month of the trend and the instant it ends (local midnight of the next month's first day). */
export interface MonthBucket {
  month: string
  endInstant: string
}

/** The months from one to another (YYYY-MM), each with its end as stored timestamps compare with it. */
export function monthBuckets(first: string, last: string): MonthBucket[] {
  return monthRange(first, last).map((month) => {
    const y = Number(month.slice(0, 4))
    const m = Number(month.slice(5, 7))
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
    return { month, endInstant: localMidnight(next) }
  })
}

/** The months a window of dates spans (a period's). */
export function monthsOf(w: Extract<Window, { kind: 'period' }>): MonthBucket[] {
  return monthBuckets(w.from.slice(0, 7), w.to.slice(0, 7))
}

/**
 * The twelve months up to the end of a period, or for a campaign up to its latest submitted
 * evaluation (today before any): where repeat problems are looked for across campaigns.
 */
export async function rollingWindow(db: Kysely<DB>, w: Window, today: Date): Promise<Window> {
  let end: string
  if (w.kind === 'period') end = w.to
  else {
    const latest = await db
      .selectFrom('evaluations as e')
      .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
      .select((eb) => eb.fn.max('e.submittedAt').as('at'))
      .where('a.campaignId', '=', w.campaignId)
      .where('e.status', '=', 'submitted')
      .executeTakeFirst()
    end = localIsoDate(latest?.at ?? today.toISOString())
  }
  return rangeWindow(null, rollingYearStart(end), end)
}

/**
 * The rolling twelve months of a period without the period itself, which ends on the same day:
 * their facts add up to the rolling year's, so the period's deductions are read once. Null when
 * the period is a whole year (its rolling twelve months are itself).
 */
export function restOfRolling(rolling: Window, w: Window): Window | null {
  if (rolling.kind !== 'period' || w.kind !== 'period' || rolling.to !== w.to || rolling.from >= w.from) return null
  return rangeWindow(null, rolling.from, previousDay(w.from))
}

export async function windowOf(db: Kysely<DB>, scope: StatisticsScope): Promise<Window> {
  if (scope.kind === 'period') return periodWindow({ kind: scope.period, year: scope.year, index: scope.index })
  const c = await db.selectFrom('campaigns').select(['id', 'name']).where('id', '=', scope.campaignId).executeTakeFirst()
  if (!c) throw notFound('campaign', scope.campaignId)
  return { kind: 'campaign', campaignId: c.id, label: c.name }
}

/** The period of the same length before, or the campaign of the same kind held before this one. */
export async function previousWindow(db: Kysely<DB>, w: Window): Promise<Window | null> {
  if (w.kind === 'period') return w.period ? periodWindow(previousPeriod(w.period)) : null
  const current = await db.selectFrom('campaigns').select(['id', 'kind', 'startsOn', 'createdAt']).where('id', '=', w.campaignId).executeTakeFirstOrThrow()
  const siblings = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'startsOn', 'createdAt'])
    .where('kind', '=', current.kind)
    .where('status', '!=', 'draft')
    .execute()
  const when = (c: { startsOn: string | null; createdAt: string }) => c.startsOn ?? c.createdAt.slice(0, 10)
  const before = siblings
    .filter((c) => c.id !== current.id && (when(c) < when(current) || (when(c) === when(current) && c.id < current.id)))
    .sort((a, b) => when(b).localeCompare(when(a)) || b.id - a.id)[0]
  return before ? { kind: 'campaign', campaignId: before.id, label: before.name } : null
}

export function scopeInfo(w: Window) {
  return w.kind === 'campaign'
    ? { label: w.label, campaignId: w.campaignId, from: null, to: null }
    : { label: w.label, campaignId: null, from: w.from, to: w.to }
}
