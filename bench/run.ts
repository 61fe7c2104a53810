import { benchCaseList } from './case-list'
import { fmt, saveResults } from './stats'

// `npm run bench`: each entry is measured against a baseline in the same run, as a ratio.
async function main() {
  const list = await benchCaseList()
  console.log(`\n${list.name}`)
  console.log(`  ${list.cases.toLocaleString()} cases generated in ${list.generateSeconds.toFixed(1)} s; database ${list.databaseMegabytes.toFixed(1)} MB; ${list.rounds} rounds, ${list.matchingCasesLastRound} matching`)
  console.table({
    'handler (ms)': { median: fmt(list.handler.median), p95: fmt(list.handler.p95), min: fmt(list.handler.min), max: fmt(list.handler.max) },
    'bare SQL (ms)': { median: fmt(list.bareSql.median), p95: fmt(list.bareSql.p95), min: fmt(list.bareSql.min), max: fmt(list.bareSql.max) },
    ratio: { median: list.ratioMedian.toFixed(2), p95: list.ratioP95.toFixed(2), min: '', max: '' },
  })
  console.log(`  goal: ratio ≤ 1.5 → ${list.ratioMedian <= 1.5 ? 'met' : 'NOT met'}`)
  const file = await saveResults('bench', { date: new Date().toISOString(), caseList: list })
  console.log(`\nresults written to ${file}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
