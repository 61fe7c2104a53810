import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { reviewCase } from './steps/review'
import { take } from '../support/defined'

const MONTHLY = '2023年12月案卷月度抽查'
let app: RunningApp
let page: Page
const scored: { caseNumber: string; itemId: string | null; total: number }[] = []

useRunningApp((running) => {
  app = running
  page = running.page
})

const text = (testId: string) => page.getByTestId(testId).innerText()

/** How many pixels of the chart's canvas are painted (not transparent). */
const paintedPixels = (testId: string) =>
  page.getByTestId(testId).evaluate((box) => {
    const canvas = box.querySelector('canvas')
    if (!canvas || canvas.width === 0 || canvas.height === 0) return 0
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let painted = 0
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++
    return painted
  })
const CHARTS = ['stats-grades-chart', 'stats-trend-chart', 'stats-squads-chart', 'stats-categories-chart']
const today = new Date()
/** This month as the trend labels it: 2026年12月. */
const THIS_MONTH = `${today.getFullYear()}年${today.getMonth() + 1}月`

describe('统计与讲评 on the demo workspace', () => {
  it('loads the demo and scores two cases of the monthly spot check', async () => {
    await page.getByTestId('load-demo').click()
    await page.getByTestId('case-row').first().waitFor({ timeout: 240_000 })
    for (const scoring of [{ deduct: { reason: '处罚决定书未写明履行方式' } }, {}]) {
      const r = await reviewCase(page, MONTHLY, scoring)
      scored.push({ caseNumber: r.caseNumber, itemId: r.itemId, total: Number(r.total) })
    }
    expect(scored[0]?.total).toBeLessThan(100)
    expect(scored[1]?.total).toBe(100)
  }, 300_000)

  it('shows the campaign: two evaluated, their average, the rest still open', async () => {
    await goTo(page, '/reports')
    await page.getByTestId('reports-page').waitFor()
    await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
    await expect.poll(() => text('stats-scope')).toContain(MONTHLY)
    await expect.poll(() => text('stats-evaluated-value')).toBe('2')
    const [first, second] = take(scored, 2)
    const average = Math.round(((first.total + second.total) / 2) * 10) / 10
    expect(await text('stats-average-value')).toBe(String(average))
    expect(await text('stats-open')).toMatch(/^尚有 [1-9]\d* 份评查记录未提交，0 件双人评查案卷待组长裁定/)
    // One deduction in one of the two cases: the item heads the table at 50% of cases.
    const item = page.getByTestId('stats-items').locator('tbody tr').first()
    expect(await item.innerText()).toContain(first.itemId!)
    expect(await item.innerText()).toContain('50.0%')
    const squadRows = page.getByTestId('stats-squads').locator('tbody tr.ant-table-row')
    expect(await squadRows.count()).toBeGreaterThanOrEqual(1)
    expect(await squadRows.first().locator('td').first().innerText()).toBe('1')
    // Each chart draws on its canvas, beside or above its table.
    for (const chart of CHARTS) await expect.poll(() => paintedPixels(chart), { timeout: 10_000 }).toBeGreaterThan(500)
    const grades = page.getByTestId('stats-grades-table').locator('tbody tr.ant-table-row')
    expect(await grades.count()).toBe(4)
    // The campaign's trend: its results were all submitted this month.
    const trend = page.getByTestId('stats-trend-table').locator('tbody tr.ant-table-row')
    expect(await trend.count()).toBe(1)
    expect(await trend.first().innerText()).toMatch(new RegExp(`^${THIS_MONTH}\\s+2\\s+${average}\\s`))
    await app.screenshot('statistics-campaign')
    await page.getByTestId('stats-categories-card').scrollIntoViewIfNeeded()
    await app.screenshot('statistics-campaign-charts')
    await page.getByTestId('stats-officers-card').scrollIntoViewIfNeeded()
    // Two cases cannot make a repeat (three of one squad), within the campaign or the last twelve months.
    expect(await page.getByTestId('stats-repeats').innerText()).toContain('没有反复出现的问题')
    await page.getByTestId('stats-repeats-window').getByText(/^近12个月/).click()
    expect(await page.getByTestId('stats-repeats').innerText()).toContain('没有反复出现的问题')
    await app.screenshot('statistics-campaign-tables')
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByTestId('stats-squads-card').scrollIntoViewIfNeeded()
    // The charts follow the narrower window: each canvas fits inside its card.
    for (const chart of CHARTS) {
      const canvas = await page.getByTestId(chart).locator('canvas').boundingBox()
      const card = await page.getByTestId(chart).locator('xpath=ancestor::div[contains(@class,"ant-card-body")]').boundingBox()
      expect(canvas!.x + canvas!.width).toBeLessThanOrEqual(card!.x + card!.width)
    }
    await app.screenshot('statistics-campaign-1366')
    await page.setViewportSize({ width: 1440, height: 900 })
  }, 60_000)

  it('shows this month: the same two results, reached today, in English too', async () => {
    await page.getByTestId('stats-mode').getByText('按期间').click()
    await expect.poll(() => text('stats-scope')).toMatch(/至/)
    await expect.poll(() => text('stats-evaluated-value')).toBe('2')
    expect(await text('stats-grades')).toMatch(/优秀 \d+ · 良好 \d+ · 合格 \d+ · 不合格 \d+/)
    await app.screenshot('statistics-period')
    // A month's trend: the twelve months up to it, this one last with the two results.
    const trend = page.getByTestId('stats-trend-table').locator('tbody tr.ant-table-row')
    expect(await trend.count()).toBe(12)
    expect(await trend.last().innerText()).toMatch(new RegExp(`^${THIS_MONTH}\\s+2\\s`))
    await page.getByTestId('stats-trend-card').scrollIntoViewIfNeeded()
    await expect.poll(() => paintedPixels('stats-trend-chart'), { timeout: 10_000 }).toBeGreaterThan(500)
    await app.screenshot('statistics-period-trend')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => text('stats-evaluated')).toContain('Cases evaluated')
    for (const chart of CHARTS) await expect.poll(() => paintedPixels(chart), { timeout: 10_000 }).toBeGreaterThan(500)
    const monthEn = `${today.getMonth() + 1}/${today.getFullYear()}`
    await expect.poll(() => trend.last().innerText()).toMatch(new RegExp(`^${monthEn}\\s+2\\s`))
    await app.screenshot('statistics-period-en')
    await page.getByTestId('lang-switch').click()
  }, 60_000)
})
