import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, TEST_PASSWORD } from '../support/workspace'
import { writeRegisterXlsx } from '../support/register'
import { gbk } from '../support/gbk'
import { chooseFiles, keepFailureScreens, launchApp, type RunningApp } from './harness'
import { importTable } from './steps/register-import'
import { pick } from './steps/people'
import { fillRange, startCampaign } from './steps/campaigns'

const LEAD = { login: 'wangmin', password: TEST_PASSWORD }
let app: RunningApp
let page: Page
let dataDir: string
const files: string[] = []

const AV_REGISTER = [
  ['记录编号', '录制日期', '执法中队', '执法人员', '关联案号', '时长', '存储位置'],
  ['DSJ-2023-0001', '2023-04-03', '夏阳街道中队', '张伟、李娜', '青城管罚字〔2023〕第01001号', '12:35', '执法记录仪管理平台/2023/04'],
  ['DSJ-2023-0002', '2023-04-05', '盈浦街道中队', '陈刚', '', '1小时2分5秒', '执法记录仪管理平台/2023/04'],
  ['DSJ-2023-0003', '2023-04-09', '夏阳街道中队', '张伟', '', '95', '光盘 2023-04'],
]

const COMPLAINTS = [
  '工单编号,来源,受理时间,诉求内容,事发地址,被投诉人,承办单位,办理结果,办结日期,答复日期',
  'GD2023-001,12345热线,2023/3/1,夜间施工噪声扰民,青浦区华新镇华腾路8号,某建设公司,夏阳街道中队,已责令停工整改,2023/3/5,2023/3/6',
  'GD2023-002,信访,2023/4/1,夜间施工噪声扰民,青浦区华新镇华腾路８号,某建设公司,夏阳街道中队,已立案查处,2023/4/9,2023/4/10',
  'GD2023-003,市民热线,2023/6/1,夜间施工仍未停止,青浦区 华新镇华腾路8号,,夏阳街道中队,,,',
  'GD2023-004,12345热线,2023/6/2,渣土撒落,青浦区外青松公路,某运输公司,盈浦街道中队,已处理,2023/6/5,2023/6/6',
]

// Runs in the page (the tests are typed without the DOM): 15 frames of colour through MediaRecorder, as base64.
const RECORD_WEBM = `(async () => {
  const canvas = document.createElement('canvas')
  canvas.width = 320
  canvas.height = 240
  const g = canvas.getContext('2d')
  const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm' })
  const parts = []
  recorder.ondataavailable = (e) => parts.push(e.data)
  const stopped = new Promise((resolve) => (recorder.onstop = resolve))
  recorder.start()
  for (let i = 0; i < 15; i++) {
    g.fillStyle = 'hsl(' + i * 24 + ', 70%, 50%)'
    g.fillRect(0, 0, 320, 240)
    await new Promise((r) => setTimeout(r, 66))
  }
  recorder.stop()
  await stopped
  const bytes = new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer())
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return btoa(text)
})()`

/** A short WebM recorded by the page's own MediaRecorder: a real video the app's player must play. */
const recordWebm = async (page: Page) => Buffer.from(await page.evaluate<string>(RECORD_WEBM), 'base64')

const rows = () => page.locator('.ant-table-tbody tr.ant-table-row')

beforeAll(async () => {
  const ws = await openTestWorkspace({ signedIn: false })
  dataDir = ws.dir
  await ws.call('workspace.startEmpty', { reviewerName: '王敏', login: LEAD.login, password: LEAD.password })
  // The case the first recording belongs to.
  const squad = await ws.app.ctx.db.selectFrom('squads').select('id').where('name', '=', '夏阳街道中队').executeTakeFirstOrThrow()
  await ws.call('cases.create', caseInput(squad.id, { caseNumber: '青城管罚字〔2023〕第01001号' }))
  await ws.app.close()
  const stamp = Date.now()
  files.push(await writeRegisterXlsx(join(dataDir, '..', `音像记录台账-${stamp}.xlsx`), { rows: 0, table: AV_REGISTER }))
  files.push(join(dataDir, '..', `12345工单-${stamp}.csv`))
  await writeFile(files[1]!, gbk(COMPLAINTS.join('\r\n')))
  app = await launchApp({ dataDir, account: LEAD })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
  for (const f of files) await rm(f, { force: true })
})
keepFailureScreens(() => app)

