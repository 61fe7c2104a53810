import { execFile } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { scoreAndMarkTypical } from './steps/typical'
import { exportBulletin, openBulletin } from './steps/bulletin'
import { convertWithLibreOffice } from '../support/libreoffice'
import { ARTIFACTS_DIR } from '../support/paths'

// Before the monthly 讲评会, from the demo workspace and the UI only: two typical cases marked,
// the statistics for the campaign and the year, then everything the chief brings to the meeting
// (通报 .docx, results workbook, 案卷评查表 PDF, slides PDF), each looked at as printed pages.

const run = promisify(execFile)
const MONTHLY = '2023年12月案卷月度抽查'
const OUT = join(ARTIFACTS_DIR, 'meeting')
const A4: [width: number, height: number] = [595, 842]

let app: RunningApp
let page: Page
const caseNumbers: string[] = []

useRunningApp((running) => {
  app = running
  page = running.page
}, 'meeting-')

const text = (testId: string) => page.getByTestId(testId).innerText()

/** A4 pages (portrait or landscape) turned into PNGs under test-artifacts/meeting/<name>-N.png; returns the page count. */
async function picture(pdf: Buffer, name: string, orientation: 'portrait' | 'landscape'): Promise<number> {
  const file = join(OUT, `${name}.pdf`)
  await writeFile(file, pdf)
  const doc = await PDFDocument.load(pdf)
  const [width, height] = orientation === 'portrait' ? A4 : [A4[1], A4[0]]
  // 210 × 297 mm is 595.3 × 841.9 pt; Chromium rounds its page box up a point.
  for (const p of doc.getPages()) {
    expect(Math.abs(p.getWidth() - width)).toBeLessThan(1.5)
    expect(Math.abs(p.getHeight() - height)).toBeLessThan(1.5)
  }
  await run('pdftoppm', ['-r', '60', '-png', file, join(OUT, name)])
  return doc.getPageCount()
}

/** The printed text without the spaces pdftotext puts between Chinese and Latin runs. */
const pdfText = async (name: string) => (await run('pdftotext', [join(OUT, `${name}.pdf`), '-'])).stdout.replace(/[ \t]+/g, '')

/** Waits for a print view to finish drawing (crops, charts) and prints it as Chromium would. */
async function printView(landscape: boolean): Promise<Buffer> {
  await page.getByTestId('print-preview').waitFor()
  await page.waitForSelector('body[data-print-ready="1"]', { timeout: 120_000 })
  return page.pdf({ format: 'A4', landscape, printBackground: true })
}

async function openCampaignStatistics() {
  await goTo(page, '/reports')
  await page.getByTestId('reports-page').waitFor()
  // The page keeps the last scope chosen: back to campaigns.
  await page.getByTestId('stats-mode').getByText('按评查活动').click()
  await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
  await expect.poll(() => text('stats-scope')).toContain(MONTHLY)
}

