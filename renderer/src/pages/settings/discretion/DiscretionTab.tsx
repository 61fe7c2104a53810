/** Filled in by its own change. */
export function DiscretionTab() {
  return null
}
