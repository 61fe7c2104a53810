import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { ARTIFACTS_DIR, RESOURCES_DIR } from '../support/paths'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { DEMO } from './steps/auth'
import { switchReviewer as switchTo } from './steps/auth'

let app: RunningApp
let page: Page
/** A case of the centralized evaluation, assigned to a reviewer who is not the lead, with two automatic problems, one proposing a deduction. */
let assignmentId: number
let nextAssignmentId: number
let reviewerName: string
let leadName: string
let confirmKey: string
let confirmPoints: number
let overrideKey: string
let centralCampaignId: number

async function prepareWorkspace(dataDir: string) {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as T
  }
  await call('workspace.loadDemo', {})
  const campaigns = await call<{ id: number; kind: string }[]>('campaigns.list', {})
  centralCampaignId = campaigns.find((c) => c.kind === 'centralized')!.id
  const central = await call<{ assignments: { assignmentId: number; reviewerName: string; position: number }[] }>('campaigns.get', { id: centralCampaignId })
  const reviewers = (await call<{ name: string; role: string; active: boolean }[]>('people.reviewers', {})).filter((r) => r.active)
  leadName = reviewers.find((r) => r.role === 'lead')!.name
  search: for (const reviewer of reviewers.filter((r) => r.role !== 'lead')) {
    const queue = central.assignments.filter((a) => a.reviewerName === reviewer.name).sort((a, b) => a.position - b.position)
    for (const [i, a] of queue.entries()) {
      const e = await call<{ id: number }>('evaluations.open', { assignmentId: a.assignmentId })
      const findings = await call<{ key: string; outcome: string; proposal: { points: number } | null }[]>('checks.forEvaluation', { evaluationId: e.id })
      const problems = findings.filter((f) => f.outcome === 'problem')
      const proposing = problems.find((f) => f.proposal)
      const next = queue[i + 1]
      if (problems.length < 2 || !proposing || !next) continue
      assignmentId = a.assignmentId
      nextAssignmentId = next.assignmentId
      reviewerName = reviewer.name
      confirmKey = proposing.key
      confirmPoints = proposing.proposal!.points
      overrideKey = problems.find((f) => f !== proposing)!.key
      break search
    }
  }
  await services.close()
  if (!assignmentId) throw new Error('no demo case of a reviewer with two automatic problems, one proposing a deduction')
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-keys-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: DEMO.lead } })
  page = app.page
}, 240_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'keys-')

const go = (route: string) => page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#${route}`)
const total = async () => Number(await page.getByTestId('score-total').innerText())
/** What has the keyboard focus, by the attributes the review screen puts on it. */
const focused = () =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement
    return { testId: el?.getAttribute('data-testid') ?? null, itemId: el?.getAttribute('data-item-id') ?? null, key: el?.getAttribute('data-key') ?? null }
  })
const activeItem = () => page.locator('[data-testid^="rubric-item-"][data-active="true"]').getAttribute('data-item-id')

const switchReviewer = (name: string) => switchTo(page, name)

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
}

