import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, TEST_PASSWORD } from '../support/workspace'
import { chooseFiles, launchApp, keepFailureScreens, type RunningApp } from './harness'

let app: RunningApp
let page: Page
let dataDir: string
let assignmentId: number
let leadLogin: string

const HEADERS = ['违法行为代码', '违法行为', '法律依据', '法定幅度下限（元）', '法定幅度上限（元）', '裁量阶次', '适用情形', '罚款下限（元）', '罚款上限（元）']
const BIN = ['bin_overflow', '垃圾桶满溢未清运', '《上海市生活垃圾管理条例》第五十七条第二款', 50, 200]

/** One case filed 12 working days after discovery (2023-03-01 → 03-17), in a campaign for this PC's reviewer. */
async function prepareWorkspace(): Promise<string> {
  const ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const created = await ws.call('cases.create', caseInput(squadIds[0], { discoveredOn: '2023-03-01', filedOn: '2023-03-17' }))
  const { assignmentIds } = await seedCampaign(ws, [created.id])
  assignmentId = assignmentIds[0]
  // The reviewer of the campaign (a lead) signs in at the app.
  leadLogin = (await ws.app.ctx.db.selectFrom('accounts').select('login').where('reviewerId', 'is not', null).executeTakeFirstOrThrow()).login
  // The app opens the same folder next: only the services close here.
  await ws.app.close()
  return ws.dir
}

async function writeBaseline(rows: unknown[][], name: string): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('裁量基准')
  for (const row of [HEADERS, ...rows]) sheet.addRow(row)
  const path = join(dataDir, name)
  await wb.xlsx.writeFile(path)
  return path
}

/** Follows an in-app link: only the hash changes, as the app's own navigation does. */
const goTo = async (hash: string) => {
  await page.evaluate((h) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
  }, hash)
}
const filingFinding = () => page.locator('[data-testid="finding"][data-key="deadline:filing"]')

beforeAll(async () => {
  dataDir = await prepareWorkspace()
  app = await launchApp({ dataDir, account: { login: leadLogin, password: TEST_PASSWORD } })
  page = app.page
}, 120_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'settings-')

