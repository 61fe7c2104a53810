import { describe, expect, it } from 'vitest'
import { runCrashTest } from '../support/crash/run'

// More runs: `npm run crash-test -- 200`.
const RUNS = 20

describe('kill -9 while scoring, then retries with the same change ids', () => {
  it(`loses no acknowledged change and applies none twice over ${RUNS} kills`, async () => {
    const report = await runCrashTest({ runs: RUNS })
    const { problems, ...totals } = report
    console.log(`crash test: ${JSON.stringify({ ...totals, seconds: Number(totals.seconds.toFixed(1)) })}`)
    expect(problems, `seed ${report.seed}`).toEqual([])
    // Every kill caught changes on their way; some answers were lost after the change committed.
    expect(report.lostToKill).toBeGreaterThanOrEqual(RUNS)
    expect(report.committedBeforeCrash + report.droppedAnswers).toBeGreaterThan(0)
    expect(report.changes).toBeGreaterThan(RUNS * 10)
  }, 180_000)
})