describe('scoring a case without the mouse', () => {
  it('hands the PC from the lead to a reviewer by signing in, and keeps the menu entry the review was opened from', async () => {
    await page.getByTestId('nav-campaigns').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('reviewer-name').getAttribute('data-role')).toBe('lead')
    await switchReviewer(reviewerName)
    expect(await page.getByTestId('reviewer-name').getAttribute('data-role')).toBe('reviewer')
    await page.getByTestId('nav-campaigns').click()
    await go(`/review/${assignmentId}`)
    await page.getByTestId('rubric-panel').waitFor({ timeout: 60_000 })
    expect(await page.locator('.ant-menu-item-selected').getAttribute('data-testid')).toBe('nav-campaigns')
  }, 90_000)

  it('moves between items with J/K and ↑/↓, deducts with a digit, a quick phrase and a typed reason', async () => {
    await page.locator('[data-testid="finding"]').first().waitFor()
    // Opened but nothing recorded yet: 未评, not the rubric's empty 100 / 优秀.
    expect(await page.getByTestId('score-total').innerText()).toBe('未评')
    expect(await page.getByTestId('grade-badge').count()).toBe(0)
    const start = 100
    expect(await activeItem()).toBe('S1.1')
    await press('j', 4)
    expect(await activeItem()).toBe('S2.2')
    expect((await focused()).itemId).toBe('S2.2')
    await press('k')
    expect(await activeItem()).toBe('S2.1')
    // ↑/↓ move the item while the focus is on the rubric side.
    await press('ArrowDown')
    expect(await activeItem()).toBe('S2.2')

    // A digit opens the form on that option with the reason focused; Enter saves the rubric's wording.
    await press('4')
    const form = page.getByTestId('deduction-form-S2.2')
    await form.waitFor()
    expect(await form.locator('input[type="radio"]:checked').getAttribute('value')).toBe('unsigned')
    expect((await focused()).testId).toBe('deduction-reason')
    expect(await form.getByTestId('deduction-reason').inputValue()).toBe('未签名或签名不全')
    await press('Enter')
    await expect.poll(total).toBe(start - 1)
    await expect.poll(async () => (await focused()).itemId).toBe('S2.2')

    // On to S7.2: Enter opens the first option; Alt+N puts quick phrase N in place of the default; typing goes on after it.
    await press('j', 22)
    expect(await activeItem()).toBe('S7.2')
    await press('Enter')
    const form72 = page.getByTestId('deduction-form-S7.2')
    await form72.waitFor()
    const phrase = form72.locator('[data-testid="quick-phrase"]').filter({ hasText: '未注明日期或日期有误' })
    const n = await phrase.getAttribute('data-n')
    await press(`Alt+${n}`)
    await page.keyboard.type('：第5页现场检查笔录')
    expect(await form72.getByTestId('deduction-reason').inputValue()).toBe('未注明日期或日期有误：第5页现场检查笔录')
    await app.screenshot('keys-deduction-form')
    await press('Enter')
    await expect.poll(total).toBe(start - 2)
    const saved = page.getByTestId('rubric-item-S7.2').getByTestId('deduction')
    await expect.poll(() => saved.innerText()).toContain('未注明日期或日期有误：第5页现场检查笔录')

    // M writes the item's note; Esc saves it and goes back to the item.
    await press('m')
    await expect.poll(async () => (await focused()).testId).toBe('note-S7.2')
    await page.keyboard.type('现场检查笔录日期栏空白，已与承办人核实')
    await press('Escape')
    await expect.poll(async () => (await focused()).itemId).toBe('S7.2')

    // Esc leaves a form without saving anything.
    await press('k')
    await press('1')
    await page.getByTestId('deduction-form-S7.1').waitFor()
    await press('Escape')
    await page.getByTestId('deduction-form-S7.1').waitFor({ state: 'detached' })
    expect(await total()).toBe(start - 2)
  }, 90_000)

  it('takes one automatic finding and sets another aside, from the keyboard', async () => {
    const start = await total()
    const findingCount = await page.getByTestId('finding').count()
    /** F goes to the first problem still to decide; J/K walk from there to the one wanted. */
    async function focusFinding(key: string) {
      await press('f')
      expect((await focused()).testId).toBe('finding')
      for (const step of ['j', 'k']) {
        for (let i = 0; i < findingCount && (await focused()).key !== key; i++) await press(step)
      }
      expect((await focused()).key).toBe(key)
    }

    // Y takes the proposed deduction.
    await focusFinding(confirmKey)
    await press('y')
    const confirmed = page.locator(`[data-testid="finding"][data-key="${confirmKey}"]`)
    await expect.poll(() => confirmed.getByTestId('finding-decision').getAttribute('data-kind')).toBe('confirmed')
    await expect.poll(total).toBe(start - confirmPoints)

    // N asks for the reason; Enter records it.
    await focusFinding(overrideKey)
    await press('n')
    await expect.poll(async () => (await focused()).testId).toBe('finding-override-reason')
    await page.keyboard.type('经核对卷内材料，该问题不成立')
    await press('Enter')
    const overridden = page.locator(`[data-testid="finding"][data-key="${overrideKey}"]`)
    await expect.poll(() => overridden.getByTestId('finding-decision').innerText()).toContain('经核对卷内材料，该问题不成立')
    expect(await total()).toBe(start - confirmPoints)
    await app.screenshot('keys-findings')
  }, 60_000)

  it('lists the keys on ?, submits with Ctrl+Shift+Enter and is locked', async () => {
    await press('?')
    await page.getByTestId('keyboard-help').waitFor()
    expect(await page.getByTestId('keyboard-help').innerText()).toContain('Ctrl+Shift+Enter')
    await app.screenshot('keys-help')
    await press('?')
    await page.getByTestId('keyboard-help').waitFor({ state: 'hidden' })

    // While scoring, the total is provisional and no grade is given.
    expect(await page.getByTestId('score-provisional').innerText()).toBe('暂计')
    expect(await page.getByTestId('grade-badge').count()).toBe(0)
    await page.getByTestId('review-topbar').screenshot({ path: join(ARTIFACTS_DIR, 'topbar-provisional.png') })

    await press('Control+Shift+Enter')
    await page.getByTestId('submit-confirm').waitFor()
    // Most of the scan was never shown: the reviewer is told so, and may still submit.
    expect(await page.getByTestId('submit-warning-pages').innerText()).toMatch(/^案卷共 \d+ 页，有 \d+ 页从未显示过：第 [\d、…]+ 页。$/)
    expect(await page.getByTestId('submit-warning-untouched').count()).toBe(0)
    expect(await page.getByTestId('submit-confirm').innerText()).toBe('仍然提交')
    await app.screenshot('submit-warning-pages')
    // The dialog hands the focus to its OK button a moment after it shows, as antd does.
    await expect.poll(async () => (await focused()).testId).toBe('submit-confirm')
    await press('Enter')
    await expect.poll(() => page.getByTestId('review').getAttribute('data-status')).toBe('submitted')
    expect(await page.getByTestId('score-provisional').count()).toBe(0)
    expect(await page.getByTestId('grade-badge').count()).toBe(1)
    await page.getByTestId('review-topbar').screenshot({ path: join(ARTIFACTS_DIR, 'topbar-submitted.png') })
    await page.getByTestId('review-locked').waitFor()
    // Locked: no form opens, and a reviewer who is not the lead has no way to reopen.
    await press('Enter')
    expect(await page.locator('[data-testid^="deduction-form-"]').count()).toBe(0)
    expect(await page.getByTestId('review-reopen').count()).toBe(0)
  }, 60_000)

  it('lets the lead reopen it with a reason, and the history shows every step', async () => {
    await switchReviewer(leadName)
    await page.getByTestId('review-reopen').click()
    await page.getByTestId('reopen-reason').fill('S2.2 认定有误，请重新核对询问笔录')
    await page.getByTestId('reopen-ok').click()
    await expect.poll(() => page.getByTestId('review').getAttribute('data-status')).toBe('in_progress')

    await press('h')
    const entries = page.getByTestId('history-entry')
    await expect.poll(() => entries.count()).toBe(7)
    // Newest first.
    expect(await Promise.all((await entries.all()).map((e) => e.getAttribute('data-action')))).toEqual([
      'evaluation.reopen',
      'evaluation.submit',
      'evaluation.check_override',
      'evaluation.check_confirm',
      'evaluation.note',
      'evaluation.deduct',
      'evaluation.deduct',
    ])
    const text = await page.locator('.history-drawer').innerText()
    expect(text).toContain('退回重评')
    expect(text).toContain('S2.2 认定有误，请重新核对询问笔录')
    expect(text).toContain(leadName)
    expect(text).toContain(reviewerName)
    expect(text).toContain('不采纳自动核查问题')
    expect(text).toContain('经核对卷内材料，该问题不成立')
    expect(text).toContain('采纳自动核查问题')
    expect(text).toContain('扣分 S2.2 −1')
    expect(text).toContain('理由：未签名或签名不全')
    expect(text).toContain('扣分 S7.2 −1')
    expect(text).toContain('S7.2 备注')
    expect(text).toContain('现场检查笔录日期栏空白，已与承办人核实')
    await app.screenshot('keys-history')
    await press('Escape')
    await page.locator('.history-drawer .ant-drawer-content').waitFor({ state: 'detached' })
  }, 60_000)

  it('shows the finding messages in the UI language and goes to the next case on Ctrl+Enter', async () => {
    await page.getByTestId('lang-switch').click()
    // The findings are asked for again in the new language; the stored reasons stay as written.
    await expect.poll(() => page.getByTestId('finding-message').first().innerText(), { timeout: 20_000 }).toMatch(/^[\x20-\x7e’]+/)
    expect(await page.getByTestId('rubric-item-S2.2').getByTestId('deduction').innerText()).toContain('未签名或签名不全')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('lang-switch').getAttribute('data-locale')).toBe('zh-CN')

    await page.getByTestId('rubric-panel').waitFor()
    await press('Control+Enter')
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(`#/review/${nextAssignmentId}`)
    await page.getByTestId('rubric-panel').waitFor()
    await app.screenshot('keys-next-case')
  }, 60_000)

  it('warns before submitting a case where nothing was touched, and the reviewer can go back', async () => {
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('未评')
    expect(await page.getByTestId('grade-badge').count()).toBe(0)
    await press('Control+Shift+Enter')
    await page.getByTestId('submit-warnings').waitFor()
    expect(await page.getByTestId('submit-warning-untouched').innerText()).toBe('尚未对任何评查要点作出扣分、不适用或备注，也未认定否决项。')
    await app.screenshot('submit-warning-untouched')
    // A common intranet PC's screen: the dialog and the top bar still fit.
    const size = page.viewportSize()!
    await page.setViewportSize({ width: 1366, height: 768 })
    await app.screenshot('submit-warning-untouched-1366')
    await page.getByTestId('submit-back').click()
    await page.getByTestId('submit-warnings').waitFor({ state: 'detached' })
    await page.getByTestId('review-topbar').screenshot({ path: join(ARTIFACTS_DIR, 'topbar-unscored-1366.png') })
    await page.setViewportSize(size)
    await page.getByTestId('review-topbar').screenshot({ path: join(ARTIFACTS_DIR, 'topbar-unscored.png') })
    expect(await page.getByTestId('review').getAttribute('data-status')).toBe('in_progress')
  }, 60_000)

  it('says 未评 in the workbench for what is not begun, and 暂计 beside a running total', async () => {
    await go('/')
    const cells = page.getByTestId('score-cell')
    await cells.first().waitFor({ timeout: 30_000 })
    const stages = await cells.evaluateAll((els) => els.map((el) => [el.getAttribute('data-stage'), el.textContent]))
    expect(stages).toContainEqual(['unscored', '未评'])
    for (const [stage, text] of stages) {
      if (stage === 'provisional') expect(text).toMatch(/^\d+(\.\d)?暂计$/)
      if (stage === 'final') expect(text).toMatch(/^\d+(\.\d)?$/)
    }
    await app.screenshot('workbench-scores')

    // The campaign page shows the case reopened above with its running total, marked 暂计.
    await go(`/campaigns/${centralCampaignId}`)
    const provisional = page.getByTestId('score-cell').and(page.locator('[data-stage="provisional"]'))
    await provisional.first().waitFor({ timeout: 30_000 })
    expect(await provisional.first().innerText()).toMatch(/^\d+(\.\d)?暂计$/)
    await provisional.first().scrollIntoViewIfNeeded()
    await app.screenshot('campaign-scores-provisional')
  }, 60_000)
})
