import { fmt, summarize, type Summary } from '../stats'
import type { Memory, Reading, Switching, Viewer } from './session'

/** One round: both viewers read the scan; ours (and pdf.js in the first rounds) also go through all pages and 50 documents. */
export interface Round {
  reading: Partial<Record<Viewer, Reading>>
  switching: Partial<Record<Viewer, Switching>>
}

/** Each figure as asked in the issue: a ratio per round, and the goal it must stay under. */
const GOALS = [
  { key: 'firstPaint', label: 'first paint, ours ÷ pdf.js', goal: 1.0 },
  { key: 'nextPageMedian', label: 'next page reading, median, ours ÷ pdf.js', goal: 1.0 },
  { key: 'nextPageP95', label: 'next page reading, p95, ours ÷ pdf.js', goal: 1.0 },
  { key: 'nextPageFramesMedian', label: 'next page reading in frames, median, ours ÷ pdf.js', goal: 1.0 },
  { key: 'nextPageFramesP95', label: 'next page reading in frames, p95, ours ÷ pdf.js', goal: 1.0 },
  { key: 'pagingMedian', label: 'next page paging, median, ours ÷ pdf.js', goal: 1.0 },
  { key: 'pagingP95', label: 'next page paging, p95, ours ÷ pdf.js', goal: 1.0 },
  { key: 'memoryAllPages', label: 'memory after 300 pages ÷ after page 1 (ours)', goal: 1.5 },
  { key: 'memoryFiftyDocs', label: 'memory after 50 documents ÷ after the first (ours)', goal: 1.2 },
] as const

type Key = (typeof GOALS)[number]['key']

const growth = (after: Memory | null | undefined, before: Memory | undefined) => (after && before ? after.total / before.total : null)

function ratios(r: Round, v: Viewer): Record<Key, number | null> {
  const ours = r.reading.ours!
  const base = r.reading.baseline!
  const next = (x: Reading) => summarize(x.nextPageMs)
  const frames = (x: Reading) => summarize(x.nextPageFrames)
  const paging = (x: Reading) => summarize(x.pagingMs)
  return {
    firstPaint: ours.firstPaintMs / base.firstPaintMs,
    nextPageMedian: next(ours).median / next(base).median,
    nextPageP95: next(ours).p95 / next(base).p95,
    nextPageFramesMedian: frames(ours).median / frames(base).median,
    nextPageFramesP95: frames(ours).p95 / frames(base).p95,
    pagingMedian: paging(ours).median / paging(base).median,
    pagingP95: paging(ours).p95 / paging(base).p95,
    memoryAllPages: growth(r.reading[v]?.afterAllPages, r.reading[v]?.afterFirstPage),
    memoryFiftyDocs: growth(r.switching[v]?.afterLast, r.switching[v]?.afterFirst),
  }
}

const present = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number')
const mb = (bytes: number) => bytes / 2 ** 20

function pooled(rounds: Round[], v: Viewer) {
  const reading = rounds.flatMap((r) => (r.reading[v] ? [r.reading[v]] : []))
  const switching = rounds.flatMap((r) => (r.switching[v] ? [r.switching[v]] : []))
  const maybe = (xs: number[]) => (xs.length ? summarize(xs) : null)
  return {
    firstPaintMs: summarize(reading.map((x) => x.firstPaintMs)),
    nextPageMs: summarize(reading.flatMap((x) => x.nextPageMs)),
    nextPageFrames: summarize(reading.flatMap((x) => x.nextPageFrames)),
    nextPageFrameBeganMs: summarize(reading.flatMap((x) => x.nextPageFrameBeganMs)),
    pagingMs: summarize(reading.flatMap((x) => x.pagingMs)),
    openDocumentMs: maybe(switching.flatMap((x) => x.openMs.slice(1))),
    memoryMB: {
      afterFirstPage: maybe(reading.map((x) => mb(x.afterFirstPage.total))),
      afterAllPages: maybe(present(reading.map((x) => (x.afterAllPages ? mb(x.afterAllPages.total) : null)))),
      afterFirstDocument: maybe(switching.map((x) => mb(x.afterFirst.total))),
      afterFiftyDocuments: maybe(switching.map((x) => mb(x.afterLast.total))),
    },
    canvas: reading[0]?.canvas ?? null,
  }
}

