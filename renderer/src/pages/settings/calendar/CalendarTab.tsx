/** Filled in by its own change. */
export function CalendarTab() {
  return null
}
