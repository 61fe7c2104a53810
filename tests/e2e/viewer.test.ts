import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR, requireFixtures } from '../support/paths'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { nth } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { DEMO } from './steps/auth'

let app: RunningApp
let page: Page
let fixtureCaseId: number
let attachedFixtures: string[]
let assignmentId: number
let defectAssignmentId: number
let citingCaseId: number | undefined

/** A workspace as the bureau would have it: the demo, plus a case holding the real-world fixture PDFs. */
async function prepareWorkspace(dataDir: string) {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async (method: string, input: unknown) => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as never
  }
  await call('workspace.loadDemo', {})
  const mine: { assignmentId: number; case: { id: number } }[] = await call('campaigns.mine', {})
  assignmentId = nth(mine, 0).assignmentId
  // A case citing 《上海市市容环境卫生管理条例》, which ships with the app.
  for (const m of mine) {
    const detail: { legalBasis: string } = await call('cases.get', { id: m.case.id })
    if (detail.legalBasis.includes('上海市市容环境卫生管理条例')) {
      citingCaseId = m.case.id
      break
    }
  }
  if (!citingCaseId) throw new Error('no demo case citing the shipped 市容环境卫生管理条例')
  // A case of the centralized evaluation where the checks find at least two problems.
  const campaigns: { id: number; kind: string }[] = await call('campaigns.list', {})
  const central: { assignments: { assignmentId: number }[] } = await call('campaigns.get', { id: campaigns.find((c) => c.kind === 'centralized')!.id })
  for (const a of central.assignments) {
    const e: { id: number } = await call('evaluations.open', { assignmentId: a.assignmentId })
    const findings: { outcome: string }[] = await call('checks.forEvaluation', { evaluationId: e.id })
    if (findings.filter((f) => f.outcome === 'problem').length >= 2) {
      defectAssignmentId = a.assignmentId
      break
    }
  }
  if (!defectAssignmentId) throw new Error('no demo case with two time-limit problems')
  const squads: { id: number }[] = await call('cases.squads', {})
  const squad = nth(squads, 0)
  const c: { id: number } = await call('cases.create', { caseNumber: '测试〔2023〕第99999号', party: '样本当事人', domain: 'street_appearance', squadId: squad.id })
  fixtureCaseId = c.id
  attachedFixtures = []
  const fixtures = requireFixtures()
  for (const name of (await readdir(fixtures)).filter((n) => n.endsWith('.pdf')).sort()) {
    const r = await services.dispatch('documents.attach', { caseId: c.id, path: join(fixtures, name) }, caller)
    if (r.ok) attachedFixtures.push(name)
  }
  await services.close()
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-viewer-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: DEMO.lead } })
  page = app.page
}, 240_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'viewer-')

const currentCanvas = (p: Page, pageNumber?: number) =>
  p.locator(`[data-testid="viewer-canvas"][data-rendered="true"]${pageNumber ? `[data-page-number="${pageNumber}"]` : ''}`)

/** antd puts a test id on the input itself or on its wrapper, depending on the control. */
async function fill(testId: string | Locator, value: string, submit = false) {
  const el = typeof testId === 'string' ? page.getByTestId(testId).first() : testId
  const input = (await el.evaluate((n) => n.tagName)) === 'INPUT' ? el : el.locator('input').first()
  await input.fill(value)
  if (submit) await input.press('Enter')
}

/** Goes to a route of the app's hash router, as a link would. */
const go = (route: string) => page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#${route}`)

async function openReview() {
  await go(`/review/${assignmentId}`)
  await currentCanvas(page).waitFor({ timeout: 60_000 })
}

