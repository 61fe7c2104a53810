import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { addOfficer, goTo, openPeople, startEmpty } from './steps/people'

// 设置 → 审计日志: the anchor to write down at the meeting, verification, and the check of a written-down anchor.

let app: RunningApp
let page: Page
useRunningApp((running) => {
  app = running
  page = running.page
}, 'audit-')

async function verifyWith(rows: string, hash: string) {
  // The test id lands on the input or on its wrapper, depending on the antd version.
  await page.getByTestId('audit-witness-rows').locator('xpath=self::input | .//input').first().fill(rows)
  await page.getByTestId('audit-witness-hash').fill(hash)
  await page.getByTestId('audit-witness-check').click()
}

describe('审计日志: the anchor is shown and verification says what it found', () => {
  it('shows the anchor after changes and verifies the log, also against the anchor written down', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, { reviewerName: '王敏' })
    await openPeople(page)
    await addOfficer(page, { name: '顾晓东', badgeNumber: '31118010021', squad: '机动中队' })

    await goTo(page, '/settings?tab=audit')
    await page.getByTestId('audit-tab').waitFor()
    const anchor = await page.getByTestId('audit-anchor').innerText()
    const [, rows = '', hash = ''] = /^审计锚点：第 (\d+) 条，哈希 ((?:[0-9a-f]{4} ){3}[0-9a-f]{4})/.exec(anchor) ?? []
    expect(Number(rows)).toBeGreaterThanOrEqual(2)
    expect(anchor).toMatch(/记录于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)

    await page.getByTestId('audit-verify').click()
    const result = page.getByTestId('audit-result')
    await result.waitFor()
    expect(await result.getAttribute('data-reason')).toBe('ok')
    expect(await result.innerText()).toMatch(/^审计日志完整：共 \d+ 条记录，\d+ 项数据与各自最后一条审计记录一致。$/)
    await app.screenshot('audit-01-anchor-verified')

    // The anchor as written down at the meeting (count and the first 8 hex digits, spaces allowed).
    await verifyWith(rows, hash.slice(0, 9))
    await page.locator('[data-testid="audit-result"][data-reason="ok"]').waitFor()
    await verifyWith(rows, 'ffff ffff')
    await page.locator('[data-testid="audit-result"][data-reason="witness_mismatch"]').waitFor()
    expect(await result.innerText()).toBe(`记下的锚点（第 ${rows} 条，哈希 ffffffff…）与审计日志不符。`)
    await app.screenshot('audit-02-witness-mismatch')
  }, 120_000)
})
