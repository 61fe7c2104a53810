/** Filled in by its own change. */
export function RubricsTab() {
  return null
}
