import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../shared/domain/calendar'

export async function readOverrides(db: Kysely<DB>) {
  return db.selectFrom('calendarOverrides').select(['date', 'kind', 'note']).orderBy('date').execute()
}

/** The national schedule corrected by the lead's local overrides. */
export async function loadCalendar(db: Kysely<DB>): Promise<WorkingDayCalendar> {
  return createWorkingDayCalendar(await readOverrides(db))
}
