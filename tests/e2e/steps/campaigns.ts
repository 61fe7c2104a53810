import type { Locator, Page } from 'playwright-core'
import { goTo } from './people'

/** UI steps of 评查活动: the wizard, the sampling record, assignment and the campaign's states. */

export interface CampaignInput {
  kind?: 'monthly' | 'centralized' | 'special' | 'follow_up'
  /** The review period, YYYY-MM-DD; the population's range and the name follow from it unless given. */
  period?: [string, string]
  /** Cases closed within this range, YYYY-MM-DD. */
  population?: [string, string]
  name?: string
  method?: 'stratified' | 'simple'
  percent?: number
  seed?: number
  doubleReview?: boolean
  /** Called on each step of the wizard, e.g. to take a screenshot. */
  onStep?: (step: 'basics' | 'population' | 'sampling' | 'rubric') => Promise<unknown>
}

const KIND_LABELS = { monthly: '月度抽查', centralized: '集中评查', special: '专项评查', follow_up: '回头看' } as const

/** Types a range into an antd RangePicker, start then end, as a keyboard user does. */
export async function fillRange(picker: Locator, [from, to]: [string, string]) {
  const inputs = picker.locator('input')
  await inputs.nth(0).click()
  await inputs.nth(0).fill(from)
  await inputs.nth(0).press('Enter')
  await inputs.nth(1).fill(to)
  await inputs.nth(1).press('Enter')
}

/** Fills an antd InputNumber, whether the test id sits on the input or on its wrapper. */
async function setNumber(field: Locator, value: number) {
  const input = field.locator('input').or(field.and(field.page().locator('input'))).first()
  await input.fill(String(value))
  await input.press('Tab')
}

export async function openCampaigns(page: Page) {
  await goTo(page, '/campaigns')
  await page.locator('[data-testid="create-campaign"], [data-testid="create-campaign-empty"]').first().waitFor()
}

/** 新建评查活动 through the wizard, from the campaign list; lands on the new draft's page and returns its name. */
export async function createCampaign(page: Page, input: CampaignInput = {}): Promise<string> {
  await openCampaigns(page)
  await page.locator('[data-testid="create-campaign-empty"], [data-testid="create-campaign"]').first().click()
  const wizard = page.getByTestId('campaign-wizard')
  await wizard.waitFor()
  await page.locator('.ant-radio-button-wrapper').filter({ hasText: KIND_LABELS[input.kind ?? 'monthly'] }).click()
  if (input.period) await fillRange(wizard.locator('.ant-picker-range').first(), input.period)
  if (input.name) await page.getByTestId('wizard-name').fill(input.name)
  await input.onStep?.('basics')
  const name = await page.getByTestId('wizard-name').inputValue()
  await page.getByTestId('wizard-next').click()

  if (input.population) await fillRange(wizard.locator('.ant-picker-range').nth(1), input.population)
  await page.getByTestId('wizard-population-size').waitFor()
  await input.onStep?.('population')
  await page.getByTestId('wizard-next').click()

  await page.getByTestId(`wizard-method-${input.method ?? 'stratified'}`).click()
  if (input.percent !== undefined) await setNumber(page.getByTestId('wizard-percent'), input.percent)
  if (input.seed !== undefined) await setNumber(page.getByTestId('wizard-seed'), input.seed)
  await input.onStep?.('sampling')
  await page.getByTestId('wizard-next').click()

  const doubleReview = page.getByTestId('wizard-double-review')
  if (input.doubleReview !== undefined && (await doubleReview.getAttribute('aria-checked')) !== String(input.doubleReview)) await doubleReview.click()
  await input.onStep?.('rubric')
  await page.getByTestId('wizard-finish').click()
  await page.getByTestId('tab-sample').waitFor()
  return name
}

/** The sampling record as the campaign page shows it: seed, sample size and each stratum's count. */
export async function readSamplingRecord(page: Page) {
  await page.getByTestId('tab-record').click()
  await page.getByTestId('sampling-record').waitFor()
  const strata = page.getByTestId('stratum-row')
  const sampled: number[] = []
  for (let i = 0; i < (await strata.count()); i++) sampled.push(Number(await strata.nth(i).getAttribute('data-sampled')))
  return {
    seed: Number(await page.getByTestId('record-seed').innerText()),
    sampleSize: Number(await page.getByTestId('record-sample-size').innerText()),
    strata: sampled,
  }
}

/** 自动分配 to the named reviewers (as the picker lists them, e.g. '张三'); returns each row's case number and reviewer. */
export async function assignReviewers(page: Page, reviewers: string[]) {
  await page.getByTestId('tab-assignment').click()
  const select = page.getByTestId('assign-reviewers')
  await select.waitFor()
  // A multiple select stays open between picks.
  await select.click()
  for (const name of reviewers) await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click()
  await page.keyboard.press('Escape')
  await page.getByTestId('auto-assign').click()
  await page.getByTestId('reviewer-queues').waitFor()
  const rows = page.getByTestId('assignment-row')
  const out: { caseNumber: string; reviewer: string; squad: string; position: number }[] = []
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    out.push({ caseNumber: (await row.getAttribute('data-case-number'))!, reviewer: (await row.getAttribute('data-reviewer'))!, squad: (await row.getAttribute('data-squad'))!, position: Number(await row.locator('td').first().innerText()) })
  }
  return out
}

async function confirmState(page: Page, button: string, ok: string, status: string) {
  await page.getByTestId(button).click()
  await page.getByTestId(ok).click()
  await page.getByTestId('campaign-status').filter({ hasText: status }).waitFor()
}

/** 开始评查 (the lead at this PC). */
export async function startCampaign(page: Page) {
  await confirmState(page, 'campaign-start', 'start-ok', '评查中')
}

/** 结束评查 (the lead at this PC). */
export async function closeCampaign(page: Page) {
  await confirmState(page, 'campaign-close', 'close-ok', '已结束')
}

/** 重新开启 with the reason the audit log keeps. */
export async function reopenCampaign(page: Page, reason: string) {
  await page.getByTestId('campaign-reopen').click()
  await page.getByTestId('campaign-reopen-reason').fill(reason)
  await page.getByTestId('campaign-reopen-ok').click()
  await page.getByTestId('campaign-status').filter({ hasText: '评查中' }).waitFor()
}

/**
 * 发起抽查 on the open register (音像记录 or 投诉举报): the period, the share, and the name when
 * given; `beforeSubmit` sees the filled form. Lands on the draft's page and returns its objects' count.
 */
export async function createObjectCampaign(page: Page, input: { period: [string, string]; percent: number; name?: string; beforeSubmit?: () => Promise<unknown> }) {
  await page.getByTestId('object-campaign-open').click()
  await fillRange(page.locator('.object-campaign-period'), input.period)
  if (input.name) await page.getByTestId('object-campaign-name').fill(input.name)
  await setNumber(page.getByTestId('object-campaign-percent'), input.percent)
  await input.beforeSubmit?.()
  await page.locator('#object-campaign-submit').click()
  await page.getByTestId('campaign-objects').locator('tr.ant-table-row').first().waitFor()
  return page.getByTestId('campaign-objects').locator('tr.ant-table-row').count()
}

/** Assigns a draft object campaign's objects to the named reviewers and starts it. */
export async function assignObjectsAndStart(page: Page, reviewers: string[]) {
  const select = page.getByTestId('objects-reviewers')
  await select.click()
  for (const name of reviewers) await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click()
  await page.keyboard.press('Escape')
  await page.getByTestId('objects-assign').click()
  await page.getByTestId('object-review-link').first().waitFor()
  await startCampaign(page)
}