export function summarizeRounds(rounds: Round[]) {
  const ours = rounds.map((r) => ratios(r, 'ours'))
  const goals = GOALS.map(({ key, label, goal }) => {
    const perRound = present(ours.map((p) => p[key]))
    const s = summarize(perRound)
    return { key, label, goal, perRound, min: s.min, median: s.median, max: s.max, met: s.median <= goal, metEveryRound: s.max <= goal }
  })
  const base = rounds.map((r) => ratios(r, 'baseline'))
  const reference = (key: 'memoryAllPages' | 'memoryFiftyDocs') => {
    const xs = present(base.map((b) => b[key]))
    return xs.length ? summarize(xs) : null
  }
  return {
    goals,
    ours: pooled(rounds, 'ours'),
    baseline: pooled(rounds, 'baseline'),
    baselineMemoryGrowth: { allPages: reference('memoryAllPages'), fiftyDocs: reference('memoryFiftyDocs') },
  }
}

type RoundsSummary = ReturnType<typeof summarizeRounds>
const row = (s: Summary | null) => (s ? { min: fmt(s.min), median: fmt(s.median), p95: fmt(s.p95), max: fmt(s.max), n: s.n } : { min: '—', median: '—', p95: '—', max: '—', n: 0 })
const two = (x: number) => x.toFixed(2)

export function printSummary(s: RoundsSummary) {
  console.log('\nTimes (ms; frames where named), pooled over the rounds')
  console.table({
    'first paint — ours': row(s.ours.firstPaintMs),
    'first paint — pdf.js': row(s.baseline.firstPaintMs),
    'next page reading — ours': row(s.ours.nextPageMs),
    'next page reading — pdf.js': row(s.baseline.nextPageMs),
    'next page reading, to frame start — ours': row(s.ours.nextPageFrameBeganMs),
    'next page reading, to frame start — pdf.js': row(s.baseline.nextPageFrameBeganMs),
    'next page reading, frames — ours': row(s.ours.nextPageFrames),
    'next page reading, frames — pdf.js': row(s.baseline.nextPageFrames),
    'next page paging — ours': row(s.ours.pagingMs),
    'next page paging — pdf.js': row(s.baseline.pagingMs),
    'open doc 2–50 — ours': row(s.ours.openDocumentMs),
    'open doc 2–50 — pdf.js': row(s.baseline.openDocumentMs),
  })
  console.log('Memory (MB: JS heap + ArrayBuffers + canvases), median over the rounds measured')
  const mem = (m: RoundsSummary['ours']['memoryMB']) =>
    Object.fromEntries(
      Object.entries({ 'page 1': m.afterFirstPage, 'all 300 pages': m.afterAllPages, 'first document': m.afterFirstDocument, '50 documents': m.afterFiftyDocuments }).map(([k, v]) => [k, v ? v.median.toFixed(1) : '—']),
    )
  console.table({ ours: mem(s.ours.memoryMB), 'pdf.js': mem(s.baseline.memoryMB) })
  console.log(`Canvas of page 1: ours ${JSON.stringify(s.ours.canvas)}, pdf.js ${JSON.stringify(s.baseline.canvas)}`)
  console.log('\nRatios per round (min / median / max) against the goals')
  console.table(
    Object.fromEntries(s.goals.map((g) => [g.label, { min: two(g.min), median: two(g.median), max: two(g.max), goal: `≤ ${g.goal.toFixed(1)}`, met: g.metEveryRound ? 'yes' : g.met ? 'median only' : 'NO' }])),
  )
  const { allPages, fiftyDocs } = s.baselineMemoryGrowth
  const ref = (x: Summary | null) => (x ? `${two(x.median)} (n ${x.n}, min ${two(x.min)}, max ${two(x.max)})` : '—')
  console.log(`pdf.js for reference: memory after 300 pages ÷ page 1 ${ref(allPages)}; after 50 documents ÷ first ${ref(fiftyDocs)}`)
}
