import type { Browser, CDPSession, Page } from 'playwright-core'
import type { DocumentInfo } from '../../shared/contract/documents'
import { keyPhases, toKeyPhase } from '../key-phase'
import { WINDOW, type BenchPage } from './protocol'
import { nth } from '../../tests/support/defined'

export type Viewer = 'ours' | 'baseline'

export interface Memory {
  /** V8 heap in use + ArrayBuffer backing stores, after a forced GC. */
  heapBytes: number
  /**
   * Blink's heap (DOM), for reference only: it also holds DevTools' record of every request made
   * while the bench watches, which grows with each range read and is no part of the viewer.
   */
  domHeapBytes: number
  /** Sum of width × height × 4 over the live canvases. */
  canvasBytes: number
  total: number
}

export interface Reading {
  firstPaintMs: number
  canvas: { width: number; height: number } | null
  /** PgDn to painted, reading: a pause on each page first. */
  nextPageMs: number[]
  /** The same, in animation frames (1 = painted in the first frame after the key). */
  nextPageFrames: number[]
  /** PgDn to the start of the frame that paints the page: mostly the wait for the next frame. */
  nextPageFrameBeganMs: number[]
  /** PgDn to painted, paging through: the next PgDn as soon as the page is painted. */
  pagingMs: number[]
  afterFirstPage: Memory
  afterAllPages: Memory | null
}

export interface Switching {
  openMs: number[]
  afterFirst: Memory
  afterLast: Memory
}

export interface SessionOptions {
  origin: string
  token: string
  documents: DocumentInfo[]
  /** Next-page samples per session while reading, with a pause on each page before PgDn. */
  nextPages: number
  readPauseMs: number
  /** Then next-page samples while paging through without a pause. */
  pagingPages: number
  settleMs: number
  /** Seeds where in a frame each reading PgDn falls: the same places for both viewers in a round. */
  keySeed: number
}

interface BenchTab {
  page: Page
  cdp: CDPSession
  close(): Promise<void>
}

/** A fresh tab (own context: no storage, no cache) on one viewer's bench page, documents handed over. */
async function openTab(browser: Browser, viewer: Viewer, o: SessionOptions): Promise<BenchTab> {
  const context = await browser.newContext({ viewport: WINDOW, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${o.origin}/${viewer}.html?token=${encodeURIComponent(o.token)}`)
  await page.waitForFunction(() => 'bench' in globalThis)
  await page.evaluate((docs) => (globalThis as unknown as { bench: BenchPage }).bench.setDocuments(docs), o.documents)
  const cdp = await context.newCDPSession(page)
  return {
    page,
    cdp,
    close: async () => {
      await context.close()
      if (errors.length) throw new Error(`${viewer}: uncaught errors in the page: ${errors.join(' | ')}`)
    },
  }
}

async function memoryOf({ page, cdp }: BenchTab): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const canvasBytes = await page.evaluate(() => (globalThis as unknown as { bench: BenchPage }).bench.canvasBytes())
  const heapBytes = heap.usedSize + heap.backingStorageSize
  return { heapBytes, domHeapBytes: heap.embedderHeapUsedSize, canvasBytes, total: heapBytes + canvasBytes }
}

/**
 * PgDn, then the time (in the page) until `pageNumber` is painted at the top of the view. With
 * `phase`, the key goes down that long after a frame is drawn: the wait for the next frame is then
 * the same for both viewers, and what differs is the viewers' own.
 */
async function pageDown({ page }: BenchTab, pageNumber: number, phase?: number): Promise<{ ms: number; frameBeganMs: number; frames: number }> {
  await page.evaluate((n) => (globalThis as unknown as { bench: BenchPage }).bench.arm(n), pageNumber)
  if (phase !== undefined) await toKeyPhase(page, phase)
  await page.keyboard.press('PageDown')
  return page.evaluate(() => (globalThis as unknown as { bench: BenchPage }).bench.armed())
}

const openAndWait = ({ page }: BenchTab, index: number) => page.evaluate((i) => (globalThis as unknown as { bench: BenchPage }).bench.openAndWait(i), index)

/**
 * A reviewer reading one scan: open it (first paint), read a few pages turning with PgDn, page on
 * without pausing, then (when `throughAll`) on to the last page; memory after the first page and
 * after all of them.
 */
export async function readingSession(browser: Browser, viewer: Viewer, o: SessionOptions, throughAll: boolean): Promise<Reading> {
  const tab = await openTab(browser, viewer, o)
  const firstPaintMs = await openAndWait(tab, 0)
  const canvas = await tab.page.evaluate(() => (globalThis as unknown as { bench: BenchPage }).bench.canvasSize(1))
  await tab.page.waitForTimeout(o.settleMs)
  const afterFirstPage = await memoryOf(tab)
  const nextPageMs: number[] = []
  const nextPageFrameBeganMs: number[] = []
  const nextPageFrames: number[] = []
  const phase = keyPhases(o.keySeed)
  for (let n = 2; n <= 1 + o.nextPages; n++) {
    await tab.page.waitForTimeout(o.readPauseMs)
    const { ms, frameBeganMs, frames } = await pageDown(tab, n, phase())
    nextPageMs.push(ms)
    nextPageFrameBeganMs.push(frameBeganMs)
    nextPageFrames.push(frames)
  }
  const pagingMs: number[] = []
  const pagingFrom = 2 + o.nextPages
  for (let n = pagingFrom; n < pagingFrom + o.pagingPages; n++) pagingMs.push((await pageDown(tab, n)).ms)
  let afterAllPages: Memory | null = null
  if (throughAll) {
    for (let n = pagingFrom + o.pagingPages; n <= nth(o.documents, 0).pageCount; n++) await pageDown(tab, n)
    await tab.page.waitForTimeout(o.settleMs)
    afterAllPages = await memoryOf(tab)
  }
  await tab.close()
  return { firstPaintMs, canvas, nextPageMs, nextPageFrameBeganMs, nextPageFrames, pagingMs, afterFirstPage, afterAllPages }
}

/** A reviewer going through case after case: every document opened in turn, each until page 1 is painted. */
export async function switchingSession(browser: Browser, viewer: Viewer, o: SessionOptions): Promise<Switching> {
  const tab = await openTab(browser, viewer, o)
  const openMs = [await openAndWait(tab, 0)]
  await tab.page.waitForTimeout(o.settleMs)
  const afterFirst = await memoryOf(tab)
  for (let i = 1; i < o.documents.length; i++) openMs.push(await openAndWait(tab, i))
  await tab.page.waitForTimeout(o.settleMs)
  const afterLast = await memoryOf(tab)
  await tab.close()
  return { openMs, afterFirst, afterLast }
}
