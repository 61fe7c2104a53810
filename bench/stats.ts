import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The p-th percentile (nearest rank) of sorted samples: p 0 is the least, p 100 the greatest. */
export function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  const value = sorted[Math.max(0, i)]
  if (value === undefined) throw new RangeError('no samples to take a percentile of')
  return value
}

export function summarize(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  return { n: s.length, min: percentile(s, 0), median: percentile(s, 50), p95: percentile(s, 95), max: percentile(s, 100) }
}

export type Summary = ReturnType<typeof summarize>

/** Runs two measurements alternately, so drift in the machine affects both alike. */
export async function alternate(rounds: number, subject: () => Promise<unknown>, baseline: () => Promise<unknown>) {
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const [fn, out] of i % 2 ? ([[baseline, b], [subject, a]] as const) : ([[subject, a], [baseline, b]] as const)) {
      const t0 = performance.now()
      await fn()
      out.push(performance.now() - t0)
    }
  }
  return { subject: summarize(a), baseline: summarize(b) }
}

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1)
}

export async function saveResults(name: string, data: unknown): Promise<string> {
  const dir = join(__dirname, 'results')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `${name}.json`)
  await writeFile(file, JSON.stringify(data, null, 2))
  return file
}
