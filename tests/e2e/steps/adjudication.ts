import type { Page } from 'playwright-core'

/** UI steps of 组长裁定 on a double-reviewed campaign, for specs that reach adjudication. */

/** From anywhere: 评查活动 → the campaign by name → the 组长裁定 tab; returns when its list shows. */
export async function openCampaignAdjudication(page: Page, campaignName: string) {
  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId('campaign-row').filter({ hasText: campaignName }).first().click()
  await page.getByTestId('adjudication-tab').click()
  await page.getByTestId('adjudication-list').waitFor()
}

/** The campaign score the list shows for a case: "待裁定" or the adjudicated total and grade. */
export async function campaignScoreOf(page: Page, caseId: number): Promise<string> {
  return (await page.getByTestId(`campaign-score-${caseId}`).innerText()).replace(/\s+/g, ' ').trim()
}

export type ItemChoice = 'a' | 'b' | { own: number }

export interface Ruling {
  /** Per differing item, e.g. { 'S3.2': { own: 6 }, 'S2.1': 'b' }; or one reviewer's side on every item that differs. */
  items: Record<string, ItemChoice> | 'a' | 'b'
  /** Per differing veto, e.g. { V6: 'a' }. */
  vetoes?: Record<string, 'a' | 'b'>
  reason: string
  /** Called once every choice is made, before saving (e.g. to take a screenshot). */
  beforeSave?: () => Promise<void>
}

/** On the side-by-side page: makes every choice, gives the reason and saves; returns the adjudicated total shown. */
export async function decide(page: Page, ruling: Ruling): Promise<string> {
  await page.getByTestId('adjudication-page').waitFor()
  const side = ruling.items
  const items: Record<string, ItemChoice> =
    typeof side === 'string'
      ? Object.fromEntries((await page.locator(`[data-testid^="choice-"][data-testid$="-${side}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))).map((id) => [id.slice('choice-'.length, -2), side]))
      : side
  for (const [itemId, choice] of Object.entries(items)) {
    if (typeof choice === 'string') {
      await page.getByTestId(`choice-${itemId}-${choice}`).click()
    } else {
      await page.getByTestId(`choice-${itemId}-own`).click()
      const input = page.getByTestId(`own-points-${itemId}`)
      await input.fill(String(choice.own))
      await input.press('Tab')
    }
  }
  for (const [vetoId, choice] of Object.entries(ruling.vetoes ?? {})) await page.getByTestId(`veto-${vetoId}-${choice}`).click()
  await page.getByTestId('adjudication-reason').fill(ruling.reason)
  await ruling.beforeSave?.()
  await page.getByTestId('adjudication-save').click()
  await page.getByTestId('decided-by').filter({ hasText: /\S/ }).waitFor()
  return page.getByTestId('adjudicated-total').innerText()
}

/** Opens the first case still waiting in the campaign's 组长裁定 list and rules on it. */
export async function adjudicateFirstCase(page: Page, ruling: Ruling): Promise<string> {
  const waiting = page.locator('[data-testid="adjudication-list"] a[data-testid^="adjudicate-"].ant-btn-primary').first()
  await waiting.click()
  return decide(page, ruling)
}
