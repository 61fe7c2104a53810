import type { Locator, Page } from 'playwright-core'
import { openQueue } from './review'

/** UI steps of 典型案例: score a case of the queue, submit it and mark its deduction as typical. */

export interface TypicalMarkInput {
  reason: string
  kind: 'bad' | 'good'
  note: string
  /** Pin the deduction to a box drawn on the page in view. */
  rect: boolean
  /** Called with the mark's form open, before it is saved. */
  beforeSave?: () => Promise<unknown>
}

const shownCanvas = (page: Page) => page.locator('[data-testid="viewer-canvas"][data-rendered="true"]').first()

/** Drags a rectangle over the part of the page in view given as fractions of it; returns that page. */
export async function drawEvidence(page: Page, from: [number, number], to: [number, number]) {
  await page.getByTestId('evidence-draw').click()
  const shown = await shownCanvas(page).getAttribute('data-page-number')
  const capture = page.locator(`[data-testid="viewer-page"][data-page-number="${shown}"] [data-testid="evidence-capture"]`)
  await capture.waitFor()
  const box = (await capture.boundingBox())!
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1])
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 5 })
  await page.mouse.up()
  await page.getByTestId('evidence-drawn').waitFor()
  return Number(shown)
}

/**
 * Opens the next unscored case of the campaign's queue, deducts its first item (with an evidence
 * rectangle when asked), submits, then marks the deduction as typical in the locked review.
 * Returns the case number and the star that shows the mark.
 */
export async function scoreAndMarkTypical(page: Page, campaignName: string, input: TypicalMarkInput): Promise<{ caseNumber: string; star: Locator }> {
  const card = await openQueue(page, campaignName)
  await card.getByTestId('open-review').filter({ hasText: /开始评查|继续评查/ }).first().click()
  await page.getByTestId('review').waitFor()
  await shownCanvas(page).waitFor({ timeout: 60_000 })
  const caseNumber = (await page.getByTestId('review-case-number').innerText()).trim()
  await page.locator('[data-testid^="deduct-"]').first().click()
  const option = page.locator('[data-testid^="deduction-option-"]').first()
  if (await option.count()) await option.click()
  if (input.rect) await drawEvidence(page, [0.15, 0.12], [0.75, 0.32])
  await page.getByTestId('deduction-reason').fill(input.reason)
  await page.getByTestId('deduction-form-submit').click()
  const deduction = page.getByTestId('deduction').filter({ hasText: input.reason })
  await deduction.waitFor()
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
  await page.getByTestId('review-submit').click()
  await page.getByTestId('submit-confirm').click()
  await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()

  // Submitted and locked, the deduction can still be marked: a mark is for the meeting, not a score.
  const star = deduction.getByTestId('typical-mark')
  await star.click()
  const form = page.getByTestId('typical-form')
  await form.waitFor()
  await form.getByText(input.kind === 'bad' ? '反面典型' : '正面典型').click()
  await page.getByTestId('typical-note').fill(input.note)
  await input.beforeSave?.()
  await page.getByTestId('typical-save').click()
  return { caseNumber, star }
}
