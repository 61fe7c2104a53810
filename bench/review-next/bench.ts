import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import type { DocumentInfo } from '../../shared/contract/documents'
import { keyPhases, toKeyPhase } from '../key-phase'
import { summarize } from '../stats'
import { buildBenchPages } from '../viewer/build'
import { WINDOW } from '../viewer/protocol'
import { reviewProbeScript } from './probe-script'
import type { Ready, Request } from './protocol'
import { nth } from '../../tests/support/defined'
import { DEMO, signIn } from '../../tests/e2e/steps/auth'

const ROUNDS = Math.max(20, Number(process.env.BENCH_NEXT_ROUNDS ?? 24))
/** 上一件 after the last 下一件, as many times. */
const BACK_ROUNDS = 6
/** The reviewer scores each case at least this long before 下一件. */
const SCORING_MS = 2000
/** The app left alone this long before the first review of the session. */
const IDLE_MS = 5000
const ROOT = resolve(__dirname, '..', '..')
const RENDERER_DIR = join(process.env.CASE_DESK_OUT ?? join(ROOT, 'out'), 'renderer')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** The little of the pages' globals the bench uses (this file compiles without the DOM types). */
interface Globals {
  reviewProbe: { arm(documentId: number): void; armed: Promise<{ ms: number; frames: number }> | null }
  bench: { setDocuments(documents: DocumentInfo[]): void; openAndWait(index: number): Promise<number> }
  location: { hash: string }
}

function startApp(queue: number): Promise<{ child: ChildProcess; ready: Ready }> {
  // tsx's loader comes along in execArgv.
  const child = fork(join(__dirname, 'app-process.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, BENCH_QUEUE: String(queue) } })
  return new Promise((done, fail) => {
    child.once('message', (ready: Ready) => done({ child, ready }))
    child.once('exit', (code) => fail(new Error(`the app's process ended (${code})`)))
  })
}

/** From the input just made (armed before it) to page 1 of the document painted, in the app's page. */
async function armed(page: Page) {
  return page.evaluate(() => (globalThis as unknown as Globals).reviewProbe.armed!)
}

/**
 * About two seconds of scoring, as a reviewer at the keyboard: the rubric's first item taken off
 * with a reason (Enter, the reason, Enter), then reading on until `SCORING_MS` have passed.
 */
async function score(page: Page, since: number) {
  await page.waitForTimeout(500)
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="deduction-reason"]:focus').waitFor({ timeout: 20_000 })
  await page.keyboard.type('证据不足')
  await page.keyboard.press('Enter')
  await page.locator('.deduction-form').waitFor({ state: 'detached', timeout: 20_000 })
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 20_000 })
  const left = SCORING_MS - (performance.now() - since)
  if (left > 0) await page.waitForTimeout(left)
}

/**
 * 下一件 as the reviewer goes through a long queue (the demo workspace, one 集中评查 of
 * `ROUNDS + 1` cases): the key (Ctrl+Enter) to the next case's page 1 painted, as the viewer bench
 * defines it, after scoring each case for `SCORING_MS`. Against the same viewer (the review
 * screen's viewer pane, on the bench's page over the same services) opening the same case's scan
 * cold, in alternating order. Before it, the first review of the session: the app left idle for
 * `IDLE_MS` on the workbench, then 开始评查 on the first case of the queue.
 */
