import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { scoreAndMarkTypical, type TypicalMarkInput } from './steps/typical'
import { nth } from '../support/defined'

const MONTHLY = '2023年12月案卷月度抽查'
let app: RunningApp
let page: Page
const marked: { caseNumber: string; reason: string; kind: 'bad' | 'good' }[] = []

useRunningApp((running) => {
  app = running
  page = running.page
})

async function scoreAndMark(options: TypicalMarkInput) {
  const { caseNumber, star } = await scoreAndMarkTypical(page, MONTHLY, { ...options, beforeSave: options.rect ? () => app.screenshot('typical-review-form') : undefined })
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
    const withRect = cases.filter({ hasText: nth(marked, 0).reason })
    expect(await withRect.innerText()).toContain('决定书要素缺失，讲评会重点说明')
    // The first is cut around its rectangle (outlined), wider than tall; the second is its whole page.
    const rectCrop = withRect.getByTestId('evidence-crop')
    await rectCrop.getByTestId('evidence-crop-highlight').waitFor()
    const rectBox = (await rectCrop.boundingBox())!
    expect(rectBox.width).toBeGreaterThan(rectBox.height)
    expect(await inkedPixels(rectCrop)).toBeGreaterThan(200)
    const pageCrop = cases.filter({ hasText: nth(marked, 1).reason }).getByTestId('evidence-crop')
    expect(await pageCrop.getByTestId('evidence-crop-highlight').count()).toBe(0)
    const pageBox = (await pageCrop.boundingBox())!
    expect(pageBox.height).toBeGreaterThan(pageBox.width)
    expect(await inkedPixels(pageCrop)).toBeGreaterThan(200)
    await card.scrollIntoViewIfNeeded()
    await app.screenshot('typical-statistics')

    await withRect.getByTestId('typical-open').click()
    await page.getByTestId('review').waitFor()
    expect((await page.getByTestId('review-case-number').innerText()).trim()).toBe(nth(marked, 0).caseNumber)
    await expect.poll(() => page.getByTestId('deduction').filter({ hasText: nth(marked, 0).reason }).getByTestId('typical-mark').getAttribute('data-typical-kind')).toBe('bad')
  }, 120_000)

  it('drops an unmarked case from the list', async () => {
    const star = page.getByTestId('deduction').filter({ hasText: nth(marked, 0).reason }).getByTestId('typical-mark')
    await star.click()
    await page.getByTestId('typical-remove').click()
    await expect.poll(() => star.getAttribute('data-typical-kind')).toBe('none')
    await goTo(page, '/reports')
    await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
    const cases = page.getByTestId('stats-typical-card').getByTestId('typical-case')
    await expect.poll(() => cases.count(), { timeout: 20_000 }).toBe(1)
    expect(await cases.first().getAttribute('data-case-number')).toBe(nth(marked, 1).caseNumber)
  }, 60_000)
})
