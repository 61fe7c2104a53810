import { z } from 'zod'
import { method, domain } from './define'
import { freeText, isoDate, empty } from './common'
import { importSource } from './settings'

export const calendarOverride = z.object({
  date: isoDate,
  kind: z.enum(['holiday', 'workday']),
  note: freeText(100).default(''),
})
const calendarStatus = z.object({ overrides: z.array(calendarOverride), coveredYears: z.array(z.number().int()) })

export const calendarContract = domain('calendar', {
  status: method(empty, calendarStatus),
  /** Replaces the local holiday / adjusted-workday list (next year's holidays come out each autumn). */
  setOverrides: method(z.object({ overrides: z.array(calendarOverride).max(1000) }), calendarStatus),
  /**
   * Merges overrides from an xlsx or CSV file (UTF-8 or GBK; columns 日期, 类型 放假/上班, 备注): a date
   * in the file replaces the same date in the list. All or nothing; null when the dialog was cancelled.
   */
  importOverrides: method(
    importSource,
    z.object({ status: calendarStatus, added: z.number().int(), updated: z.number().int() }).nullable(),
  ),
})
