/** The same item deducted in this many cases of one squad (or one officer) is a repeat problem. */
export const REPEAT_THRESHOLD = 3

export interface ItemCount {
  /** The squad's or officer's id. */
  ownerId: number
  rubricId: number
  itemId: string
  cases: number
}

/** The (owner, item) pairs deducted in at least REPEAT_THRESHOLD cases, most cases first. */
export function repeatProblems<T extends ItemCount>(rows: readonly T[], threshold = REPEAT_THRESHOLD): T[] {
  return rows
    .filter((r) => r.cases >= threshold)
    .sort((a, b) => b.cases - a.cases || a.ownerId - b.ownerId || a.rubricId - b.rubricId || a.itemId.localeCompare(b.itemId))
}
