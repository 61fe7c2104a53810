import { rm } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, TEST_PASSWORD } from '../support/workspace'
import { scoreAs, seedDoubleReviewCampaign } from '../support/double-review'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { adjudicateFirstCase, campaignScoreOf, openCampaignAdjudication } from './steps/adjudication'
import { nth } from '../support/defined'

const CAMPAIGN = '2023年上半年案卷集中评查'
let app: RunningApp
let page: Page
let dataDir: string
let caseIds: number[]

beforeAll(async () => {
  // Seeded through the services: a double-reviewed campaign whose two reviewers have scored.
  const ws = await openTestWorkspace()
  dataDir = ws.dir
  const seed = await seedDoubleReviewCampaign(ws)
  caseIds = seed.cases.map((c) => c.id)
  const { first, second, lead } = seed.reviewers
  await scoreAs(ws, first.id, seed.assignmentOf(0, 1), { deductions: [{ itemId: 'S3.2', points: 8, reason: '罚款超出裁量档次', page: 12 }, { itemId: 'S2.1', points: 2, reason: '笔录未签名', page: 5 }] })
  await scoreAs(ws, second.id, seed.assignmentOf(0, 2), { deductions: [{ itemId: 'S3.2', points: 4, reason: '裁量偏重', page: 12 }] })
  await scoreAs(ws, first.id, seed.assignmentOf(1, 1), { deductions: [{ itemId: 'S1.2', points: 1, reason: '超期立案' }] })
  await scoreAs(ws, second.id, seed.assignmentOf(1, 2), { deductions: [{ itemId: 'S1.2', points: 1, reason: '超期立案' }] })
  await scoreAs(ws, first.id, seed.assignmentOf(2, 1), { vetoes: ['V6'] })
  await scoreAs(ws, second.id, seed.assignmentOf(2, 2), {})
  const leadLogin = await ws.signInAs(lead.id)
  await ws.app.close()
  app = await launchApp({ dataDir, account: { login: leadLogin, password: TEST_PASSWORD } })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app)

describe('组长裁定 on a double-reviewed campaign', () => {
  it('lists the disagreements on the campaign page, waiting', async () => {
    await openCampaignAdjudication(page, CAMPAIGN)
    await expect.poll(() => page.getByTestId('adjudication-tab').innerText()).toBe('组长裁定（2）')
    expect(await campaignScoreOf(page, nth(caseIds, 0))).toBe('待裁定')
    expect(await campaignScoreOf(page, nth(caseIds, 2))).toBe('待裁定')
    await app.screenshot('adjudication-list')
  }, 60_000)

  it('decides the first case item by item with a reason; the total follows each choice', async () => {
    const total = await adjudicateFirstCase(page, {
      items: { 'S3.2': { own: 6 }, 'S2.1': 'b' },
      reason: '裁量档次按一般情形认定；笔录签名经核实齐全',
      beforeSave: async () => {
        // 100 − 6 on S3.2, S2.1 as 李四 had it (no deduction).
        await expect.poll(() => page.getByTestId('adjudicated-total').innerText()).toBe('94')
        expect(await page.getByTestId('adjudicated-grade').innerText()).toBe('优秀')
        await expect.poll(() => page.getByTestId('item-row-S3.2').getAttribute('class')).toContain('adjudication-differs')
        await app.screenshot('adjudication-decide')
        await page.setViewportSize({ width: 1366, height: 768 })
        await app.screenshot('adjudication-decide-1366')
        await page.setViewportSize({ width: 1440, height: 900 })
      },
    })
    expect(total).toBe('94')
    expect(await page.getByTestId('decided-by').innerText()).toContain('王敏')
    // Every item on show, differences highlighted.
    await page.getByTestId('only-differing').click()
    await page.getByTestId('item-row-S1.1').waitFor()
    expect(await page.getByTestId('item-row-S1.1').getAttribute('class')).not.toContain('adjudication-differs')
    await page.getByTestId('adjudication-page').evaluate((el) => el.scrollIntoView())
    await app.screenshot('adjudication-decided')
  }, 60_000)

  it('shows the adjudicated score as the campaign score, and the agreement tables', async () => {
    await openCampaignAdjudication(page, CAMPAIGN)
    await expect.poll(() => campaignScoreOf(page, nth(caseIds, 0))).toBe('94 优秀')
    expect(await page.getByTestId('adjudication-tab').innerText()).toBe('组长裁定（1）')
    await page.getByTestId('agreement-tab').click()
    await page.getByTestId('agreement-pairs').waitFor()
    const pair = await page.getByTestId('agreement-pairs').locator('tbody tr').first().innerText()
    expect(pair).toContain('张三 × 李四')
    expect(pair).toContain('3')
    await app.screenshot('adjudication-agreement')
  }, 60_000)

  it('rules on a one-sided veto the same way, in English too', async () => {
    await page.getByTestId('adjudication-tab').click()
    const total = await adjudicateFirstCase(page, { items: {}, vetoes: { V6: 'a' }, reason: '罚款确超法定幅度' })
    expect(total).toBe('100')
    expect(await page.getByTestId('adjudicated-grade').innerText()).toBe('不合格')
    await page.getByTestId('adjudication-page').evaluate((el) => el.scrollIntoView())
    await app.screenshot('adjudication-veto')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('adjudication-save').innerText()).toBe('Revise decision')
    expect(await page.getByTestId('adjudication-page').innerText()).toContain('Accept A')
    await app.screenshot('adjudication-veto-en')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('adjudication-save').innerText()).toBe('修改裁定')
  }, 60_000)
})
