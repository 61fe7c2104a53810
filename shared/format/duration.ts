/** Seconds as a clock reads: 12:05, or 1:02:05 from an hour on. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const two = (n: number) => String(n).padStart(2, '0')
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60]
  return h > 0 ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`
}
