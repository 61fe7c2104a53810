import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Request } from 'playwright-core'
import { openApp, type App } from '../electron/services/app'
import { createBridge, listen } from '../electron/bridge/server'
import { summarize } from './stats'

const ACTIONS = Number(process.env.BENCH_DEDUCTIONS ?? 200)
const BLOCK = 10
const WARMUP = 5
const ROOT = resolve(__dirname, '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** In-page times of one save, in ms from the Enter that saves. */
interface SaveTiming {
  /** The new total is in the DOM. */
  total: number
  /** The response of evaluations.addDeduction has arrived (Resource Timing). */
  response: number
}

/** The little of the page's globals the timing uses (this file compiles without the DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null; body: unknown }
  addEventListener(type: 'keydown', listener: (e: { key: string }) => void, options: { capture: boolean; once: boolean }): void
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void }
  __saveTiming?: Promise<SaveTiming>
}

/**
 * In the page: from the Enter that saves (seen first, in the capture phase) to the new total in
 * the DOM. No named inner functions: tsx would wrap them in a helper the page does not have.
 */
const ARM = () => {
  const g = globalThis as unknown as PageGlobals
  const before = g.document.querySelector('[data-testid="score-total"]')?.textContent
  performance.clearResourceTimings()
  g.__saveTiming = new Promise<SaveTiming>((done) => {
    let start = 0
    g.addEventListener('keydown', (e) => e.key === 'Enter' && (start = performance.now()), { capture: true, once: true })
    const observer = new g.MutationObserver(() => {
      if (g.document.querySelector('[data-testid="score-total"]')?.textContent === before) return
      const end = performance.now()
      observer.disconnect()
      const call = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/evaluations.addDeduction')) as { responseEnd: number } | undefined
      done({ total: end - start, response: call ? call.responseEnd - start : Number.NaN })
    })
    observer.observe(g.document.body, { subtree: true, childList: true, characterData: true })
  })
}
/** The timing, or a failure if the total never changed (a save that did not happen must not hang the run). */
const COLLECT = () =>
  Promise.race([
    (globalThis as unknown as PageGlobals).__saveTiming!,
    new Promise<SaveTiming>((_, fail) => setTimeout(() => fail(new Error('the total on screen did not change within 15 s')), 15_000)),
  ])

async function call<T>(app: App, method: string, input: unknown): Promise<T> {
  const r = await app.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as T
}

/**
 * Saving a deduction as the reviewer does it: the review page in Chromium over the bridge, the
 * demo workspace, Enter in the reason field, until the total on screen changes. Against bare
 * INSERTs of a deduction row through the same database connection, in alternating blocks.
 */
export async function benchDeductionSave() {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) throw new Error('The renderer is not built: run `npm run build` first.')
  const dir = await mkdtemp(join(tmpdir(), 'bench-deduct-'))
  const app = await openApp({ dataDir: dir, resourcesDir: join(ROOT, 'resources') })
  const token = 'bench-' + Math.random().toString(36).slice(2)
  const server = createBridge({ app, token, staticDir: join(ROOT, 'out', 'renderer') })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    await call(app, 'workspace.loadDemo', {})
    const mine = await call<{ assignmentId: number; campaignName: string; position: number }[]>(app, 'campaigns.mine', {})
    const queue = mine.filter((a) => a.campaignName === mine[0].campaignName).sort((a, b) => a.position - b.position)
    // The baseline writes into an evaluation the page never shows.
    const spare = await call<{ id: number }>(app, 'evaluations.open', { assignmentId: queue.at(-1)!.assignmentId })
    // The handler's own time, to split the UI time into server, transport and rendering.
    const dispatch = app.dispatch
    let handlerMs = Number.NaN
    app.dispatch = async (method, input) => {
      const t0 = performance.now()
      const envelope = await dispatch(method, input)
      if (method === 'evaluations.addDeduction') handlerMs = performance.now() - t0
      return envelope
    }
    const port = await listen(server)

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    // Between actions the page's contract calls settle, as they do between a reviewer's keystrokes.
    const calls = new Set<Request>()
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/api/') && calls.add(r))
    page.on('requestfinished', (r) => calls.delete(r))
    page.on('requestfailed', (r) => calls.delete(r))
    const settle = async () => {
      for (let waited = 0; calls.size > 0; waited += 5) {
        if (waited > 30_000) throw new Error(`calls still open: ${[...calls].map((r) => r.url()).join(', ')}`)
        await page.waitForTimeout(5)
      }
    }
    await page.goto(`http://127.0.0.1:${port}/?token=${token}#/review/${queue[0].assignmentId}`)
    let itemsLeft = 0
    const openCase = async (first: boolean) => {
      if (!first) await page.keyboard.press('Control+Enter')
      await page.locator('[data-testid="score-total"]').filter({ hasText: /^100$/ }).waitFor({ timeout: 60_000 })
      await page.locator('[data-testid="viewer-canvas"][data-rendered="true"]').first().waitFor({ timeout: 60_000 })
      await settle()
      itemsLeft = await page.locator('[data-item-id]').count()
    }
    await openCase(true)
    let firstItem = true

    const breakdown = { handler: [] as number[], response: [] as number[], render: [] as number[] }
    /** One deduction: the first option of the next item, by keyboard; only the saving Enter is timed. */
    const deductOnce = async (): Promise<number> => {
      if (itemsLeft === 0) {
        await openCase(false)
        firstItem = true
      }
      if (!firstItem) await page.keyboard.press('j')
      firstItem = false
      itemsLeft--
      await page.keyboard.press('Enter')
      await page.locator('[data-testid="deduction-reason"]:focus').waitFor()
      await page.evaluate(ARM)
      await page.keyboard.press('Enter')
      const timing = await page.evaluate(COLLECT)
      await page.locator('.deduction-form').waitFor({ state: 'detached' })
      await settle()
      breakdown.handler.push(handlerMs)
      breakdown.response.push(timing.response)
      breakdown.render.push(timing.total - timing.response)
      return timing.total
    }

    const now = new Date().toISOString()
    const bareInsert = async (): Promise<number> => {
      const t0 = performance.now()
      await app.ctx.db
        .insertInto('deductions')
        .values({ evaluationId: spare.id, itemId: 'S7.2', optionId: null, pointsTenths: 10, reason: '基线', documentId: null, page: null, rectX: null, rectY: null, rectW: null, rectH: null, createdAt: now })
        .execute()
      return performance.now() - t0
    }

    for (let i = 0; i < WARMUP; i++) {
      await deductOnce()
      await bareInsert()
    }
    for (const list of Object.values(breakdown)) list.length = 0
    const ui: number[] = []
    const inserts: number[] = []
    for (let block = 0; ui.length < ACTIONS; block++) {
      const runs: [() => Promise<number>, number[]][] = [
        [deductOnce, ui],
        [bareInsert, inserts],
      ]
      for (const [run, out] of block % 2 ? runs.reverse() : runs) {
        for (let i = 0; i < BLOCK; i++) out.push(await run())
      }
    }
    const uiSummary = summarize(ui)
    const insertSummary = summarize(inserts)
    return {
      name: 'saving a deduction (Enter in the form → committed → new total on screen) vs a bare INSERT on the same connection',
      actions: ui.length,
      block: BLOCK,
      ui: uiSummary,
      bareInsert: insertSummary,
      overheadMedianMs: uiSummary.median - insertSummary.median,
      overheadP95Ms: uiSummary.p95 - insertSummary.p95,
      /** Where the UI time goes: the handler alone; Enter → response arrived; response → total on screen. */
      breakdown: { handler: summarize(breakdown.handler), response: summarize(breakdown.response), render: summarize(breakdown.render) },
    }
  } finally {
    await browser.close()
    server.close()
    await app.close()
    await rm(dir, { recursive: true, force: true })
  }
}
