import { z } from 'zod'
import { isIsoDate } from './iso-date'
import type { CalendarOverride } from './types'

/** For overrides typed in a form or imported from a file. */
export const calendarOverrideSchema = z.object({
  date: z.string().refine(isIsoDate, 'expected a real date as YYYY-MM-DD'),
  kind: z.enum(['holiday', 'workday']),
  note: z.string().trim().max(200).optional(),
})

/**
 * One override per date. When a date appears twice the later entry wins, so an imported list
 * appended after hand-typed entries replaces them.
 */
export function normalizeOverrides(list: readonly CalendarOverride[]): Map<string, CalendarOverride> {
  const byDate = new Map<string, CalendarOverride>()
  for (const o of list) {
    if (!isIsoDate(o.date)) throw new RangeError(`calendar override has a bad date: ${JSON.stringify(o.date)}`)
    byDate.set(o.date, o)
  }
  return byDate
}