describe('settings a lead keeps: calendar, discretion baseline, time limits', () => {
  it('shows the filing finding against the default 7-working-day limit', async () => {
    await goTo(`/review/${assignmentId}`)
    await filingFinding().waitFor({ timeout: 30_000 })
    expect(await filingFinding().getAttribute('data-outcome')).toBe('problem')
    expect(await filingFinding().innerText()).toContain('期限7个工作日')
  }, 60_000)

  it('adds a local working day to the calendar, saves it, and finds it after a reload', async () => {
    await goTo('/settings?tab=calendar')
    await page.getByTestId('calendar-covered').waitFor()
    expect(await page.getByTestId('calendar-covered').innerText()).toMatch(/\d{4}–20\d\d年/)
    await page.getByTestId('calendar-add').click()
    const row = page.getByTestId('calendar-row').last()
    await row.locator('.ant-picker input').click()
    await row.locator('.ant-picker input').fill('2024-10-08')
    await row.locator('.ant-picker input').press('Enter')
    await row.locator('.ant-select').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '上班' }).click()
    await row.getByTestId('calendar-note').fill('区政府通知调休')
    await app.screenshot('settings-calendar-editing')
    await page.getByTestId('calendar-save').click()
    await page.getByText('已保存，共 1 条本地调整').waitFor()

    await app.reload()
    await goTo('/settings?tab=calendar')
    const saved = page.locator('[data-testid="calendar-row"][data-date="2024-10-08"]')
    await saved.waitFor()
    expect(await saved.getByTestId('calendar-note').inputValue()).toBe('区政府通知调休')
    expect(await saved.locator('.ant-select').innerText()).toContain('上班')
    expect(await page.getByTestId('calendar-save').isDisabled()).toBe(true)
    await app.screenshot('settings-calendar')
  }, 60_000)

  it('replaces the example baseline with an imported xlsx; a bad file names its row and changes nothing', async () => {
    await goTo('/settings?tab=discretion')
    await page.getByTestId('discretion-example-banner').waitFor()
    expect(await page.getByTestId('discretion-example-banner').innerText()).toContain('示例数据，请替换为本局裁量基准')
    expect(await page.getByTestId('discretion-row').count()).toBeGreaterThanOrEqual(15)
    await page.locator('[data-testid="discretion-row"][data-code="street_vending"] .ant-table-row-expand-icon').click()
    await page.getByTestId('discretion-tiers').first().waitFor()
    await app.screenshot('settings-discretion-example')

    const bad = await writeBaseline([[...BIN, '一般处罚', '首次', 50, '一百']], '有误的裁量基准.xlsx')
    await chooseFiles(page, bad, () => page.getByTestId('discretion-import').click())
    const error = page.getByTestId('discretion-import-error')
    await error.waitFor()
    expect(await error.innerText()).toContain('第2行「罚款上限（元）」：“一百”不是有效金额（单位：元）')
    await app.screenshot('settings-discretion-import-error')
    await page.locator('.ant-modal-confirm-btns button').click()
    expect(await page.getByTestId('discretion-example-banner').isVisible()).toBe(true)

    const good = await writeBaseline(
      [
        [...BIN, '一般处罚', '首次发现，责令后改正', 50, 100],
        [...BIN, '从重处罚', '拒不改正', 100, 200],
      ],
      '本局裁量基准.xlsx',
    )
    await chooseFiles(page, good, () => page.getByTestId('discretion-import').click())
    await page.getByText('已导入 2 个裁量档次，现按“本局裁量基准”核查').waitFor()
    await expect.poll(() => page.getByTestId('discretion-example-banner').count()).toBe(0)
    expect(await page.getByTestId('discretion-row').count()).toBe(1)
    const row = page.locator('[data-testid="discretion-row"][data-code="bin_overflow"]')
    expect(await row.innerText()).toContain('垃圾桶满溢未清运')
    await row.locator('.ant-table-row-expand-icon').click()
    expect(await page.getByTestId('discretion-tiers').innerText()).toContain('拒不改正')
    await app.screenshot('settings-discretion-imported')
  }, 60_000)

  it('edits a violation’s tier; a tier that overlaps the next is refused with its place named', async () => {
    await page.locator('[data-testid="discretion-row"][data-code="bin_overflow"]').getByTestId('discretion-edit').click()
    const generalMax = page.getByTestId('discretion-entry-tier').first().locator('[data-testid="discretion-tier-max"] input, input[data-testid="discretion-tier-max"]').first()
    await generalMax.waitFor()
    expect(await generalMax.inputValue()).toBe('100.00')
    await generalMax.fill('120')
    await page.getByTestId('discretion-entry-save').click()
    const refusal = page.getByTestId('discretion-entry-error')
    await refusal.waitFor()
    expect(await refusal.innerText()).toContain('第1项“垃圾桶满溢未清运”“从重”档：“从重”档次的下限不应低于“一般”档次的上限')
    await app.screenshot('settings-discretion-edit-refused')

    await generalMax.fill('80')
    await page.getByTestId('discretion-entry-save').click()
    await page.getByText('已保存裁量基准').waitFor()
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0)
    expect(await page.getByTestId('discretion-tiers').innerText()).toContain('50–80 元')
  }, 60_000)

  it('lengthens the filing limit; it persists, and the review page’s finding follows it', async () => {
    await goTo('/settings?tab=deadlines')
    const days = page.getByTestId('deadline-days-filing').locator('input').or(page.locator('input[data-testid="deadline-days-filing"]')).first()
    await days.waitFor()
    expect(await days.inputValue()).toBe('7')
    await app.screenshot('settings-deadlines')
    await days.fill('15')
    await page.getByTestId('deadline-article-filing').fill('区城管执法局案件办理规定第八条')
    await page.getByTestId('deadlines-save').click()
    await page.getByText('期限设置已保存，自动核查已按新期限计算').waitFor()

    await app.reload()
    await goTo('/settings?tab=deadlines')
    await days.waitFor()
    expect(await days.inputValue()).toBe('15')
    expect(await page.locator('[data-testid="deadline-row"][data-rule="filing"]').innerText()).toContain('默认 7 个工作日')
    await app.screenshot('settings-deadlines-changed')

    await goTo(`/review/${assignmentId}`)
    await expect.poll(() => filingFinding().getAttribute('data-outcome'), { timeout: 30_000 }).toBe('ok')
    expect(await filingFinding().innerText()).toContain('期限15个工作日')
    await app.screenshot('settings-review-after')
  }, 60_000)

  it('speaks English when switched, on every settings tab', async () => {
    await page.getByTestId('lang-switch').click()
    await goTo('/settings?tab=deadlines')
    await expect.poll(() => page.locator('[data-testid="deadline-row"][data-rule="filing"]').innerText()).toContain('From discovery of the violation to filing')
    await app.screenshot('settings-deadlines-en')
    await goTo('/settings?tab=calendar')
    await expect.poll(() => page.getByTestId('calendar-tab').innerText()).toContain('Local changes')
    await goTo('/settings?tab=discretion')
    await expect.poll(() => page.getByTestId('discretion-tab').innerText()).toContain('Import Excel')
    await app.screenshot('settings-discretion-en')
    await page.getByTestId('lang-switch').click()
  }, 60_000)
})
