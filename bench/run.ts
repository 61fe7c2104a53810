import { benchCampaignExport } from './campaign-export'
import { benchCaseList } from './case-list'
import { benchDeductionSave } from './deduction-save/bench'
import { benchRegisterImport } from './register-import'
import { benchReviewNext } from './review-next/bench'
import { benchStatistics } from './statistics'
import { benchScanRead } from './scan-read'
import { benchQuotas } from './quotas'
import { FRAME_MS } from './key-phase'
import { fmt, saveResults, type Summary } from './stats'

const row = (s: Summary) => ({ median: fmt(s.median), p95: fmt(s.p95), min: fmt(s.min), max: fmt(s.max) })

async function caseList() {
  const list = await benchCaseList()
  console.log(`\n${list.name}`)
  console.log(`  ${list.cases.toLocaleString()} cases generated in ${list.generateSeconds.toFixed(1)} s; database ${list.databaseMegabytes.toFixed(1)} MB; ${list.rounds} rounds, ${list.matchingCasesLastRound} matching`)
  console.table({
    'handler (ms)': row(list.handler),
    'bare SQL (ms)': row(list.bareSql),
    ratio: { median: list.ratioMedian.toFixed(2), p95: list.ratioP95.toFixed(2), min: '', max: '' },
  })
  console.log(`  goal: ratio ≤ 1.5 → ${list.ratioMedian <= 1.5 ? 'met' : 'NOT met'}`)
  return list
}

async function deductionSave() {
  const save = await benchDeductionSave()
  console.log(`\n${save.name}`)
  console.log(`  ${save.actions} actions against as many INSERTs, in alternating blocks of ${save.block}`)
  console.table({
    'UI save (ms)': row(save.ui),
    'bare INSERT (ms)': row(save.bareInsert),
    '  Enter → call sent (ms)': row(save.breakdown.sent),
    '  handler (ms)': row(save.breakdown.handler),
    '  Enter → answer arrived (ms)': row(save.breakdown.answered),
    '  answer → total shown (ms)': row(save.breakdown.render),
  })
  console.log(`  overhead over a bare INSERT, for reference = median(UI) − median(INSERT) = ${fmt(save.overheadMedianMs)} ms (p95: ${fmt(save.overheadP95Ms)} ms)`)
  console.log(`  goal: Enter → new total on screen within one frame (≤ ${fmt(FRAME_MS)} ms) at the 95th percentile → ${save.ui.p95 <= FRAME_MS ? 'met' : 'NOT met'}`)
  return save
}

async function registerImport() {
  const r = await benchRegisterImport()
  console.log(`\n${r.name}`)
  console.log(`  ${r.rows.toLocaleString()} cases and ${r.links.toLocaleString()} officer links per round; ${r.rounds} alternating rounds, each from a database without cases`)
  console.table({ 'import service (ms)': row(r.import), '  imports.open (ms)': row(r.importOpen), '  imports.commit (ms)': row(r.importCommit), 'bare INSERT (ms)': row(r.bareInsert), ratio: { median: r.ratioMedian.toFixed(2), p95: '', min: '', max: '' } })
  console.log(`  goal: ratio ≤ 2 at the median → ${r.ratioMedian <= 2 ? 'met' : 'NOT met'}`)
  return r
}

async function campaignExport() {
  const r = await benchCampaignExport()
  console.log(`\n${r.name}`)
  console.log(`  generated in ${r.generateSeconds.toFixed(1)} s; ${r.rounds} alternating rounds; service file ${r.serviceMegabytes.toFixed(1)} MB, bare file ${r.bareMegabytes.toFixed(1)} MB`)
  console.table({ 'export service (ms)': row(r.service), 'bare exceljs (ms)': row(r.bare), ratio: { median: r.ratioMedian.toFixed(2), p95: '', min: '', max: '' } })
  console.log(`  goal: ratio ≤ 1.5 at the median → ${r.ratioMedian <= 1.5 ? 'met' : 'NOT met'}`)
  return r
}

