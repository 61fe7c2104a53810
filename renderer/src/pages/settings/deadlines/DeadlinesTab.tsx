/** Filled in by its own change. */
export function DeadlinesTab() {
  return null
}
