/** Points are kept to tenths; show 92 as "92" and 92.5 as "92.5". */
export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return '—'
  return String(Math.round(points * 10) / 10)
}