async function statistics() {
  const r = await benchStatistics()
  console.log(`\n${r.name}`)
  console.log(`  generated in ${r.generateSeconds.toFixed(1)} s (database ${r.databaseMegabytes.toFixed(0)} MB); ${r.rounds} alternating rounds per scope; each report checked against plain GROUP BY queries`)
  console.table(
    Object.fromEntries(
      r.scopes.flatMap((s) => [
        [`${s.name}: service (ms)`, { ...row(s.service), 'cpu median': fmt(s.serviceCpu.median) }],
        [`${s.name}: same SQL bare (ms)`, { ...row(s.bareSql), 'cpu median': fmt(s.bareSqlCpu.median) }],
        [`${s.name}: ratio`, { median: s.ratioMedian.toFixed(2), p95: '', min: '', max: '', 'cpu median': (s.serviceCpu.median / s.bareSqlCpu.median).toFixed(2) }],
      ]),
    ),
  )
  const worst = Math.max(...r.scopes.map((s) => s.ratioMedian))
  console.log(`  goal: ratio ≤ 1.5 at the median for every scope → ${worst <= 1.5 ? 'met' : 'NOT met'}`)
  return r
}

async function reviewNext() {
  const r = await benchReviewNext()
  console.log(`\n${r.name}`)
  console.log(`  ${r.rounds} × 下一件, each after ${r.scoringMs / 1000} s of scoring; the first review of the session ${fmt(r.firstReviewMs)} ms after 5 s idle`)
  console.table({ '下一件 (ms)': row(r.next), '下一件 (frames)': row(r.nextFrames), 'same viewer, cold (ms)': row(r.cold), '上一件 (ms)': row(r.back), ratio: { median: r.ratioMedian.toFixed(2), p95: '', min: '', max: '' } })
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
  console.log(`  goals: median ≤ 100 ms → ${met(r.goals.medianMet)}; p95 ≤ 250 ms → ${met(r.goals.p95Met)}; first review ≤ 1.5 s → ${met(r.goals.firstReviewMet)}`)
  return r
}

async function scanRead() {
  const r = await benchScanRead()
  console.log(`\n${r.name}`)
  console.table({
    'open: head, tail, 2 pages, sealed (ms)': row(r.open.subject),
    'open: the same, plain (ms)': row(r.open.baseline),
    'skim: 32 pages, sealed (ms)': row(r.skim.subject),
    'skim: 32 pages, plain (ms)': row(r.skim.baseline),
    ratio: { median: `open ${r.ratioOpen.toFixed(2)} · skim ${r.ratioSkim.toFixed(2)}`, p95: '', min: '', max: '' },
  })
  console.log(`  goal: sealed within one frame of plain when opening (≤ ${fmt(FRAME_MS)} ms more at the median) → ${r.open.subject.median - r.open.baseline.median <= FRAME_MS ? 'met' : 'NOT met'}`)
  return r
}

async function quotas() {
  const r = await benchQuotas()
  console.log(`\n${r.name}`)
  console.log(`  generated in ${r.generateSeconds.toFixed(1)} s; database ${r.databaseMegabytes.toFixed(1)} MB; ${r.statements} statements; ${r.rounds} rounds`)
  console.log(`  figures: ${JSON.stringify(r.figures)}`)
  console.table({ 'service (ms)': row(r.service), 'bare SQL (ms)': row(r.bareSql), ratio: { median: r.ratioMedian.toFixed(2), p95: r.ratioP95.toFixed(2), min: '', max: '' } })
  console.log(`  goal: ratio ≤ 1.5 → ${r.ratioMedian <= 1.5 ? 'met' : 'NOT met'}`)
  return r
}

const BENCHES = { caseList, deductionSave, registerImport, campaignExport, statistics, reviewNext, scanRead, quotas }

// `npm run bench [-- caseList|deductionSave|registerImport|campaignExport|statistics|reviewNext|scanRead|quotas …]`: each entry is measured against a baseline in the same run.
async function main() {
  const names = process.argv.slice(2)
  const unknown = names.filter((n) => !(n in BENCHES))
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`)
  const results: Record<string, unknown> = { date: new Date().toISOString() }
  for (const [name, run] of Object.entries(BENCHES)) if (!names.length || names.includes(name)) results[name] = await run()
  const [name] = names
  const file = await saveResults(name !== undefined && names.length === 1 ? name : 'bench', results)
  console.log(`\nresults written to ${file}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
