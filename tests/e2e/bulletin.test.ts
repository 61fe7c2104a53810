import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { reviewCase } from './steps/review'
import { editParagraph, exportBulletin, openBulletin, saveBulletin } from './steps/bulletin'
import { convertWithLibreOffice } from '../support/libreoffice'
import { ARTIFACTS_DIR } from '../support/paths'

const MONTHLY = '2023年12月案卷月度抽查'
const EDITED = '本月抽查的案卷总体规范，个别案卷处罚决定书要素不全，须引起重视。'
let app: RunningApp
let page: Page

useRunningApp((running) => {
  app = running
  page = running.page
})

describe('通报 from the 统计与讲评 page', () => {
  it('loads the demo and scores a case of the monthly spot check', async () => {
    await page.getByTestId('load-demo').click()
    await page.getByTestId('case-row').first().waitFor({ timeout: 240_000 })
    const scored = await reviewCase(page, MONTHLY, { deduct: { reason: '处罚决定书未写明履行方式' } })
    expect(Number(scored.total)).toBeLessThan(100)
  }, 300_000)

  it('sets a red header in 设置 → 通报', async () => {
    await goTo(page, '/settings?tab=bulletin')
    await page.getByTestId('bulletin-settings').waitFor()
    await page.getByTestId('bulletin-settings-red-header').click()
    await page.getByTestId('bulletin-settings-body').fill('上海市青浦区城市管理行政执法局')
    await page.getByTestId('bulletin-settings-pattern').fill('青城管督〔{year}〕{number}号')
    await expect.poll(() => page.getByTestId('bulletin-settings-preview').innerText()).toMatch(/^示例：青城管督〔\d{4}〕3号$/)
    await page.getByTestId('bulletin-settings-save').click()
    await page.locator('.ant-message').getByText('通报设置已保存').waitFor()
    await app.screenshot('bulletin-settings')
  }, 60_000)

  it('opens the editor with the text generated from the campaign’s statistics', async () => {
    await goTo(page, '/reports')
    await page.getByTestId('reports-page').waitFor()
    await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
    await openBulletin(page)
    expect(await page.getByTestId('bulletin-title').inputValue()).toBe(`关于${MONTHLY}情况的通报`)
    expect(await page.getByTestId('bulletin-state').innerText()).toContain('自动生成的草稿')
    expect(await page.getByTestId('bulletin-overview-text-0').inputValue()).toMatch(/^本次评查共抽取案卷\d+件.*已完成评查1件/)
    expect(await page.getByTestId('bulletin-ranking').locator('tbody tr.ant-table-row').count()).toBe(1)
    expect(await page.getByTestId('bulletin-rectification').count()).toBe(1)
    await app.screenshot('bulletin-editor')
  }, 60_000)

  it('keeps an edited paragraph, and exports it into the .docx', async () => {
    await editParagraph(page, 'bulletin-overview-text-0', EDITED)
    await saveBulletin(page)
    expect(await page.getByTestId('bulletin-state').innerText()).toMatch(/^已保存：王敏/)
    // Closed and opened again, the editor shows what was kept.
    await page.locator('.ant-drawer-close').click()
    await page.getByTestId('bulletin-editor').waitFor({ state: 'detached' })
    await openBulletin(page)
    await expect.poll(() => page.getByTestId('bulletin-overview-text-0').inputValue()).toBe(EDITED)
    const exported = await exportBulletin(page, app.dataDir)
    expect(exported.fileName).toMatch(new RegExp(`^关于${MONTHLY}情况的通报-\\d{8}-\\d{6}\\.docx$`))
    const lines = exported.text.split('\n')
    expect(lines).toContain(EDITED)
    expect(lines).toContain('上海市青浦区城市管理行政执法局')
    expect(lines.some((l) => /^青城管督〔\d{4}〕1号$/.test(l))).toBe(true)
    expect(lines.slice(-2)[0]).toBe('执法监督科')

    // The document as LibreOffice prints it, kept as pictures to look at.
    const dir = join(ARTIFACTS_DIR, 'bulletin-e2e')
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    const pdf = await convertWithLibreOffice(exported.filePath, 'pdf')
    const doc = await PDFDocument.load(pdf)
    for (const p of doc.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([595, 842])
    await writeFile(join(dir, 'bulletin.pdf'), pdf)
    await promisify(execFile)('pdftoppm', ['-r', '60', '-png', join(dir, 'bulletin.pdf'), join(dir, 'page')])
  }, 180_000)

  it('regenerates from the statistics after confirming, discarding the edit', async () => {
    await page.getByTestId('bulletin-regenerate').click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确 定' }).or(page.locator('.ant-popconfirm').getByRole('button', { name: '确定' })).click()
    await page.locator('.ant-message').getByText('已按当前统计重新生成').waitFor()
    expect(await page.getByTestId('bulletin-overview-text-0').inputValue()).not.toBe(EDITED)
    expect(await page.getByTestId('bulletin-state').innerText()).toContain('自动生成的草稿')
  }, 60_000)
})
