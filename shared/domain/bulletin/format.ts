/** Numbers and dates as a Chinese official document writes them. */

/** A score or points without trailing zeros: 91.25, 91.5, 92. */
export function formatScore(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/** A share as a percentage with at most one decimal: 85.7%, 100%. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

/** A date (YYYY-MM-DD) some days later. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A sentence's closing punctuation dropped, so generated text can join it into a longer one. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[。；;，,.!！]+$/u, '')
}