describe('the A/V and complaint registers, on an install started empty', () => {
  it('imports an A/V register, attaches a video and plays it in the app', async () => {
    await page.getByTestId('nav-avRecords').click()
    const outcome = await importTable(page, 'avRecords', files[0]!, { createMissing: true })
    expect(outcome.counts).toMatchObject({ rows: 3, created: 3, invalid: 0 })
    await expect.poll(() => rows().count()).toBe(3)
    expect(await rows().first().innerText()).toContain('1:35')

    const video = join(dataDir, '..', `DSJ-2023-0003-${Date.now()}.webm`)
    files.push(video)
    await writeFile(video, await recordWebm(page))
    await chooseFiles(page, video, () => rows().first().getByTestId('av-attach').click())
    await rows().first().getByTestId('av-play').waitFor()
    await rows().first().getByTestId('av-play').click()
    await page.getByTestId('av-video').waitFor()
    await expect.poll(() => page.getByTestId('av-video').evaluate((v) => (v as unknown as { readyState: number }).readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
    expect(await page.getByTestId('av-unplayable').count()).toBe(0)
    await app.screenshot('registers-01-av-video')

    // The case page lists the recordings of its case.
    await page.keyboard.press('Escape')
    await page.getByRole('link', { name: '青城管罚字〔2023〕第01001号' }).click()
    await page.getByTestId('case-av-records').waitFor()
    expect(await page.getByTestId('case-av-records').innerText()).toContain('DSJ-2023-0001')
    await app.screenshot('registers-01b-case-av-records')
    await page.getByTestId('nav-avRecords').click()
  })

  it('imports a GBK complaint register from the 12345 system and flags the repeat complaints', async () => {
    await page.keyboard.press('Escape')
    await page.getByTestId('nav-complaints').click()
    const outcome = await importTable(page, 'complaints', files[1]!, { createMissing: true })
    expect(outcome.counts).toMatchObject({ rows: 4, created: 4, invalid: 0 })
    await expect.poll(() => rows().count()).toBe(4)
    await expect.poll(() => page.getByTestId('complaint-repeat').count()).toBe(3)
    expect(await page.getByTestId('complaint-summary').innerText()).toMatch(/4.*3/)
    await app.screenshot('registers-02-complaints')

    // A stricter rule (4 on one address) leaves no repeats.
    await page.getByTestId('repeat-rule-open').click()
    await page.locator('input[data-testid="repeat-rule-count"], [data-testid="repeat-rule-count"] input').fill('4')
    await page.getByTestId('repeat-rule-save').click()
    await expect.poll(() => page.getByTestId('complaint-repeat').count()).toBe(0)
    // And back to the plan's three.
    await page.getByTestId('repeat-rule-open').click()
    await page.locator('input[data-testid="repeat-rule-count"], [data-testid="repeat-rule-count"] input').fill('3')
    await page.getByTestId('repeat-rule-save').click()
    await expect.poll(() => page.getByTestId('complaint-repeat').count()).toBe(3)
  })

  it('runs a campaign on the complaints: every repeat drawn, one reviewed on the complaint rubric', async () => {
    await page.getByTestId('nav-complaints').click()
    await page.getByTestId('object-campaign-open').click()
    await fillRange(page.locator('.object-campaign-period'), ['2023-01-01', '2023-12-31'])
    await page.getByTestId('object-campaign-name').click()
    await page.locator('input[data-testid="object-campaign-percent"], [data-testid="object-campaign-percent"] input').fill('50')
    await app.screenshot('registers-02b-complaint-campaign')
    await page.locator('#object-campaign-submit').click()
    await page.getByTestId('campaign-objects').waitFor()
    // The three repeats always, and one other to make half of four.
    await expect.poll(() => page.locator('[data-testid="campaign-objects"] tr.ant-table-row').count()).toBe(3)
    await pick(page, page.getByTestId('objects-reviewers'), '王敏')
    await page.getByTestId('objects-assign').click()
    await expect.poll(() => page.getByTestId('object-review-link').count()).toBe(3)
    await startCampaign(page)
    await page.getByTestId('object-review-link').first().click()
    await page.getByTestId('review-object').waitFor()
    expect(await page.getByTestId('review-object').innerText()).toContain('夜间施工')
    const deduct = page.locator('[data-testid^="deduct-"]').first()
    await deduct.click()
    const option = page.locator('[data-testid^="deduction-option-"]').first()
    if (await option.count()) await option.click()
    await page.getByTestId('deduction-reason').fill('受理登记超过时限')
    await page.getByTestId('deduction-form-submit').click()
    await page.getByTestId('score-provisional').waitFor()
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
    await app.screenshot('registers-02c-complaint-review')
    await page.getByTestId('review-submit').click()
    if (await page.getByTestId('submit-confirm').count()) await page.getByTestId('submit-confirm').click()
    await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()
  })

  it('shows the year’s quota dashboard with the registers’ figures, and moves with the lead’s targets', async () => {
    await page.getByTestId('nav-quotas').click()
    await page.getByTestId('quota-year').click()
    await page.getByTestId('quota-year').fill('2023')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('quota-complaints').innerText()).toContain('4')
    expect(await page.getByTestId('quota-avRecords-value').innerText()).toMatch(/^0\s*\/\s*目标 100$/)
    expect(await page.getByTestId('quota-uncovered').innerText()).toContain('陈刚')
    await app.screenshot('registers-03-quotas')

    await page.getByTestId('quota-targets-open').click()
    await page.locator('input[data-testid="quota-target-avRecordsPerYear"], [data-testid="quota-target-avRecordsPerYear"] input').fill('120')
    await page.locator('#quota-targets-save').click()
    await expect.poll(() => page.getByTestId('quota-avRecords-value').innerText()).toMatch(/目标 120$/)
    await page.getByTestId('quota-quarter').getByText('第2季度').click()
    await expect.poll(() => page.getByTestId('quota-avRecords-value').innerText()).toMatch(/目标 30$/)

    // A figure opens its objects, on the period's filters: the second quarter's three complaints.
    await page.getByTestId('quota-complaints-open').click()
    await expect.poll(() => rows().count()).toBe(3)
    await page.getByTestId('nav-quotas').click()
  })

  it('reads the same in English', async () => {
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('nav-quotas').innerText()).toBe('Yearly quotas')
    expect(await page.getByTestId('quota-avRecords').innerText()).toContain('A/V records reviewed')
    await app.screenshot('registers-04-quotas-en')
    await page.getByTestId('nav-complaints').click()
    await expect.poll(() => page.getByTestId('complaint-summary').innerText()).toMatch(/^3 complaints/)
    await app.screenshot('registers-05-complaints-en')
    await page.getByTestId('nav-avRecords').click()
    await expect.poll(() => rows().count()).toBe(3)
    await app.screenshot('registers-06-av-records-en')
    await page.getByTestId('lang-switch').click()
  })
})
