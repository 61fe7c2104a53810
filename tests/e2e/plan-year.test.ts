import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, TEST_PASSWORD } from '../support/workspace'
import { seedScoredCampaign } from '../support/scored-campaign'
import { plainPdf } from '../support/pdf-bytes'
import { writeRegisterXlsx } from '../support/register'
import { gbk } from '../support/gbk'
import { chooseFiles, keepFailureScreens, launchApp, type RunningApp } from './harness'
import { importTable } from './steps/register-import'
import { goTo, pick } from './steps/people'
import { assignObjectsAndStart, assignReviewers, closeCampaign, createObjectCampaign, startCampaign } from './steps/campaigns'
import { issueNotices, recordReply } from './steps/rectification'
import { reviewCase } from './steps/review'

const LEAD = { login: 'wangmin', password: TEST_PASSWORD }
const MONTHLY = '2023年4月案卷月度抽查'
const AV_CAMPAIGN = '2023年音像记录抽查'
const FOLLOW_UP = '2023年6月整改回头看'
const CASES = ['青城管罚字〔2023〕第01001号', '青城管罚字〔2023〕第01002号', '青城管罚字〔2023〕第01003号'] as const
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

/** 年度台账 of a year, the whole year. */
async function openQuotas(year: number) {
  await page.getByTestId('nav-quotas').click()
  await page.getByTestId('quota-year').click()
  await page.getByTestId('quota-year').fill(String(year))
  await page.keyboard.press('Enter')
  await page.getByTestId('quota-quarter').getByText('全年').click()
}

beforeAll(async () => {
  const ws = await openTestWorkspace({ signedIn: false })
  dataDir = ws.dir
  await ws.call('workspace.startEmpty', { reviewerName: '王敏', login: LEAD.login, password: LEAD.password })
  // A month of case reviewing done, not yet closed: the first case is also the first recording's.
  const squads = await ws.app.ctx.db.selectFrom('squads').select(['id', 'name']).execute()
  const squadId = (name: string) => squads.find((s) => s.name === name)!.id
  const caseIds: number[] = []
  for (const [i, squad] of ['夏阳街道中队', '夏阳街道中队', '盈浦街道中队'].entries()) {
    caseIds.push((await ws.call('cases.create', caseInput(squadId(squad), { caseNumber: CASES[i], party: `当事人${i + 1}`, closedOn: '2023-05-10' }))).id)
  }
  const lead = await ws.app.ctx.db.selectFrom('reviewers').select('id').where('name', '=', '王敏').executeTakeFirstOrThrow()
  await seedScoredCampaign(ws, {
    name: MONTHLY,
    leadId: lead.id,
    startsOn: '2023-04-01',
    endsOn: '2023-04-30',
    cases: [
      { caseId: caseIds[0]!, scoring: { deductions: [{ itemId: 'S3.2', points: 4, reason: '罚款超出裁量档次', page: 3 }] } },
      { caseId: caseIds[1]!, scoring: { deductions: [{ itemId: 'S2.1', points: 2, reason: '笔录未逐页签名' }] } },
      { caseId: caseIds[2]!, scoring: { vetoes: ['V6'] } },
    ],
  })
  await ws.app.close()
  const stamp = Date.now()
  files.push(await writeRegisterXlsx(join(dataDir, '..', `音像记录台账-${stamp}.xlsx`), { rows: 0, table: AV_REGISTER }))
  files.push(join(dataDir, '..', `12345工单-${stamp}.csv`))
  await writeFile(files[1]!, gbk(COMPLAINTS.join('\r\n')))
  files.push(join(dataDir, '..', `整改材料-${stamp}.pdf`))
  await writeFile(files[2]!, plainPdf())
  app = await launchApp({ dataDir, account: LEAD })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
  for (const f of files) await rm(f, { force: true })
})
keepFailureScreens(() => app)

