import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { openQueue } from './steps/review'

const MONTHLY = '2023年12月案卷月度抽查'
let app: RunningApp
let page: Page
const marked: { caseNumber: string; reason: string; kind: 'bad' | 'good' }[] = []

useRunningApp((running) => {
  app = running
  page = running.page
})

const shownCanvas = () => page.locator('[data-testid="viewer-canvas"][data-rendered="true"]').first()

/** Drags a rectangle over the part of the page in view given as fractions of it. */
async function drawEvidence(from: [number, number], to: [number, number]) {
  await page.getByTestId('evidence-draw').click()
  const shown = await shownCanvas().getAttribute('data-page-number')
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
 * Opens the next unscored case of the monthly spot check, deducts its first item (with an evidence
 * rectangle when asked), submits, then marks the deduction as typical in the locked review.
 */
async function scoreAndMark(options: { reason: string; kind: 'bad' | 'good'; note: string; rect: boolean }) {
  const card = await openQueue(page, MONTHLY)
  await card.getByTestId('open-review').filter({ hasText: /开始评查|继续评查/ }).first().click()
  await page.getByTestId('review').waitFor()
  await shownCanvas().waitFor({ timeout: 60_000 })
  const caseNumber = (await page.getByTestId('review-case-number').innerText()).trim()
  const deduct = page.locator('[data-testid^="deduct-"]').first()
  await deduct.click()
  const option = page.locator('[data-testid^="deduction-option-"]').first()
  if (await option.count()) await option.click()
  if (options.rect) await drawEvidence([0.15, 0.12], [0.75, 0.32])
  await page.getByTestId('deduction-reason').fill(options.reason)
  await page.getByTestId('deduction-form-submit').click()
  const deduction = page.getByTestId('deduction').filter({ hasText: options.reason })
  await deduction.waitFor()
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
  await page.getByTestId('review-submit').click()
  await page.getByTestId('submit-confirm').click()
  await page.locator('[data-testid="review"][data-status="submitted"]').waitFor()

  // Submitted and locked, the deduction can still be marked: a mark is for the meeting, not a score.
  const star = deduction.getByTestId('typical-mark')
  expect(await star.getAttribute('data-typical-kind')).toBe('none')
  await star.click()
  const form = page.getByTestId('typical-form')
  await form.waitFor()
  await form.getByText(options.kind === 'bad' ? '反面典型' : '正面典型').click()
  await page.getByTestId('typical-note').fill(options.note)
  if (options.rect) await app.screenshot('typical-review-form')
  await page.getByTestId('typical-save').click()
  await expect.poll(() => star.getAttribute('data-typical-kind')).toBe(options.kind)
  expect(await star.innerText()).toBe(options.kind === 'bad' ? '反面典型' : '正面典型')
  marked.push({ caseNumber, reason: options.reason, kind: options.kind })
}

/** Pixels of a crop's canvas that carry ink (not near-white): the scan, not an empty box. */
const inkedPixels = (crop: Locator) =>
  crop.evaluate((el) => {
    const canvas = el.querySelector('canvas')
    if (!canvas || canvas.width === 0) return 0
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let ink = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) ink++
    return ink
  })

describe('典型案例 on the demo workspace', () => {
  it('marks two deductions as typical in the review screen, after submitting', async () => {
    await page.getByTestId('load-demo').click()
    await page.getByTestId('case-row').first().waitFor({ timeout: 240_000 })
    await scoreAndMark({ reason: '处罚决定书未载明履行方式和期限', kind: 'bad', note: '决定书要素缺失，讲评会重点说明', rect: true })
    await app.screenshot('typical-review-marked')
    await scoreAndMark({ reason: '立案审批手续齐全但签批日期晚于调查', kind: 'good', note: '', rect: false })
  }, 420_000)

  it('lists them in 统计与讲评 with their evidence crops, and opens the case from there', async () => {
    await goTo(page, '/reports')
    await page.getByTestId('reports-page').waitFor()
    await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
    await expect.poll(() => page.getByTestId('stats-scope').innerText()).toContain(MONTHLY)
    const card = page.getByTestId('stats-typical-card')
    await card.scrollIntoViewIfNeeded()
    const cases = card.getByTestId('typical-case')
    await expect.poll(() => cases.count(), { timeout: 20_000 }).toBe(2)
    const crops = card.getByTestId('evidence-crop')
    await expect.poll(() => crops.evaluateAll((els) => els.every((e) => e.getAttribute('data-crop-ready') === 'true')), { timeout: 30_000 }).toBe(true)
    expect(await crops.evaluateAll((els) => els.map((e) => e.getAttribute('data-crop-state')))).toEqual(['drawn', 'drawn'])

    for (const m of marked) {
      const row = cases.filter({ hasText: m.reason })
      expect(await row.getAttribute('data-kind')).toBe(m.kind)
      expect(await row.getByTestId('typical-open').innerText()).toBe(m.caseNumber)
      expect(await row.getByTestId('typical-kind-tag').innerText()).toBe(m.kind === 'bad' ? '反面典型' : '正面典型')
    }
    const withRect = cases.filter({ hasText: marked[0].reason })
    expect(await withRect.innerText()).toContain('决定书要素缺失，讲评会重点说明')
    // The first is cut around its rectangle (outlined), wider than tall; the second is its whole page.
    const rectCrop = withRect.getByTestId('evidence-crop')
    await rectCrop.getByTestId('evidence-crop-highlight').waitFor()
    const rectBox = (await rectCrop.boundingBox())!
    expect(rectBox.width).toBeGreaterThan(rectBox.height)
    expect(await inkedPixels(rectCrop)).toBeGreaterThan(200)
    const pageCrop = cases.filter({ hasText: marked[1].reason }).getByTestId('evidence-crop')
    expect(await pageCrop.getByTestId('evidence-crop-highlight').count()).toBe(0)
    const pageBox = (await pageCrop.boundingBox())!
    expect(pageBox.height).toBeGreaterThan(pageBox.width)
    expect(await inkedPixels(pageCrop)).toBeGreaterThan(200)
    await card.scrollIntoViewIfNeeded()
    await app.screenshot('typical-statistics')

    await withRect.getByTestId('typical-open').click()
    await page.getByTestId('review').waitFor()
    expect((await page.getByTestId('review-case-number').innerText()).trim()).toBe(marked[0].caseNumber)
    await expect.poll(() => page.getByTestId('deduction').filter({ hasText: marked[0].reason }).getByTestId('typical-mark').getAttribute('data-typical-kind')).toBe('bad')
  }, 120_000)

  it('drops an unmarked case from the list', async () => {
    const star = page.getByTestId('deduction').filter({ hasText: marked[0].reason }).getByTestId('typical-mark')
    await star.click()
    await page.getByTestId('typical-remove').click()
    await expect.poll(() => star.getAttribute('data-typical-kind')).toBe('none')
    await goTo(page, '/reports')
    await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
    const cases = page.getByTestId('stats-typical-card').getByTestId('typical-case')
    await expect.poll(() => cases.count(), { timeout: 20_000 }).toBe(1)
    expect(await cases.first().getAttribute('data-case-number')).toBe(marked[1].caseNumber)
  }, 60_000)
})
