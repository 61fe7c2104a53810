import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'

/** The first case in the lead's queue of the demo's monthly spot check, as its campaign page lists it. */
let FIRST_CASE: string

let app: RunningApp
let page: Page
/** The campaign the first case is reviewed in, as the review screen names it. */
let campaignName: string

useRunningApp((running) => {
  app = running
  page = running.page
})

async function paintedCanvasInk(p: Page): Promise<number> {
  const canvas = p.locator('[data-testid="viewer-canvas"][data-rendered="true"]')
  await canvas.waitFor({ timeout: 60_000 })
  // Count pixels darker than paper: a blank canvas has none.
  return canvas.evaluate((el) => {
    type Canvas2d = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }
    const c = el as unknown as Canvas2d
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let ink = 0
    // RGBA: i + 2 is inside the data.
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 384) ink++
    return ink
  })
}

describe('the first review loop, as a reviewer does it', () => {
  it('loads the demo workspace and lists its cases', async () => {
    await page.getByTestId('load-demo').waitFor()
    await app.screenshot('setup')
    await page.getByTestId('load-demo').click()
    // Generating the scans takes a while: the reviewer sees how far it has got.
    await expect.poll(() => page.getByTestId('demo-progress').innerText(), { timeout: 60_000 }).toMatch(/已生成 \d+ \/ 120 份案卷/)
    await app.screenshot('setup-loading')
    await page.getByTestId('case-row').first().waitFor({ timeout: 180_000 })
    expect(await page.getByTestId('case-row').count()).toBeGreaterThanOrEqual(20)
    await expect.poll(() => page.locator('body').innerText()).toContain('案号')
    await app.screenshot('case-list')
  }, 240_000)

  it('finds the monthly spot check, drawn from cases closed before it began, with the lead\'s queue numbered from 1', async () => {
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaign-row').filter({ hasText: '月度抽查' }).click()
    const first = page.getByTestId('assignment-row').first()
    await first.waitFor()
    expect(await first.locator('td').first().innerText()).toBe('1')
    FIRST_CASE = (await first.getAttribute('data-case-number'))!
    await page.getByTestId('tab-record').click()
    expect(await page.getByTestId('sampling-record').innerText()).toContain('结案日期 2023-11-01 ~ 2023-11-30')
    await page.getByTestId('nav-cases').click()
  }, 60_000)

  it('opens a case from the list and its review, with page 1 of the scan painted', async () => {
    await page.getByTestId('case-search').locator('input').first().fill(FIRST_CASE)
    await page.getByTestId('case-search').locator('input').first().press('Enter')
    await page.locator(`[data-testid="case-row"][data-case-number="${FIRST_CASE}"]`).click()
    await page.getByTestId('case-number').first().waitFor()
    expect(await page.getByTestId('case-number').first().innerText()).toContain(FIRST_CASE)
    await page.getByTestId('document-open').first().waitFor()
    await page.getByTestId('open-review').first().waitFor()
    await app.screenshot('case-page')
    await page.getByTestId('open-review').first().click()
    expect(await paintedCanvasInk(page)).toBeGreaterThan(2000)
    // Nothing scored yet: 未评, not the rubric's empty 100 / 优秀.
    expect(await page.getByTestId('score-total').innerText()).toBe('未评')
    expect(await page.getByTestId('grade-badge').count()).toBe(0)
  }, 120_000)

  it('deducts an item with a reason and the page on screen; total and grade change', async () => {
    await page.getByTestId('viewer-next').click()
    await page.locator('[data-testid="viewer-canvas"][data-page-number="2"][data-rendered="true"]').waitFor()
    await page.getByTestId('deduct-S5.2').click()
    await page.getByTestId('deduction-option-no-proof').click()
    await page.getByTestId('deduction-reason').fill('卷内无处罚决定书送达回证')
    await page.getByTestId('deduction-form-submit').click()
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('96')
    await page.getByTestId('deduct-S3.1').click()
    await page.getByTestId('deduction-reason').fill('处罚依据未引用到款')
    await page.getByTestId('deduction-form-submit').click()
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('94')
    // A running total, marked as such; the grade comes with submitting.
    expect(await page.getByTestId('score-provisional').innerText()).toBe('暂计')
    expect(await page.getByTestId('grade-badge').count()).toBe(0)
    expect(await page.getByTestId('save-state').innerText()).toMatch(/已保存 \d{2}:\d{2}:\d{2}/)
    await app.screenshot('review')
  }, 60_000)

  it('still has the deductions after a reload, with their page anchor', async () => {
    await app.reload()
    expect(await paintedCanvasInk(page)).toBeGreaterThan(2000)
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('94')
    const deduction = page.getByTestId('deduction').filter({ hasText: '卷内无处罚决定书送达回证' })
    await deduction.waitFor()
    await deduction.getByTestId('deduction-page-link').click()
    await page.locator('[data-testid="viewer-canvas"][data-page-number="2"][data-rendered="true"]').waitFor()
  }, 60_000)

  it('submits after a warning about the pages never shown, and then shows the grade', async () => {
    await page.getByTestId('review-submit').click()
    await page.getByTestId('submit-warnings').waitFor()
    expect(await page.getByTestId('submit-warning-pages').innerText()).toMatch(/^案卷共 \d+ 页，有 \d+ 页从未显示过：第 [\d、…]+ 页。$/)
    expect(await page.getByTestId('submit-warning-untouched').count()).toBe(0)
    await app.screenshot('review-submit-warning')
    await page.getByTestId('submit-confirm').click()
    await expect.poll(() => page.getByTestId('review').getAttribute('data-status')).toBe('submitted')
    expect(await page.getByTestId('score-total').innerText()).toBe('94')
    // 94 would be 优秀, but a basic-element problem rules it out.
    expect(await page.getByTestId('grade-badge').innerText()).toBe('良好')
    expect(await page.getByTestId('score-provisional').count()).toBe(0)
    campaignName = await page.getByTestId('review-campaign-name').innerText()
  }, 60_000)

  it('exports the campaign to a workbook that holds the score', async () => {
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaign-row').filter({ hasText: campaignName }).click()
    // The case scored shows its submitted score; one nobody has begun says 未评, not 100.
    const scored = page.getByTestId('score-cell').and(page.locator('[data-stage="final"]'))
    await expect.poll(() => scored.allInnerTexts()).toContain('94')
    expect(await page.getByTestId('score-cell').and(page.locator('[data-stage="unscored"]')).first().innerText()).toBe('未评')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-campaign').click()])
    const file = join(app.dataDir, 'downloaded.xlsx')
    await download.saveAs(file)
    expect(download.suggestedFilename().startsWith(`${campaignName}-评查结果-`)).toBe(true)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const sheet = wb.getWorksheet('评查结果')!
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === FIRST_CASE)!
    expect(row.getCell(9).value).toBe(94)
    expect(row.getCell(10).value).toBe('良好')
    expect(String(row.getCell(13).value)).toContain('卷内无处罚决定书送达回证')
    await app.screenshot('campaign')
  }, 90_000)
})
