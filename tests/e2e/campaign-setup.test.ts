import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR } from '../support/paths'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { assignReviewers, closeCampaign, createCampaign, readSamplingRecord, reopenCampaign, startCampaign } from './steps/campaigns'
import { nth, take } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { FIRST_ADMIN } from './steps/people'

let app: RunningApp
let page: Page
/** Squads holding February's closed cases, and how many each holds. */
let closedBySquad: Map<string, number>
let zhangSquad: string
let liSquad: string
const SEED = 20240301

/**
 * An empty install as a bureau starts it (the district's squads, the lead 周萍 at this PC), with a
 * register of 90 cases closed in February 2024 spread unevenly over the squads, their officers,
 * and two reviewers: 张三 of the first squad, 李四 of the second, who is also one of its officers.
 */
async function prepareWorkspace(dataDir: string) {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as T
  }
  await call('workspace.startEmpty', { reviewerName: '周萍', login: FIRST_ADMIN.login, password: FIRST_ADMIN.password, withDefaultSquads: true })
  const squads = await call<{ id: number; name: string }[]>('cases.squads', {})
  const db = services.ctx.db
  const officers = await db
    .insertInto('officers')
    .values(squads.map((s, i) => ({ name: `执法员${i + 1}`, badgeNumber: `31118${String(i).padStart(5, '0')}`, squadId: s.id, certified: 1 })))
    .returning(['id', 'squadId'])
    .execute()
  closedBySquad = new Map()
  let n = 0
  for (const [i, squad] of squads.entries()) {
    const count = i < 2 ? 20 : i % 3 === 0 ? 2 : 8 - (i % 5)
    for (let k = 0; k < count; k++, n++) {
      await call('cases.create', {
        caseNumber: `青城管罚字〔2024〕第${String(n + 1).padStart(5, '0')}号`,
        party: `上海某某商贸有限公司第${n + 1}分店`,
        partyType: 'organization',
        domain: k % 3 === 0 ? 'muck_transport' : 'street_appearance',
        squadId: squad.id,
        procedure: k % 4 === 3 ? 'simple' : 'ordinary',
        penaltyFen: 200000,
        officerIds: [nth(officers, i).id],
        source: k % 9 === 4 ? 'complaint' : 'inspection',
        filedOn: '2024-01-05',
        decidedOn: '2024-01-25',
        closedOn: `2024-02-${String((k % 27) + 1).padStart(2, '0')}`,
      })
    }
    closedBySquad.set(squad.name, count)
  }
  const [first, second] = take(squads, 2)
  await db
    .insertInto('reviewers')
    .values([
      { name: '张三', role: 'reviewer', squadId: first.id },
      { name: '李四', role: 'reviewer', squadId: second.id, officerId: nth(officers, 1).id },
    ])
    .execute()
  zhangSquad = first.name
  liSquad = second.name
  await services.close()
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-campaign-setup-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password } })
  page = app.page
}, 180_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'campaign-setup-')