describe('the plan’s year on an install started empty: registers, campaigns on each, 整改 and 回头看, 年度台账', () => {
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
    await app.screenshot('plan-year-01-av-video')

    // The case page lists the recordings of its case.
    await page.keyboard.press('Escape')
    await page.getByRole('link', { name: '青城管罚字〔2023〕第01001号' }).click()
    await page.getByTestId('case-av-records').waitFor()
    expect(await page.getByTestId('case-av-records').innerText()).toContain('DSJ-2023-0001')
    await page.getByTestId('case-av-records').scrollIntoViewIfNeeded()
    await app.screenshot('plan-year-01b-case-av-records')
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
    await app.screenshot('plan-year-02-complaints')

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
    const drawn = await createObjectCampaign(page, {
      period: ['2023-01-01', '2023-12-31'],
      percent: 50,
      beforeSubmit: async () => {
        // The name follows the period's year.
        expect(await page.getByTestId('object-campaign-name').inputValue()).toBe('2023年投诉举报办理抽查')
        await app.screenshot('plan-year-02b-complaint-campaign')
      },
    })
    // The three repeats always, and one other to make half of four.
    expect(drawn).toBe(3)
    await assignObjectsAndStart(page, ['王敏'])
    expect(await page.getByTestId('object-review-link').count()).toBe(3)
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
    await app.screenshot('plan-year-02c-complaint-review')
    await page.getByTestId('review-submit').click()
    if (await page.getByTestId('submit-confirm').count()) await page.getByTestId('submit-confirm').click()
    await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()
  })

  it('shows the year’s quota dashboard with the registers’ figures, and moves with the lead’s targets', async () => {
    await openQuotas(2023)
    await expect.poll(() => page.getByTestId('quota-complaints').innerText()).toContain('4')
    expect(await page.getByTestId('quota-avRecords-value').innerText()).toMatch(/^0\s*\/\s*目标 100$/)
    expect(await page.getByTestId('quota-uncovered').innerText()).toContain('陈刚')
    await app.screenshot('plan-year-03-quotas')

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

  it('runs a campaign on the A/V records: the reviewer’s queue, the video beside the rubric, closed and exported', async () => {
    await page.getByTestId('nav-avRecords').click()
    expect(await createObjectCampaign(page, { period: ['2023-01-01', '2023-12-31'], percent: 100, name: AV_CAMPAIGN, beforeSubmit: () => app.screenshot('plan-year-04a-av-campaign') })).toBe(3)
    // Every officer in at least one recording: 张伟 and 李娜's, and 陈刚's, are drawn whatever the share.
    await expect.poll(() => page.getByTestId('campaign-objects').getByText('必查（覆盖队员）').count()).toBe(2)
    await assignObjectsAndStart(page, ['王敏'])
    await app.screenshot('plan-year-04b-av-objects')

    // The reviewer's 工作台 lists the records with the cases.
    await goTo(page, '/')
    const card = page.getByTestId('workbench-campaign').filter({ hasText: AV_CAMPAIGN })
    await expect.poll(() => card.locator('tr.ant-table-row').count()).toBe(3)
    await app.screenshot('plan-year-04-av-queue')
    await card.locator('tr').filter({ hasText: 'DSJ-2023-0003' }).getByTestId('open-review').click()
    await page.getByTestId('review-video').waitFor()
    await page.getByTestId('deduct-S2.2').click()
    // A recording has no pages to point at.
    expect(await page.getByTestId('deduction-page').count()).toBe(0)
    await page.getByTestId('deduction-reason').fill('未告知当事人正在录音录像')
    await page.getByTestId('deduction-form-submit').click()
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
    await app.screenshot('plan-year-05-av-review')
    await page.getByTestId('review-submit').click()
    if (await page.getByTestId('submit-confirm').count()) await page.getByTestId('submit-confirm').click()
    await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()

    // Closed with two records left, and its results exported.
    await goTo(page, '/campaigns')
    await page.getByTestId('campaign-row').filter({ hasText: AV_CAMPAIGN }).click()
    await closeCampaign(page)
    expect(await page.getByTestId('object-review-link').first().innerText()).toMatch(/已提交 · 95 分|未开始/)
    await page.getByTestId('export-campaign').click()
    const exports = join(dataDir, 'exports')
    await expect.poll(async () => (await readdir(exports).catch((): string[] => [])).filter((f) => f.startsWith(AV_CAMPAIGN)), { timeout: 60_000 }).toHaveLength(1)
    await goTo(page, '/campaigns')
    expect(await page.getByTestId('campaign-row').filter({ hasText: AV_CAMPAIGN }).innerText()).toContain('3 条音像记录')
    await app.screenshot('plan-year-06-campaigns')
  }, 120_000)

  it('closes the month’s case campaign and issues 整改 notices; a squad replies with its file and the lead verifies', async () => {
    await goTo(page, '/campaigns')
    await page.getByTestId('campaign-row').filter({ hasText: MONTHLY }).click()
    await closeCampaign(page)
    await page.getByTestId('nav-rectification').click()
    await page.getByTestId('notices-empty').waitFor()
    await issueNotices(page, { campaign: MONTHLY, squads: 2, issuedOn: '2023-05-04', requirement: '逐案逐项整改，能补正的及时补正。' })
    await page.getByTestId('notice-row').filter({ hasText: '夏阳街道中队' }).click()
    await expect.poll(() => page.getByTestId('problem-row').count()).toBe(2)
    await recordReply(page, { repliedOn: '2023-05-22', note: '已组织全体队员学习文书制作规范', file: files[2]! })
    expect(await page.getByTestId('notice-file').count()).toBe(1)
    for (const row of await page.getByTestId('problem-row').all()) await pick(page, row.getByTestId('problem-verdict'), '已整改')
    await expect.poll(() => page.getByTestId('notice-state').innerText()).toBe('已办结')
    await app.screenshot('plan-year-07-notice-closed')

    // One of two notices closed on time: the dashboard's 整改 figure moves.
    await openQuotas(2023)
    await expect.poll(() => page.getByTestId('quota-rectification-value').innerText()).toMatch(/^1\s*\//)
    expect(await page.getByTestId('quota-rectification').innerText()).toContain('2')
  }, 120_000)

  it('runs a 回头看 on the same cases: the item found again reopens its problem and is flagged a repeat', async () => {
    await goTo(page, '/rectification')
    await page.getByTestId('follow-up').click()
    await page.getByTestId('follow-up-name').fill(FOLLOW_UP)
    await page.getByTestId('follow-up-submit').click()
    await expect.poll(() => page.url()).toMatch(/#\/campaigns\/\d+$/)
    await assignReviewers(page, ['王敏'])
    await startCampaign(page)
    // 01002's 笔录 still not signed on every page; 01001's discretion now right.
    await reviewCase(page, FOLLOW_UP, { caseNumber: CASES[1], deduct: { itemId: 'S2.1', reason: '笔录仍未逐页签名' } })
    await reviewCase(page, FOLLOW_UP, { caseNumber: CASES[0] })
    await goTo(page, '/campaigns')
    await page.getByTestId('campaign-row').filter({ hasText: FOLLOW_UP }).click()
    await closeCampaign(page)

    await goTo(page, '/rectification')
    const notice = page.getByTestId('notice-row').filter({ hasText: '夏阳街道中队' })
    await expect.poll(() => notice.innerText()).toContain('重复问题 1')
    await app.screenshot('plan-year-08-repeat')
    await notice.click()
    await expect.poll(async () => (await page.getByTestId('problem-follow-up').allInnerTexts()).sort()).toEqual(['回头看：已销号', '回头看：问题再次出现'])
    expect(await page.getByTestId('notice-state').innerText()).toBe('核查中')
    await app.screenshot('plan-year-08b-reopened')
  }, 180_000)

  it('shows the year moved: A/V reviewed, officers covered, and the reopened notice no longer on time', async () => {
    await openQuotas(2023)
    await expect.poll(() => page.getByTestId('quota-avRecords-value').innerText()).toMatch(/^1\s*\//)
    const uncovered = await page.getByTestId('quota-uncovered').innerText()
    expect(uncovered).toContain('陈刚')
    expect(uncovered).not.toContain('张伟')
    expect(await page.getByTestId('quota-caseFiles-value').innerText()).toMatch(/^3\s*\//)
    await expect.poll(() => page.getByTestId('quota-rectification-value').innerText()).toMatch(/^0\s*\//)
    await app.screenshot('plan-year-09-quotas-moved')
  })

  it('reads the same in English', async () => {
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('nav-quotas').innerText()).toBe('Yearly quotas')
    expect(await page.getByTestId('quota-avRecords').innerText()).toContain('A/V records reviewed')
    await app.screenshot('plan-year-10-quotas-en')
    await page.getByTestId('nav-complaints').click()
    await expect.poll(() => page.getByTestId('complaint-summary').innerText()).toMatch(/^3 complaints/)
    await app.screenshot('plan-year-11-complaints-en')
    await page.getByTestId('nav-avRecords').click()
    await expect.poll(() => rows().count()).toBe(3)
    await app.screenshot('plan-year-12-av-records-en')
    await page.getByTestId('lang-switch').click()
  })
})
