import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { summarize } from '../stats'
import { FRAME_MS, toKeyPhase } from '../key-phase'
import type { Ready, Reply, Request } from './protocol'
import { DEMO, signIn } from '../../tests/e2e/steps/auth'

const ACTIONS = Number(process.env.BENCH_DEDUCTIONS ?? 200)
const BLOCK = 10
const WARMUP = 5
const ROOT = resolve(__dirname, '..', '..')
/** The built renderer: `out/`, or where CASE_DESK_OUT put it (as the e2e harness reads it). */
const RENDERER_DIR = join(process.env.CASE_DESK_OUT ?? join(ROOT, 'out'), 'renderer')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** In-page times of one save, in ms from the Enter that saves. */
interface SaveTiming {
  /** The call has left on the bridge's socket. */
  sent: number
  /** Its answer has arrived (before the page handles it). */
  answered: number
  /** The new total is in the DOM. */
  total: number
}

/** The little of the page's globals the timing uses (this file compiles without the DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null; body: unknown; getAnimations(): unknown[] }
  addEventListener(type: 'keydown', listener: (e: { key: string }) => void, options: { capture: boolean; once: boolean }): void
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void }
  WebSocket: new (url: string) => { send(data: string): void; addEventListener(type: 'message', listener: (e: { data: string }) => void): void }
  __callsOpen: Set<number>
  __sentAt: number
  __answeredAt: number
  __saveTiming?: Promise<SaveTiming>
}

/**
 * Before the page's own scripts: the bridge's socket, watched. Calls in flight are known by their
 * ids, and the arrival of an answer is seen before the page handles it.
 */
const WATCH_SOCKET = () => {
  const g = globalThis as unknown as PageGlobals
  g.__callsOpen = new Set()
  const Native = g.WebSocket
  g.WebSocket = class extends Native {
    constructor(url: string) {
      super(url)
      // The id is read from the head of the reply: parsing the whole of it would add to the time measured.
      this.addEventListener('message', (e) => {
        g.__answeredAt = performance.now()
        g.__callsOpen.delete(Number(/^\{"id":(\d+)/.exec(e.data)?.[1] ?? -1))
      })
    }
    send(data: string) {
      g.__sentAt = performance.now()
      g.__callsOpen.add((JSON.parse(data) as { id: number }).id)
      super.send(data)
    }
  }
}

/** Between a reviewer's keystrokes: no call in flight, no transition running. */
const SETTLED = () => {
  const g = globalThis as unknown as PageGlobals
  return g.__callsOpen.size === 0 && g.document.getAnimations().length === 0
}

/**
 * In the page: from the Enter that saves (seen first, in the capture phase) to the new total in
 * the DOM. No named inner functions: tsx would wrap them in a helper the page does not have.
 */
const ARM = () => {
  const g = globalThis as unknown as PageGlobals
  const before = g.document.querySelector('[data-testid="score-total"]')?.textContent
  g.__saveTiming = new Promise<SaveTiming>((done) => {
    let start = 0
    // Only a timestamp: a frame asked for while the key is handled makes Chromium hold the answer.
    g.addEventListener('keydown', (e) => e.key === 'Enter' && (start = performance.now()), { capture: true, once: true })
    const observer = new g.MutationObserver(() => {
      if (g.document.querySelector('[data-testid="score-total"]')?.textContent === before) return
      const end = performance.now()
      observer.disconnect()
      done({ sent: g.__sentAt - start, answered: g.__answeredAt - start, total: end - start })
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

/** Starts the app's process and waits until it serves. */
function startApp(): Promise<{ child: ChildProcess; ready: Ready }> {
  // tsx's loader comes along in execArgv.
  const child = fork(join(__dirname, 'app-process.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return new Promise((resolve, reject) => {
    child.once('message', (ready: Ready) => resolve({ child, ready }))
    child.once('exit', (code) => reject(new Error(`the app's process ended (${code})`)))
  })
}

/** One request to the app's process, answered with a time in ms. */
function ask(child: ChildProcess, request: Request): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (reply: Reply) => resolve(reply.ms))
    child.send(request)
  })
}

/**
 * Saving a deduction as the reviewer does it: the review page in Chromium over the bridge, the
 * demo workspace, Enter in the reason field, until the total on screen changes. Against bare
 * INSERTs of a deduction row through the same database connection, in alternating blocks, each
 * after the app's process has rested as long as it did before a save.
 */
export async function benchDeductionSave() {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer is not built: run `npm run build` first.')
  const { child, ready } = await startApp()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    const { port, token, assignmentIds } = ready
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    await page.addInitScript(WATCH_SOCKET)
    const settle = () => page.waitForFunction(SETTLED, undefined, { timeout: 30_000, polling: 5 })
    await page.goto(`http://127.0.0.1:${port}/?token=${token}#/review/${assignmentIds[0]}`)
    await signIn(page, DEMO.lead)
    let itemsLeft = 0
    const openCase = async (first: boolean) => {
      if (!first) await page.keyboard.press('Control+Enter')
      // A case not yet scored says 未评 until its first deduction.
      await page.locator('[data-testid="score-total"][data-stage="unscored"]').waitFor({ timeout: 60_000 })
      await page.locator('[data-testid="viewer-canvas"][data-rendered="true"]').first().waitFor({ timeout: 60_000 })
      // The rubric's rows render after the scan.
      await page.locator('[data-item-id]').first().waitFor({ timeout: 60_000 })
      await settle()
      itemsLeft = await page.locator('[data-item-id]').count()
    }
    await openCase(true)
    let firstItem = true

    const breakdown = { sent: [] as number[], handler: [] as number[], answered: [] as number[], render: [] as number[] }
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
      // The reviewer reads the form before saving: the form's opening transitions are over.
      await settle()
      await page.evaluate(ARM)
      // Asked for before the key goes down, and the key's release after the total shows: the
      // driver's own traffic would compete with the save for the CPU.
      const timed = page.evaluate(COLLECT)
      await toKeyPhase(page, Math.random() * FRAME_MS)
      await page.keyboard.down('Enter')
      const timing = await timed
      await page.keyboard.up('Enter')
      await page.locator('.deduction-form').waitFor({ state: 'detached' })
      await settle()
      breakdown.sent.push(timing.sent)
      breakdown.handler.push(await ask(child, { kind: 'handlerMs' }))
      breakdown.answered.push(timing.answered)
      breakdown.render.push(timing.total - timing.answered)
      return timing.total
    }

    const bareInsert = () => ask(child, { kind: 'insert' })

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
      name: 'saving a deduction (Enter in the form → committed → new total on screen) vs a bare INSERT on the same connection after the same rest',
      actions: ui.length,
      block: BLOCK,
      ui: uiSummary,
      bareInsert: insertSummary,
      overheadMedianMs: uiSummary.median - insertSummary.median,
      overheadP95Ms: uiSummary.p95 - insertSummary.p95,
      /** Where the UI time goes: Enter → call sent; the handler alone; Enter → answer arrived; answer → total on screen. */
      breakdown: { sent: summarize(breakdown.sent), handler: summarize(breakdown.handler), answered: summarize(breakdown.answered), render: summarize(breakdown.render) },
    }
  } finally {
    await browser.close()
    const ended = new Promise((done) => child.once('exit', done))
    child.send({ kind: 'close' } satisfies Request)
    await ended
  }
}
