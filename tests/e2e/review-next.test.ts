import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import type { Contract, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import { addLongQueue } from '../support/long-queue'
import { RESOURCES_DIR } from '../support/paths'
import { keepFailureScreens, launchApp, type RunningApp } from './harness'
import { nth } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { DEMO } from './steps/auth'

/** 下一件 this many times in one queue: the demo's own queues are shorter, so the demo gets one more campaign. */
const MOVES = 40

let app: RunningApp
let page: Page
let cdp: CDPSession
let dataDir: string
/** The long queue in order: assignment, the case's first document and its case number. */
let queue: { assignmentId: number; documentId: number; caseNumber: string }[]

/** Before the app's scripts: every canvas the page creates, so that those held off screen are counted too. */
const COUNT_CANVASES = `
  const canvases = new Set()
  const create = Document.prototype.createElement
  Document.prototype.createElement = function (tag, options) {
    const el = create.call(this, tag, options)
    if (el instanceof HTMLCanvasElement) canvases.add(new WeakRef(el))
    return el
  }
  globalThis.__canvasBytes = () => {
    let bytes = 0
    for (const ref of canvases) {
      const canvas = ref.deref()
      if (canvas) bytes += canvas.width * canvas.height * 4
      else canvases.delete(ref)
    }
    return bytes
  }
`

/** The little of the page the checks read (this file compiles without the DOM types). */
interface Canvas2d {
  width: number
  height: number
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'review-desk-next-'))
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async <M extends MethodName>(method: M, input: InputOf<Contract, M>): Promise<OutputOf<Contract, M>> => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as OutputOf<Contract, M>
  }
  await call('workspace.loadDemo', {})
  // One case more than the moves reach: it is read ahead from the last, never opened.
  const { assignmentIds } = await addLongQueue(call, MOVES + 2)
  queue = []
  for (const assignmentId of assignmentIds) {
    const { caseId } = await call('evaluations.peek', { assignmentId })
    if (caseId === null) throw new Error('the queue holds case files')
    const document = nth(await call('documents.list', { caseId }), 0)
    queue.push({ assignmentId, documentId: document.id, caseNumber: (await call('cases.get', { id: caseId })).caseNumber })
  }
  await services.close()
  app = await launchApp({ dataDir, account: { login: DEMO.lead } })
  page = app.page
  await page.addInitScript({ content: COUNT_CANVASES })
  await app.reload()
  cdp = await page.context().newCDPSession(page)
}, 240_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app, 'next-')

/** Page 1 of the case's scan painted in the review screen: its canvas there, with ink on it. */
async function pageOnePainted(at: number) {
  const canvas = page.locator(`[data-testid="viewer"][data-document-id="${nth(queue, at).documentId}"] canvas.viewer-canvas[data-page-number="1"][data-rendered="true"]`)
  await canvas.waitFor({ timeout: 60_000 })
  const ink = await canvas.evaluate((el) => {
    const c = el as unknown as Canvas2d
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let dark = 0
    // RGBA: i + 2 is inside the data.
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 384) dark++
    return dark
  })
  expect(ink).toBeGreaterThan(2000)
}

async function onCase(at: number) {
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(`#/review/${nth(queue, at).assignmentId}`)
  await pageOnePainted(at)
  await expect.poll(() => page.getByTestId('review-case-number').innerText()).toBe(nth(queue, at).caseNumber)
}

/** JS heap in use, ArrayBuffers and every live canvas (on screen or held off it), after a forced GC. */
async function memory(): Promise<number> {
  // Let the read-ahead of the case after this one finish first.
  await page.waitForTimeout(2500)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const canvases = await page.evaluate(() => (globalThis as unknown as { __canvasBytes: () => number }).__canvasBytes())
  return heap.usedSize + heap.backingStorageSize + canvases
}

describe('下一件 without waiting', () => {
  let afterFirst = 0

  it('shows the next case with page 1 of its scan painted', async () => {
    const first = page.getByTestId('workbench-campaign').first()
    await first.getByTestId('open-review').first().click()
    await onCase(0)
    // Scoring a moment, while the next case is read ahead.
    await page.waitForTimeout(2000)
    await page.keyboard.press('Control+Enter')
    await onCase(1)
    afterFirst = await memory()
    await app.screenshot('review-next')
  }, 120_000)

  it(`keeps memory within 1.2× of that after the first 下一件 after ${MOVES}`, async () => {
    for (let at = 2; at <= MOVES; at++) {
      await page.waitForTimeout(800)
      await page.keyboard.press('Control+Enter')
      await onCase(at)
    }
    const afterLast = await memory()
    expect(afterLast / afterFirst, `${afterFirst} bytes after the first, ${afterLast} after the last`).toBeLessThanOrEqual(1.2)
  }, 300_000)

  it('goes back to the case just left, page 1 painted', async () => {
    await page.getByTestId('review-previous').click()
    await onCase(MOVES - 1)
  }, 60_000)

  it('reads the next case ahead without starting it', async () => {
    // The last case of the queue was read ahead from the one before it, and never opened.
    await page.locator('a.review-back').click()
    const row = (at: number) => page.getByTestId('workbench-campaign').first().locator(`tr[data-row-key="${nth(queue, at).assignmentId}"]`)
    await expect.poll(() => row(MOVES + 1).innerText()).toContain('未开始')
    await expect.poll(() => row(MOVES).innerText()).toContain('评查中')
  }, 60_000)
})