export async function benchReviewNext() {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer is not built: run `npm run build` first.')
  await buildBenchPages()
  const { child, ready } = await startApp(ROUNDS + 1)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    const { appOrigin, viewerOrigin, token, documents, assignmentIds } = ready
    const errors: string[] = []
    const context = await browser.newContext({ viewport: WINDOW, locale: 'zh-CN' })
    await context.addInitScript({ content: reviewProbeScript() })
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))

    // The first review of the session, after the app has stood idle on the workbench.
    await page.goto(`${appOrigin}/?token=${token}`)
    await signIn(page, DEMO.lead)
    const queue = page.getByTestId('workbench-campaign').first()
    await queue.filter({ hasText: ready.campaignName }).waitFor({ timeout: 60_000 })
    await page.waitForTimeout(IDLE_MS)
    await page.evaluate((id) => (globalThis as unknown as Globals).reviewProbe.arm(id), nth(documents, 0).id)
    await queue.getByTestId('open-review').first().click()
    const firstReview = await armed(page)
    let arrived = performance.now()

    // The same viewer opening each case's scan cold: the review screen's viewer pane on the bench's page.
    const coldContext = await browser.newContext({ viewport: WINDOW, locale: 'zh-CN' })
    const cold = await coldContext.newPage()
    cold.on('pageerror', (e) => errors.push(`cold: ${e.message}`))
    await cold.goto(`${viewerOrigin}/ours.html?token=${encodeURIComponent(token)}`)
    await cold.waitForFunction(() => 'bench' in globalThis)
    await cold.evaluate((list) => (globalThis as unknown as Globals).bench.setDocuments(list), documents)
    // Unrecorded: the tab's worker started and its code compiled, on the scan the app shows now.
    await cold.evaluate(() => (globalThis as unknown as Globals).bench.openAndWait(0))
    const openCold = (i: number) => cold.evaluate((index) => (globalThis as unknown as Globals).bench.openAndWait(index), i)

    const next: number[] = []
    const nextFrames: number[] = []
    const coldMs: number[] = []
    const phase = keyPhases(16)
    for (let i = 1; i <= ROUNDS; i++) {
      await score(page, arrived)
      const coldFirst = i % 2 === 1
      if (coldFirst) {
        coldMs.push(await openCold(i))
        await page.waitForTimeout(500)
      }
      await page.evaluate((id) => (globalThis as unknown as Globals).reviewProbe.arm(id), nth(documents, i).id)
      await toKeyPhase(page, phase())
      await page.keyboard.press('Control+Enter')
      const { ms, frames } = await armed(page)
      arrived = performance.now()
      next.push(ms)
      nextFrames.push(frames)
      const hash = await page.evaluate(() => (globalThis as unknown as Globals).location.hash)
      if (hash !== `#/review/${assignmentIds[i]}`) throw new Error(`下一件 went to ${hash}, not to assignment ${assignmentIds[i]}`)
      if (!coldFirst) {
        await page.waitForTimeout(500)
        coldMs.push(await openCold(i))
      }
    }
    // 上一件, case after case back along the queue: the case just left, then the ones before it.
    const back: number[] = []
    for (let i = ROUNDS - 1; i >= ROUNDS - BACK_ROUNDS; i--) {
      const left = SCORING_MS - (performance.now() - arrived)
      if (left > 0) await page.waitForTimeout(left)
      await page.evaluate((id) => (globalThis as unknown as Globals).reviewProbe.arm(id), nth(documents, i).id)
      await page.getByTestId('review-previous').click()
      back.push((await armed(page)).ms)
      arrived = performance.now()
    }
    await context.close()
    await coldContext.close()
    if (errors.length) throw new Error(`uncaught errors in the pages: ${errors.join(' | ')}`)
    const nextSummary = summarize(next)
    const coldSummary = summarize(coldMs)
    return {
      name: '下一件: the key to the next case\'s page 1 painted, after scoring each case, vs the same viewer opening that case cold',
      rounds: ROUNDS,
      scoringMs: SCORING_MS,
      firstReviewMs: firstReview.ms,
      next: nextSummary,
      nextFrames: summarize(nextFrames),
      cold: coldSummary,
      back: summarize(back),
      ratioMedian: nextSummary.median / coldSummary.median,
      goals: {
        medianMet: nextSummary.median <= 100,
        p95Met: nextSummary.p95 <= 250,
        firstReviewMet: firstReview.ms <= 1500,
      },
      raw: { next, nextFrames, cold: coldMs, back },
    }
  } finally {
    await browser.close()
    const ended = new Promise((done) => child.once('exit', done))
    child.send({ kind: 'close' } satisfies Request)
    await ended
  }
}
