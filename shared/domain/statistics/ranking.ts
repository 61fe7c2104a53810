/**
 * Competition ranking ("1224"): rows with the same value share a rank and the next rank skips.
 * Higher values rank first; rows whose value is null come last, unranked (rank null).
 */
export function rankBy<T>(rows: readonly T[], value: (row: T) => number | null, tieBreak: (a: T, b: T) => number = () => 0): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === null || vb === null) return va === vb ? tieBreak(a, b) : va === null ? 1 : -1
    return vb - va || tieBreak(a, b)
  })
  let previous: number | null = null
  let rank = 0
  return sorted.map((row, i) => {
    const v = value(row)
    if (v === null) return { ...row, rank: null }
    if (v !== previous) rank = i + 1
    previous = v
    return { ...row, rank }
  })
}
