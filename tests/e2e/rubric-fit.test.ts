import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR } from '../support/paths'
import { plainPdf } from '../support/pdf-bytes'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { goTo, FIRST_ADMIN } from './steps/people'
import { newCaller } from '../../electron/backend/services/auth/caller'

let app: RunningApp
let page: Page
/** The review of a summary-procedure case and of a compulsion case, each in the campaign's sample with its own rubric. */
const review: Record<'simple' | 'compulsion', number> = { simple: 0, compulsion: 0 }
/** A case whose scan a submitted evaluation was scored on. */
let evaluatedCaseId = 0

async function prepareWorkspace(dataDir: string) {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as T
  }
  await call('workspace.startEmpty', { reviewerName: '王敏', login: FIRST_ADMIN.login, password: FIRST_ADMIN.password, withDefaultSquads: true })
  const db = services.ctx.db
  const squad = await db.selectFrom('squads').select('id').orderBy('id').executeTakeFirstOrThrow()
  const reviewer = await db.selectFrom('reviewers').select('id').executeTakeFirstOrThrow()
  const base = { squadId: squad.id, partyType: 'individual', domain: 'street_appearance', violation: '占用道路设摊经营', legalBasis: '《上海市市容环境卫生管理条例》第二十五条第二款' }
  const simple = await call<{ id: number }>('cases.create', { ...base, caseNumber: '青城管简罚字〔2024〕第01001号', party: '赵某', procedure: 'simple', penaltyFen: 10000, decidedOn: '2024-03-04' })
  const compulsion = await call<{ id: number }>('cases.create', { ...base, caseNumber: '青城管强字〔2024〕第01001号', party: '钱某', caseType: 'compulsion', decidedOn: '2024-03-05' })
  const rubricOf = async (code: string) => (await db.selectFrom('rubrics').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
  const now = new Date().toISOString()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name: '2024年3月案卷月度抽查', kind: 'monthly', rubricId: await rubricOf('penalty-ordinary'), startsOn: '2024-04-01', endsOn: '2024-04-30', createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const [key, caseId, code] of [['simple', simple.id, 'penalty-simple'], ['compulsion', compulsion.id, 'compulsion']] as const) {
    await db.insertInto('campaignCases').values({ campaignId: campaign.id, caseId, rubricId: await rubricOf(code), origin: 'manual', addedAt: now }).execute()
    const a = await db.insertInto('assignments').values({ campaignId: campaign.id, caseId, reviewerId: reviewer.id, position: key === 'simple' ? 0 : 1 }).returning('id').executeTakeFirstOrThrow()
    review[key] = a.id
  }
  const evaluated = await call<{ id: number }>('cases.create', { ...base, caseNumber: '青城管罚字〔2024〕第01002号', party: '孙某', decidedOn: '2024-03-06' })
  const scan = join(dataDir, '孙某案卷.pdf')
  await writeFile(scan, plainPdf())
  const { document } = await call<{ document: { id: number } }>('documents.attach', { caseId: evaluated.id, path: scan })
  await db.insertInto('campaignCases').values({ campaignId: campaign.id, caseId: evaluated.id, rubricId: await rubricOf('penalty-ordinary'), origin: 'manual', addedAt: now }).execute()
  const a = await db.insertInto('assignments').values({ campaignId: campaign.id, caseId: evaluated.id, reviewerId: reviewer.id, position: 2 }).returning('id').executeTakeFirstOrThrow()
  const e = await call<{ id: number }>('evaluations.open', { assignmentId: a.id })
  await call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S5.2', points: 4, reason: '无送达回证', documentId: document.id, page: 1 })
  await call('evaluations.submit', { evaluationId: e.id })
  evaluatedCaseId = evaluated.id
  await services.close()
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-rubric-fit-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password } })
  page = app.page
}, 120_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'rubric-fit-')

describe('the rubric fits the case', () => {
  it('offers 行政强制 as a case type in the case form', async () => {
    await page.getByTestId('nav-cases').waitFor({ timeout: 60_000 })
    await goTo(page, '/cases')
    await page.getByTestId('case-new').waitFor()
    await page.getByTestId('case-new').click()
    await page.getByTestId('field-caseType').click()
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option')
    await expect.poll(() => options.allInnerTexts()).toEqual(['行政处罚', '行政强制'])
    await options.filter({ hasText: '行政强制' }).click()
    await expect.poll(() => page.getByTestId('field-caseType').innerText()).toBe('行政强制')
    await app.screenshot('rubric-fit-case-form')
    await page.keyboard.press('Escape')
  }, 60_000)

  it('scores a summary-procedure case on the summary rubric: the decision on the spot, no filing form or closing report', async () => {
    await goTo(page, `/review/${review.simple}`)
    await expect.poll(() => page.getByTestId('rubric-name').innerText(), { timeout: 60_000 }).toBe('城管行政处罚案卷（简易程序）评查标准')
    expect(await page.getByTestId('rubric-item-S3.1').innerText()).toContain('使用预定格式、编有号码的行政处罚决定书')
    expect(await page.getByTestId('rubric-item-S4.1').innerText()).toContain('备案')
    const rubricText = await page.getByTestId('rubric-panel').innerText()
    expect(rubricText).not.toContain('立案审批表')
    expect(rubricText).not.toContain('调查终结报告')
    expect(await page.getByTestId('score-total').innerText()).toBe('未评')
    await app.screenshot('rubric-fit-simple')

    // No scan and nothing scored: both are said before submitting.
    await page.getByTestId('review-submit').click()
    await page.getByTestId('submit-warnings').waitFor()
    expect(await page.getByTestId('submit-warning-documents').innerText()).toBe('本案尚无案卷材料，评查未依据任何扫描件。')
    expect(await page.getByTestId('submit-warning-untouched').count()).toBe(1)
    await page.getByTestId('submit-back').click()
    await page.getByTestId('submit-warnings').waitFor({ state: 'detached' })
  }, 60_000)

  it('scores a compulsion case on the compulsion rubric', async () => {
    await goTo(page, `/review/${review.compulsion}`)
    await expect.poll(() => page.getByTestId('rubric-name').innerText(), { timeout: 60_000 }).toBe('城管行政强制措施（查封、扣押）案卷评查标准')
    expect(await page.getByTestId('rubric-item-S4.1').innerText()).toContain('期限不超过30日')
    expect(await page.getByTestId('rubric-item-S2.1').innerText()).toContain('通知当事人到场')
    await app.screenshot('rubric-fit-compulsion')
  }, 60_000)

  it('keeps the scan a submitted evaluation was scored on, saying why', async () => {
    await goTo(page, `/cases/${evaluatedCaseId}`)
    await page.getByTestId('document-detach').click()
    await page.getByTestId('document-detach-confirm').click()
    await page.getByTestId('detach-refused').waitFor()
    expect(await page.getByTestId('detach-refused').innerText()).toBe(
      '“孙某案卷.pdf”是案件 青城管罚字〔2024〕第01002号 已提交评查记录所依据的案卷材料，不能移除。如确需更换，请先由组长退回该评查记录。',
    )
    await app.screenshot('detach-refused')
    await page.locator('.ant-modal-confirm .ant-btn').click()
    expect(await page.getByTestId('document-open').allInnerTexts()).toEqual(['孙某案卷.pdf'])
  }, 60_000)
})
