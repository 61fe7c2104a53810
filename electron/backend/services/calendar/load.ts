import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { isoDate } from '../../../../shared/contract/common'
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../../shared/domain/calendar'

/**
 * A stored date as the checks may use it: an older version accepted dates that do not exist
 * (2023-02-30), so such a value reads as no date — the finding says "date missing" rather than
 * every finding failing.
 */
export function usableDate(value: string | null): string | null {
  if (value === null || isoDate.safeParse(value).success) return value
  console.warn(`[checks] ignoring a stored date that does not exist: ${JSON.stringify(value)}`)
  return null
}

/** The overrides as stored, minus any with a date that does not exist (saved by an older version). */
export async function readOverrides(db: Kysely<DB>) {
  const rows = await db.selectFrom('calendarOverrides').select(['date', 'kind', 'note']).orderBy('date').execute()
  return rows.filter((r) => usableDate(r.date) !== null)
}

/** The national schedule corrected by the lead's local overrides. */
export async function loadCalendar(db: Kysely<DB>): Promise<WorkingDayCalendar> {
  return createWorkingDayCalendar(await readOverrides(db))
}