describe('the meeting from the demo workspace', () => {
  it('marks two typical cases while reviewing', async () => {
    await rm(OUT, { recursive: true, force: true })
    await mkdir(OUT, { recursive: true })
    await page.getByTestId('load-demo').click()
    await page.getByTestId('case-row').first().waitFor({ timeout: 240_000 })
    for (const mark of [
      { reason: '处罚决定书未载明履行方式和期限', kind: 'bad' as const, note: '决定书要素缺失', rect: true },
      { reason: '现场检查笔录记录完整规范', kind: 'good' as const, note: '可作范本', rect: true },
    ]) {
      const { caseNumber, star } = await scoreAndMarkTypical(page, MONTHLY, mark)
      await expect.poll(() => star.getAttribute('data-typical-kind')).toBe(mark.kind)
      caseNumbers.push(caseNumber)
    }
  }, 420_000)

  it('shows the statistics for the campaign and for the year, with the typical cases', async () => {
    await openCampaignStatistics()
    await expect.poll(() => text('stats-evaluated-value')).toMatch(/^\d+$/)
    const typical = page.getByTestId('stats-typical-card').getByTestId('typical-case')
    await expect.poll(() => typical.count(), { timeout: 20_000 }).toBe(2)
    await app.screenshot('meeting-statistics-campaign')

    await page.getByTestId('stats-mode').getByText('按期间').click()
    await pick(page, page.getByTestId('stats-period-kind'), '年度')
    const year = new Date().getFullYear()
    await expect.poll(() => text('stats-scope')).toContain(`${year}-01-01 至 ${year}-12-31`)
    // This year holds the two results submitted today, and both marks.
    await expect.poll(() => text('stats-evaluated-value')).toBe('2')
    await expect.poll(() => typical.count()).toBe(2)
    await app.screenshot('meeting-statistics-year')
  }, 120_000)

  it('exports the 通报 as .docx that prints as a bulletin on A4', async () => {
    await openCampaignStatistics()
    await openBulletin(page)
    const exported = await exportBulletin(page, app.dataDir)
    expect(exported.text).toContain('存在的主要问题')
    for (const caseNumber of caseNumbers) expect(exported.text).toContain(caseNumber)
    const pages = await picture(await convertWithLibreOffice(exported.filePath, 'pdf'), 'bulletin', 'portrait')
    expect(pages).toBeGreaterThanOrEqual(2)
    const printed = await pdfText('bulletin')
    expect(printed).toContain(`关于${MONTHLY}情况的通报`)
    expect(printed).toContain('—1—')
  }, 180_000)

  it('exports the results workbook, whose summary prints one A4 landscape page wide', async () => {
    await goTo(page, '/campaigns')
    await page.getByTestId('campaign-row').filter({ hasText: MONTHLY }).click()
    const exports = join(app.dataDir, 'exports')
    const before = new Set(await readdir(exports).catch(() => []))
    await page.getByTestId('export-campaign').click()
    await expect.poll(async () => (await readdir(exports)).filter((f) => f.endsWith('.xlsx') && !before.has(f)).length, { timeout: 60_000 }).toBe(1)
    const workbook = (await readdir(exports)).find((f) => f.endsWith('.xlsx') && !before.has(f))!
    const pdf = await convertWithLibreOffice(join(exports, workbook), 'pdf')
    await picture(pdf, 'workbook', 'landscape')
    const printed = await pdfText('workbook')
    // The summary sheet comes first and its squad ranking is not cut into vertical strips.
    expect(printed.split('\f')[0]).toContain('汇总')
    expect(printed.split('\f')[0]).toMatch(/中队/)
  }, 180_000)

  it('prints every case’s 案卷评查表 as A4 pages with the evidence crops', async () => {
    await page.getByTestId('print-sheets').click()
    const pages = await picture(await printView(false), 'sheets', 'portrait')
    const cases = await page.getByTestId('sheet').count()
    expect(pages).toBeGreaterThanOrEqual(cases)
    const printed = await pdfText('sheets')
    expect(printed).toContain('案卷评查表')
    // The toasts of the exports just made stay on the screen, off the paper.
    expect(printed).not.toContain('已导出')
    for (const caseNumber of caseNumbers) expect(printed).toContain(caseNumber)
    expect(await page.locator('[data-testid="evidence-crop"][data-crop-state="drawn"]').count()).toBeGreaterThanOrEqual(2)
  }, 240_000)

  it('prints the slides one per landscape A4 page, typical cases with their crops', async () => {
    await openCampaignStatistics()
    await page.getByTestId('present').click()
    const deck = page.getByTestId('presentation')
    await deck.getByTestId('slide').waitFor({ timeout: 30_000 })
    const total = Number(await deck.getAttribute('data-total'))
    await page.getByTestId('deck-pdf').click()
    const pages = await picture(await printView(true), 'slides', 'landscape')
    expect(pages).toBe(total)
    expect(await page.locator('[data-testid="slide-print-page"] [data-testid="evidence-crop"][data-crop-state="drawn"]').count()).toBe(2)
    const printed = await pdfText('slides')
    for (const caseNumber of caseNumbers) expect(printed).toContain(caseNumber)
  }, 240_000)
})
