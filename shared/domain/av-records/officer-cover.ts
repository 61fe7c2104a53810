/** A recording as the officers' coverage sees it. */
export interface RecordOfficers {
  id: number
  officerIds: readonly number[]
}

/**
 * The recordings to draw so that every officer they show, not yet `covered`, is in at least one
 * (the plan's 一线执法队员全覆盖): greedily the one showing most officers still missing, the
 * earlier of equals (the input's order). Not the smallest cover in every case, but never more
 * recordings than officers missing, and the same answer for the same register.
 */
export function officerCover(records: readonly RecordOfficers[], covered: ReadonlySet<number>): Set<number> {
  const missing = new Set(records.flatMap((r) => r.officerIds).filter((o) => !covered.has(o)))
  const chosen = new Set<number>()
  while (missing.size > 0) {
    let best: RecordOfficers | null = null
    let bestGain = 0
    for (const r of records) {
      const gain = new Set(r.officerIds.filter((o) => missing.has(o))).size
      if (gain > bestGain) [best, bestGain] = [r, gain]
    }
    // Every missing officer is in some record, so a record with a gain exists.
    if (!best) break
    chosen.add(best.id)
    for (const o of best.officerIds) missing.delete(o)
  }
  return chosen
}
