import type { Page } from 'playwright-core'
import { goTo } from './people'

/** UI steps of the reviewer at the keyboard: who sits at this PC, their queue, scoring and submitting. */

export { switchReviewer } from './auth'

/** The reviewer's queue of one campaign on the 工作台. */
export async function openQueue(page: Page, campaignName: string) {
  await goTo(page, '/')
  const card = page.getByTestId('workbench-campaign').filter({ hasText: campaignName })
  await card.waitFor()
  return card
}

export interface Scoring {
  /** Take off an item (the named one, else the first deductible; its first option) with this reason; nothing when omitted. */
  deduct?: { reason: string; itemId?: string }
}

/**
 * Opens a case of the reviewer's queue (the named one, or the next not yet submitted), scores it
 * and submits it, confirming the warnings a reviewer is shown; returns the case number, the item
 * deducted and the total shown.
 */
export async function reviewCase(page: Page, campaignName: string, scoring: Scoring & { caseNumber?: string } = {}) {
  const card = await openQueue(page, campaignName)
  const rows = scoring.caseNumber ? card.locator('tr').filter({ hasText: scoring.caseNumber }) : card.locator('tr')
  await rows.getByTestId('open-review').filter({ hasText: /开始评查|继续评查/ }).first().click()
  await page.getByTestId('review').waitFor()
  const caseNumber = (await page.getByTestId('review-case-number').innerText()).trim()
  let itemId: string | null = null
  if (scoring.deduct) {
    const deduct = scoring.deduct.itemId ? page.getByTestId(`deduct-${scoring.deduct.itemId}`) : page.locator('[data-testid^="deduct-"]').first()
    itemId = (await deduct.getAttribute('data-testid'))!.slice('deduct-'.length)
    await deduct.click()
    const option = page.locator('[data-testid^="deduction-option-"]').first()
    if (await option.count()) await option.click()
    await page.getByTestId('deduction-reason').fill(scoring.deduct.reason)
    await page.getByTestId('deduction-form-submit').click()
    await page.getByTestId('score-provisional').waitFor()
    // Submit once the deduction is stored, as a reviewer who sees 已保存 does.
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
  }
  await page.getByTestId('review-submit').click()
  // Nothing touched, pages never shown, findings pending: the reviewer is warned and confirms.
  await page.getByTestId('submit-confirm').click()
  await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()
  return { caseNumber, itemId, total: (await page.getByTestId('score-total').innerText()).trim() }
}