describe('automatic findings and the statute library', () => {
  it('takes one finding as a deduction and sets another aside with a reason', async () => {
    // The centralized evaluation holds the planted defects; find a case with two open problems.
    await go(`/review/${defectAssignmentId}`)
    await currentCanvas(page).waitFor({ timeout: 60_000 })
    const summary = page.getByTestId('findings-summary')
    await expect.poll(async () => Number(await summary.getAttribute('data-pending')), { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    // Nothing scored yet shows 未评: the rubric's empty score.
    const shown = await page.getByTestId('score-total').innerText()
    const before = shown === '未评' ? 100 : Number(shown)
    const problems = page.locator('[data-testid="finding"][data-outcome="problem"]')
    // A finding with a proposed deduction is taken; another problem is set aside.
    const proposed = problems.filter({ has: page.getByTestId('finding-confirm') }).first()
    const proposedKey = await proposed.getAttribute('data-key')
    await proposed.getByTestId('finding-confirm').click()
    await expect.poll(async () => Number(await page.getByTestId('score-total').innerText())).toBeLessThan(before)
    const otherKey = await page
      .locator(`[data-testid="finding"][data-outcome="problem"]:not([data-key="${proposedKey}"])`)
      .filter({ has: page.getByTestId('finding-override') })
      .first()
      .getAttribute('data-key')
    const second = page.locator(`[data-testid="finding"][data-key="${otherKey}"]`)
    await second.getByTestId('finding-override').click()
    await fill(second.getByTestId('finding-override-reason'), '卷内有负责人批准的延期审批表')
    await second.getByTestId('finding-override-submit').click()
    await expect.poll(() => second.getByTestId('finding-decision').innerText()).toContain('卷内有负责人批准的延期审批表')
    await app.screenshot('review-findings')
  }, 120_000)

  it('opens the article a case cites from the case page', async () => {
    await go(`/cases/${citingCaseId}`)
    const citation = page.locator('[data-testid="citation"][data-status="ok"]').first()
    await citation.waitFor({ timeout: 30_000 })
    await citation.click()
    await page.getByTestId('statute-drawer').waitFor()
    await page.locator('[data-testid="statute-paragraph"][data-cited="true"], [data-testid="statute-item"][data-cited="true"]').first().waitFor()
    await app.screenshot('case-statute')
    await page.keyboard.press('Escape')
  }, 60_000)
})

describe('the scan viewer', () => {
  it('opens every real-world fixture that was attached, or says clearly what is wrong', async () => {
    expect(attachedFixtures.length).toBeGreaterThanOrEqual(8)
    await go(`/cases/${fixtureCaseId}`)
    const rows = page.getByTestId('document-open')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(attachedFixtures.length)
    for (const [i, fixture] of attachedFixtures.entries()) {
      await rows.nth(i).click()
      const dialog = page.locator('.ant-modal')
      const painted = dialog.locator('canvas[data-rendered="true"]').first()
      const failed = dialog.locator('[data-testid="viewer-page-error"], [data-testid="viewer-error"]').first()
      await painted.or(failed).waitFor({ timeout: 30_000 })
      await app.screenshot(`fixture-${fixture.replace(/\.pdf$/, '')}`)
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
    }
  }, 240_000)

  it('keeps a rotated page rotated after a reload', async () => {
    await openReview()
    await page.getByTestId('viewer-rotate').click()
    const first = page.locator('[data-testid="viewer-page"][data-page-number="1"]')
    await expect.poll(() => first.getAttribute('data-rotation')).toBe('90')
    await app.screenshot('viewer-rotated')
    await app.reload()
    await currentCanvas(page).waitFor({ timeout: 60_000 })
    await expect.poll(() => page.locator('[data-testid="viewer-page"][data-page-number="1"]').getAttribute('data-rotation')).toBe('90')
    await page.getByTestId('viewer-rotate').click()
    await page.getByTestId('viewer-rotate').click()
    await page.getByTestId('viewer-rotate').click()
    await expect.poll(() => first.getAttribute('data-rotation')).toBe('0')
  }, 120_000)

  it('navigates by thumbnails', async () => {
    await page.getByTestId('viewer-thumbnails').click()
    await page.getByTestId('thumbnail-5').click()
    await currentCanvas(page, 5).waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('thumbnail-5').getAttribute('data-current')).toBe('true')
    await app.screenshot('viewer-thumbnails')
  }, 60_000)

  it('finds text in a scan that has it, and highlights the hit', async () => {
    await page.getByTestId('viewer-find').click()
    await page.getByTestId('find-input').fill('询问笔录')
    await expect.poll(async () => Number(await page.getByTestId('find-count').getAttribute('data-count')), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.getByTestId('find-hit').first().waitFor()
    await app.screenshot('viewer-find')
    await page.getByTestId('find-close').click()
  }, 60_000)

  it('tags a page range as a document type and jumps to it from the outline', async () => {
    await page.getByTestId('viewer-outline').click()
    await fill('tag-first', '6')
    await fill('tag-last', '7')
    await fill('tag-type', '现场照片')
    await page.getByTestId('tag-add').click()
    const entry = page.locator('[data-testid="outline-entry"][data-first-page="6"]')
    await entry.waitFor()
    expect(await entry.innerText()).toContain('现场照片')
    await fill('viewer-page-input', '1', true)
    await currentCanvas(page, 1).waitFor()
    await entry.click()
    await currentCanvas(page, 6).waitFor({ timeout: 30_000 })
    await app.screenshot('viewer-outline')
  }, 60_000)

  it('draws an evidence rectangle for a deduction and jumps back to it', async () => {
    await page.getByTestId('deduct-S2.1').click()
    await page.getByTestId('evidence-draw').click()
    // Draw on the page in view (the pages around it have capture layers too).
    const shown = await currentCanvas(page).getAttribute('data-page-number')
    const capture = page.locator(`[data-testid="viewer-page"][data-page-number="${shown}"] [data-testid="evidence-capture"]`)
    await capture.waitFor()
    const box = (await capture.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 5 })
    await page.mouse.up()
    await page.getByTestId('evidence-drawn').waitFor()
    await page.getByTestId('deduction-reason').fill('笔录未记录出示执法证件')
    await page.getByTestId('deduction-form-submit').click()
    const deduction = page.getByTestId('deduction').filter({ hasText: '笔录未记录出示执法证件' })
    await deduction.getByTestId('deduction-evidence-icon').waitFor()
    await fill('viewer-page-input', '1', true)
    await currentCanvas(page, 1).waitFor()
    await deduction.getByTestId('deduction-page-link').click()
    await page.getByTestId('evidence-rect').first().waitFor({ timeout: 30_000 })
    await app.screenshot('viewer-evidence')
  }, 60_000)
})
