import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { saveResults } from '../stats'
import { buildBenchPages } from './build'
import { printSummary, summarizeRounds, type Round } from './report'
import { scanPdf } from './scan-pdf'
import { readingSession, switchingSession, type SessionOptions, type Viewer } from './session'
import { attachScans, forgetViews, startBenchServer } from './workspace'

// `npm run bench:viewer`: our viewer against pdf.js's own PDFViewer on a 300-page scan, alternating.
const ROUNDS = Number(process.env.BENCH_VIEWER_ROUNDS ?? 5)
const DOCUMENTS = Number(process.env.BENCH_VIEWER_DOCUMENTS ?? 50)
const NEXT_PAGES = Number(process.env.BENCH_VIEWER_NEXT_PAGES ?? 30)
const PAGING_PAGES = Number(process.env.BENCH_VIEWER_PAGING_PAGES ?? 40)
/** pdf.js's own memory figures are for reference (the goals are ours): taken in this many rounds. */
const BASELINE_MEMORY_ROUNDS = Number(process.env.BENCH_VIEWER_BASELINE_MEMORY_ROUNDS ?? 1)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

async function main() {
  const t0 = performance.now()
  await buildBenchPages()
  const server = await startBenchServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    const scan = await scanPdf(browser, `${server.origin}/scan.html`, join(__dirname, '..', 'results'))
    console.log(`scan: ${scan.pages} pages, ${(scan.bytes / 2 ** 20).toFixed(1)} MB${scan.generatedSeconds ? `, generated in ${scan.generatedSeconds.toFixed(1)} s` : ' (cached)'}`)
    const documents = await attachScans(server.ws, scan.path, DOCUMENTS)
    const options: SessionOptions = { origin: server.origin, token: server.token, documents, nextPages: NEXT_PAGES, readPauseMs: 500, pagingPages: PAGING_PAGES, settleMs: 1000, keySeed: 0 }

    // One unrecorded open of each, so neither pays for a cold disk cache or first compile.
    for (const viewer of ['ours', 'baseline'] as const) await switchingSession(browser, viewer, { ...options, documents: documents.slice(0, 2) })

    const rounds: Round[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const order: Viewer[] = i % 2 ? ['baseline', 'ours'] : ['ours', 'baseline']
      const round: Round = { reading: {}, switching: {} }
      const memoryToo = (viewer: Viewer) => viewer === 'ours' || i < BASELINE_MEMORY_ROUNDS
      for (const viewer of order) {
        await forgetViews(server.ws)
        round.reading[viewer] = await readingSession(browser, viewer, { ...options, keySeed: i + 1 }, memoryToo(viewer))
      }
      for (const viewer of order.filter(memoryToo)) {
        await forgetViews(server.ws)
        round.switching[viewer] = await switchingSession(browser, viewer, options)
      }
      rounds.push(round)
      const { ours, baseline } = round.reading
      console.log(`round ${i + 1}/${ROUNDS}: first paint ours ${ours!.firstPaintMs.toFixed(0)} ms, pdf.js ${baseline!.firstPaintMs.toFixed(0)} ms (${((performance.now() - t0) / 60000).toFixed(1)} min)`)
    }
    const summary = summarizeRounds(rounds)
    printSummary(summary)
    const file = await saveResults('viewer', {
      date: new Date().toISOString(),
      chromium: browser.version(),
      scan: { pages: scan.pages, bytes: scan.bytes },
      rounds: ROUNDS,
      documents: DOCUMENTS,
      nextPagesPerRound: { reading: NEXT_PAGES, paging: PAGING_PAGES },
      summary,
      raw: rounds,
    })
    console.log(`\nresults written to ${file} (${((performance.now() - t0) / 60000).toFixed(1)} min)`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