describe('a monthly spot check set up by the lead', () => {
  it('offers to create a campaign where there is none', async () => {
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaigns-empty').waitFor()
    expect(await page.getByTestId('campaigns-empty').innerText()).toContain('暂无评查活动')
    await page.getByTestId('create-campaign-empty').waitFor()
    await app.screenshot('campaign-setup-empty')
  })

  it('creates a monthly campaign with a stratified 10% sample through the wizard', async () => {
    const name = await createCampaign(page, {
      kind: 'monthly',
      period: ['2024-03-01', '2024-03-31'],
      percent: 10,
      seed: SEED,
      onStep: async (step) => {
        const total = [...closedBySquad.values()].reduce((a, b) => a + b, 0)
        if (step === 'population') await expect.poll(() => page.getByTestId('wizard-population-size').innerText()).toContain(`${total} 件`)
        await app.screenshot(`campaign-setup-wizard-${step}`)
      },
    })
    expect(name).toBe('2024年3月案卷月度抽查')
    expect(await page.locator('.page-header').innerText()).toContain('2024年3月案卷月度抽查')
    expect(await page.getByTestId('campaign-status').innerText()).toBe('草稿')
    await app.screenshot('campaign-setup-sample')
  }, 60_000)

  it('shows the sampling record: the seed, every squad covered', async () => {
    const record = await readSamplingRecord(page)
    expect(record.seed).toBe(SEED)
    expect(record.strata).toHaveLength(closedBySquad.size)
    expect(record.strata.every((n) => n >= 1)).toBe(true)
    // 10% of 90 asks for 9; every one of the 12 squads is covered, and the complaints come in too.
    expect(record.sampleSize).toBeGreaterThanOrEqual(12)
    expect(await page.getByTestId('sampling-record').innerText()).toContain('按中队分层抽样')
    await app.screenshot('campaign-setup-record')
    await page.setViewportSize({ width: 1366, height: 768 })
    await app.screenshot('campaign-setup-record-1366')
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  it('assigns two reviewers with recusal, each queue numbered 1…n', async () => {
    const rows = await assignReviewers(page, ['张三', '李四'])
    expect(rows.length).toBe(await page.getByTestId('sample-row').count())
    for (const r of rows) {
      if (r.reviewer === '张三') expect(r.squad).not.toBe(zhangSquad)
      if (r.reviewer === '李四') expect(r.squad).not.toBe(liSquad)
    }
    for (const reviewer of ['张三', '李四']) {
      const queue = rows.filter((r) => r.reviewer === reviewer)
      expect(queue.length).toBeGreaterThan(0)
      expect(queue.map((r) => r.position).sort((a, b) => a - b)).toEqual(queue.map((_, i) => i + 1))
    }
    await app.screenshot('campaign-setup-assigned')
  })

  it('refuses a reassignment that breaks recusal, in words', async () => {
    // A case of 张三's own squad, now with 李四: giving it to 张三 breaks recusal.
    const row = page.locator(`[data-testid="assignment-row"][data-squad="${zhangSquad}"]`).first()
    expect(await row.getAttribute('data-reviewer')).toBe('李四')
    await row.getByTestId('reassign').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '张三' }).click()
    const error = page.locator('.ant-message-error')
    await error.waitFor()
    expect(await error.innerText()).toContain('须回避')
    await app.screenshot('campaign-setup-recusal')
  })

  it('starts the campaign: the sample and assignments are fixed', async () => {
    await startCampaign(page)
    expect(await page.getByTestId('assign-reviewers').count()).toBe(0)
    await page.getByTestId('tab-progress').click()
    await page.getByTestId('progress-board').waitFor()
    expect(await page.getByTestId('progress-board').innerText()).toContain('张三')
    await app.screenshot('campaign-setup-started')
    await page.getByTestId('tab-coverage').click()
    await page.getByTestId('coverage').waitFor()
    expect(await page.getByTestId('coverage').innerText()).toContain('2024 年')
    await app.screenshot('campaign-setup-coverage')
  })

  it('closes the campaign, and reopens it only with a reason', async () => {
    await closeCampaign(page)
    await page.getByTestId('campaign-reopen').click()
    expect(await page.getByTestId('campaign-reopen-ok').isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    await reopenCampaign(page, '补充抽查投诉案件')
    expect(await page.getByTestId('campaign-status').innerText()).toBe('评查中')
    await app.screenshot('campaign-setup-reopened')
  })

  it('reads the same in English', async () => {
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('tab-record').click()
    await expect.poll(() => page.getByTestId('sampling-record').innerText()).toContain('Stratified by squad')
    expect(await page.getByTestId('campaign-status').innerText()).toBe('Under way')
    await app.screenshot('campaign-setup-record-en')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('campaign-status').innerText()).toBe('评查中')
  })
})
