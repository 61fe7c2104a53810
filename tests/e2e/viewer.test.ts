import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openApp } from '../../electron/services/app'
import { RESOURCES_DIR, requireFixtures } from '../support/paths'
import { launchApp, type RunningApp } from './harness'

let app: RunningApp
let page: Page
let fixtureCaseId: number
let attachedFixtures: string[]
let assignmentId: number

/** A workspace as the bureau would have it: the demo, plus a case holding the real-world fixture PDFs. */
async function prepareWorkspace(dataDir: string) {
  const services = await openApp({ dataDir, resourcesDir: RESOURCES_DIR })
  const call = async (method: string, input: unknown) => {
    const r = await services.dispatch(method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as never
  }
  await call('workspace.loadDemo', {})
  const mine: { assignmentId: number }[] = await call('campaigns.mine', {})
  assignmentId = mine[0].assignmentId
  const [squad]: { id: number }[] = await call('cases.squads', {})
  const c: { id: number } = await call('cases.create', { caseNumber: '测试〔2023〕第99999号', party: '样本当事人', domain: 'street_appearance', squadId: squad.id })
  fixtureCaseId = c.id
  attachedFixtures = []
  const fixtures = requireFixtures()
  for (const name of (await readdir(fixtures)).filter((n) => n.endsWith('.pdf')).sort()) {
    const r = await services.dispatch('documents.attach', { caseId: c.id, path: join(fixtures, name) })
    if (r.ok) attachedFixtures.push(name)
  }
  await services.close()
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-viewer-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir })
  page = app.page
}, 240_000)
afterAll(() => app?.close())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.screenshot(`failed-viewer-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)
})

const currentCanvas = (p: Page, pageNumber?: number) =>
  p.locator(`[data-testid="viewer-canvas"][data-rendered="true"]${pageNumber ? `[data-page-number="${pageNumber}"]` : ''}`)

/** antd puts a test id on the input itself or on its wrapper, depending on the control. */
async function fill(testId: string, value: string, submit = false) {
  const el = page.getByTestId(testId).first()
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

describe('the scan viewer', () => {
  it('opens every real-world fixture that was attached, or says clearly what is wrong', async () => {
    expect(attachedFixtures.length).toBeGreaterThanOrEqual(8)
    await go(`/cases/${fixtureCaseId}`)
    const rows = page.getByTestId('document-open')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(attachedFixtures.length)
    for (let i = 0; i < attachedFixtures.length; i++) {
      await rows.nth(i).click()
      const dialog = page.locator('.ant-modal')
      const painted = dialog.locator('canvas[data-rendered="true"]').first()
      const failed = dialog.locator('[data-testid="viewer-page-error"], [data-testid="viewer-error"]').first()
      await painted.or(failed).waitFor({ timeout: 30_000 })
      await app.screenshot(`fixture-${attachedFixtures[i].replace(/\.pdf$/, '')}`)
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
