import { runCrashTest } from './run'

// `npm run crash-test -- 200 [seed]`: as many kill -9 runs as asked, a line per run, then the totals.
async function main() {
  const runs = Number(process.argv[2] ?? 100)
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3])
  if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: npm run crash-test -- <runs> [seed]')
  const report = await runCrashTest({
    runs,
    seed,
    onRun: (r) => console.log(`run ${r.run}: ${r.answered} answered, ${r.lost} lost to the kill (${r.committed} of them committed), ${r.problems} problems`),
  })
  const { problems, ...totals } = report
  console.log(JSON.stringify({ ...totals, seconds: Number(totals.seconds.toFixed(1)), problems: problems.length }))
  for (const problem of problems.slice(0, 50)) console.log(`  ${problem}`)
  process.exit(problems.length === 0 ? 0 : 1)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
