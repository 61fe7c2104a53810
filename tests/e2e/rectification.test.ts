import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedRegistry, TEST_PASSWORD } from '../support/workspace'
import { seedScoredCampaign } from '../support/scored-campaign'
import { plainPdf } from '../support/pdf-bytes'
import { keepFailureScreens, launchApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { issueNotices, recordReply } from './steps/rectification'

const LEAD = { login: 'wangmin', password: TEST_PASSWORD }
const CAMPAIGN = '2023年4月案卷月度抽查'
let app: RunningApp
let page: Page
let dataDir: string
let replyFile: string
let campaignId: number

beforeAll(async () => {
  // An empty install whose lead has run one monthly spot check to its end, through the services.
  const ws = await openTestWorkspace({ signedIn: false })
  dataDir = ws.dir
  await ws.call('workspace.startEmpty', { reviewerName: '王敏', login: LEAD.login, password: LEAD.password, withDefaultSquads: false })
  const { squadIds } = await seedRegistry(ws)
  const cases = []
  for (const [i, squadId] of [squadIds[0], squadIds[0], squadIds[1]].entries()) {
    cases.push((await ws.call('cases.create', caseInput(squadId, { caseNumber: `青城管罚字〔2023〕第0300${i + 1}号`, party: `当事人${i + 1}` }))).id)
  }
  const lead = await ws.app.ctx.db.selectFrom('reviewers').select('id').where('name', '=', '王敏').executeTakeFirstOrThrow()
  campaignId = await seedScoredCampaign(ws, {
    name: CAMPAIGN,
    leadId: lead.id,
    startsOn: '2023-04-01',
    endsOn: '2023-04-30',
    cases: [
      { caseId: cases[0]!, scoring: { deductions: [{ itemId: 'S3.2', points: 4, reason: '罚款超出裁量档次', page: 3 }, { itemId: 'S2.1', points: 2, reason: '笔录未签名', page: 5 }] } },
      { caseId: cases[1]!, scoring: { deductions: [{ itemId: 'S2.1', points: 2, reason: '笔录未逐页签名' }] } },
      { caseId: cases[2]!, scoring: { vetoes: ['V6'] } },
    ],
  })
  await ws.call('campaigns.close', { campaignId })
  replyFile = join(dataDir, '..', `整改材料-${Date.now()}.pdf`)
  await writeFile(replyFile, plainPdf())
  await ws.app.close()
  app = await launchApp({ dataDir, account: LEAD })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
  if (replyFile) await rm(replyFile, { force: true })
})
keepFailureScreens(() => app)

describe('整改 from a closed campaign, on an install started empty', () => {
  it('issues a notice to each squad with problems, its deadline on the working-day calendar', async () => {
    await page.getByTestId('nav-rectification').click()
    await page.getByTestId('notices-empty').waitFor()
    await issueNotices(page, { campaign: CAMPAIGN, squads: 2, issuedOn: '2023-05-04', requirement: '逐案逐项整改，能补正的及时补正。', beforeSubmit: () => app.screenshot('rectification-01-issue') })
    await expect.poll(() => page.getByTestId('notice-row').count()).toBe(2)
    const first = await page.getByTestId('notice-row').first().innerText()
    expect(first).toContain('夏阳街道中队')
    expect(first).toContain('2023-05-24')
    expect(first).toContain('已逾期')
    await app.screenshot('rectification-02-list')
    // The lead's workbench says so too.
    await goTo(page, '/')
    await expect.poll(() => page.getByTestId('overdue-notices').innerText()).toContain('2 份整改通知已逾期')
    await app.screenshot('rectification-02-workbench')
    await goTo(page, '/rectification')
  }, 90_000)

  it('records the squad’s reply with its file, numbered and with a responsible person', async () => {
    await page.getByTestId('notice-row').first().click()
    await page.getByTestId('notice-page').waitFor()
    expect(await page.getByTestId('problem-row').count()).toBe(3)
    await page.getByTestId('notice-edit').click()
    await page.getByTestId('notice-doc-number').fill('青城管整改〔2023〕1号')
    await page.getByTestId('notice-responsible').fill('张伟')
    await page.getByTestId('notice-edit-save').click()
    await page.getByText('青城管整改〔2023〕1号').waitFor()
    await recordReply(page, { repliedOn: '2023-05-22', note: '已组织全体队员学习文书制作规范', file: replyFile, beforeSave: () => app.screenshot('rectification-03-reply') })
    expect(await page.getByTestId('notice-replied').innerText()).toContain('2023年5月22日')
    expect(await page.getByTestId('notice-file').count()).toBe(1)
    // Opened in the scan viewer, in the window.
    await page.getByTestId('notice-file-open').click()
    await page.getByTestId('file-preview').locator('canvas').first().waitFor()
    await app.screenshot('rectification-03-file')
    await page.keyboard.press('Escape')
    await page.getByTestId('file-preview').waitFor({ state: 'detached' })
    expect(await page.getByTestId('notice-state').innerText()).toBe('核查中')
    expect(await page.getByTestId('notice-overdue').count()).toBe(0)
  }, 90_000)

  it('verifies each problem, a partial one with its reason, until the notice is closed', async () => {
    const verdict = (row: number) => page.getByTestId('problem-row').nth(row).getByTestId('problem-verdict')
    await pick(page, verdict(0), '部分整改')
    await page.getByTestId('verdict-reason').fill('仅补正了一页')
    await page.getByTestId('verdict-ok').click()
    await page.getByTestId('problem-row').nth(0).getByText('仅补正了一页').waitFor()
    await pick(page, verdict(1), '已整改')
    await pick(page, verdict(2), '已整改')
    await app.screenshot('rectification-04-verifying')
    await pick(page, verdict(0), '已整改')
    await expect.poll(() => page.getByTestId('notice-state').innerText()).toBe('已办结')
    await app.screenshot('rectification-05-closed')
    await goTo(page, '/rectification')
    await expect.poll(() => page.getByTestId('notice-row').first().innerText()).toContain('已整改 3 / 3')
    // 统计与讲评 of the campaign lists its notices for the meeting.
    await goTo(page, `/reports?scope=campaign:${campaignId}`)
    const card = page.getByTestId('stats-rectification-card')
    await expect.poll(() => card.innerText()).toContain('已办结')
    await card.scrollIntoViewIfNeeded()
    await app.screenshot('rectification-05-statistics')
  }, 90_000)

  it('starts a 回头看 on the rectified problems: a draft campaign of their cases', async () => {
    await goTo(page, '/rectification')
    await page.getByTestId('follow-up').click()
    await page.getByTestId('follow-up-name').fill('2023年6月整改回头看')
    await app.screenshot('rectification-06-follow-up')
    await page.getByTestId('follow-up-submit').click()
    await page.getByText('2023年6月整改回头看').first().waitFor()
    await expect.poll(() => page.url()).toMatch(/#\/campaigns\/\d+$/)
    await app.screenshot('rectification-07-follow-up-campaign')
    await goTo(page, '/rectification')
    await page.getByTestId('notice-row').first().click()
    await expect.poll(() => page.getByTestId('problem-follow-up').count()).toBe(3)
    expect(await page.getByTestId('problem-follow-up').first().innerText()).toBe('回头看中')
  }, 90_000)

  it('exports the 整改台账 and a squad’s 整改通知书 into the exports folder', async () => {
    await goTo(page, '/rectification')
    const exports = join(dataDir, 'exports')
    const made = async (ext: string) => (await readdir(exports).catch((): string[] => [])).filter((f) => f.endsWith(ext))
    await page.getByTestId('register-export').click()
    await expect.poll(() => made('.xlsx'), { timeout: 60_000 }).toHaveLength(1)
    await page.getByTestId('notice-row').first().click()
    await page.getByTestId('notice-export').click()
    await expect.poll(() => made('.docx'), { timeout: 60_000 }).toEqual([expect.stringContaining('整改通知书-夏阳街道中队')])
  }, 90_000)
})
