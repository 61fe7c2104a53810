import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR } from '../support/paths'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { nth } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { DEMO } from './steps/auth'

// What a reviewer must never read in the Chinese UI: internal codes of the shipped data and
// English that slipped through. Codes are matched as whole words (street_vending, not street).
const rubrics = readdirSync(join(RESOURCES_DIR, 'rubrics'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(RESOURCES_DIR, 'rubrics', f), 'utf8')) as { code: string; sections: { items: { deductions: { id: string }[] }[] }[] })
const baseline = JSON.parse(readFileSync(join(RESOURCES_DIR, 'discretion', 'example-baseline.json'), 'utf8')) as { entries: { code: string }[] }
const CODES = [
  ...new Set([
    ...rubrics.map((r) => r.code),
    ...rubrics.flatMap((r) => r.sections.flatMap((s) => s.items.flatMap((i) => i.deductions.map((d) => d.id)))),
    ...baseline.entries.map((e) => e.code),
  ]),
]
const PHRASES = ['Example', 'JSON', '可配置']

/** The forbidden words a text contains. */
function leaks(text: string): string[] {
  const words = CODES.filter((code) => new RegExp(`(?<![A-Za-z0-9_-])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`).test(text))
  return [...words, ...PHRASES.filter((p) => text.includes(p))]
}

let app: RunningApp
let page: Page
let campaignId: number
let assignmentId: number
let caseId: number
let workbookText: string
/** The rubric's words for the deduction recorded without a reason. */
let optionLabel: string

async function prepareWorkspace(dataDir: string) {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  // One window, signed in by the first start, as the app's would be.
  const caller = newCaller()
  const call = async <T,>(method: string, input: unknown): Promise<T> => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as T
  }
  await call('workspace.loadDemo', {})
  // A case with automatic findings, scored and submitted: its deductions, findings and history show.
  const campaign = nth(await call<{ id: number }[]>('campaigns.list', {}), 0)
  campaignId = campaign.id
  const detail = await call<{ assignments: { assignmentId: number; case: { id: number } }[] }>('campaigns.get', { id: campaignId })
  for (const a of detail.assignments) {
    const evaluation = await call<{ id: number; rubricId: number }>('evaluations.open', { assignmentId: a.assignmentId })
    const findings = await call<{ key: string; proposal: unknown }[]>('checks.forEvaluation', { evaluationId: evaluation.id })
    const proposing = findings.find((f) => f.proposal)
    if (!proposing) continue
    await call('checks.confirm', { evaluationId: evaluation.id, key: proposing.key })
    // A deduction chosen from an item's list without a reason of its own.
    const { body } = await call<{ body: { sections: { items: { id: string; deductions: { id: string; label: string; points?: number }[] }[] }[] } }>('rubrics.get', { id: evaluation.rubricId })
    const item = nth(nth(body.sections, 0).items, 0)
    const option = item.deductions.find((o) => o.points !== undefined)!
    optionLabel = option.label
    await call('evaluations.addDeduction', { evaluationId: evaluation.id, itemId: item.id, optionId: option.id, points: option.points, reason: '' })
    await call('evaluations.submit', { evaluationId: evaluation.id })
    assignmentId = a.assignmentId
    caseId = a.case.id
    break
  }
  if (!assignmentId) throw new Error('no demo case with a finding that proposes a deduction')
  const file = await call<{ filePath: string }>('exports.campaignWorkbook', { campaignId })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file.filePath)
  const cells: string[] = []
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))))
  workbookText = cells.join('\n')
  await services.close()
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'review-desk-language-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: DEMO.lead } })
  page = app.page
}, 300_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'language-')

const go = (route: string) => page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#${route}`)
const settle = async () => {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {})
  await page.waitForTimeout(300)
}
/** The screen's visible text, after it has loaded, with what leaks from it. */
async function visibleLeaks(name: string): Promise<string[]> {
  await settle()
  await app.screenshot(`language-${name}`)
  return leaks(await page.locator('body').innerText())
}

describe('the Chinese UI speaks Chinese: no internal codes, no stray English', () => {
  it('knows what to look for', () => {
    expect(CODES).toEqual(expect.arrayContaining(['penalty-ordinary', 'street_vending', 'late']))
    expect(leaks('违法行为 street_vending 扣分 late').sort()).toEqual(['late', 'street_vending'])
    expect(leaks('模板 template 的 S1.2')).toEqual([])
  })

  it('workbench, case list, case page and campaign pages', async () => {
    await page.getByTestId('nav-workbench').waitFor({ timeout: 60_000 })
    expect(await visibleLeaks('workbench')).toEqual([])
    await go('/cases')
    await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 })
    expect(await visibleLeaks('cases')).toEqual([])
    await go(`/cases/${caseId}`)
    await page.getByTestId('case-number').first().waitFor()
    expect(await visibleLeaks('case')).toEqual([])
    await go('/campaigns')
    await page.getByTestId('campaign-row').first().waitFor()
    expect(await visibleLeaks('campaigns')).toEqual([])
    await go(`/campaigns/${campaignId}`)
    await settle()
    expect(await visibleLeaks('campaign')).toEqual([])
  }, 120_000)

  it('the A/V and complaint registers, 年度台账 and 整改', async () => {
    for (const [route, name] of [['/av-records', 'av-records'], ['/complaints', 'complaints'], ['/quotas', 'quotas'], ['/rectification', 'rectification']] as const) {
      await go(route)
      expect(await visibleLeaks(name)).toEqual([])
    }
  }, 120_000)

  it('the review screen with its deductions, findings and history', async () => {
    await go(`/review/${assignmentId}`)
    await page.getByTestId('review-topbar').waitFor({ timeout: 30_000 })
    expect(await visibleLeaks('review')).toEqual([])
    expect(await page.getByTestId('deduction').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(optionLabel)]))
    await page.getByTestId('review-history').click()
    await page.getByTestId('history-entry').first().waitFor({ timeout: 10_000 }).catch(() => {})
    expect(await visibleLeaks('review-history')).toEqual([])
    await page.keyboard.press('Escape')
  }, 120_000)

  it('settings: rubrics, discretion baseline with its tiers, time limits, calendar', async () => {
    await go('/settings?tab=rubrics')
    await page.getByTestId('rubric-row').first().waitFor()
    expect(await visibleLeaks('settings-rubrics')).toEqual([])
    expect(await page.getByTestId('rubric-export').first().innerText()).toContain('导出评查标准文件')
    await go('/settings?tab=discretion')
    await page.getByTestId('discretion-row').first().waitFor()
    for (const expand of await page.locator('[data-testid="discretion-row"] .ant-table-row-expand-icon').all()) await expand.click()
    expect(await visibleLeaks('settings-discretion')).toEqual([])
    await go('/settings?tab=deadlines')
    await page.getByTestId('deadline-row').first().waitFor()
    expect(await visibleLeaks('settings-deadlines')).toEqual([])
    // The bureau rule is an input's value, which innerText leaves out.
    expect(await page.getByTestId('deadline-article-archiving').inputValue()).toBe('《上海市城市管理行政执法程序规定》')
    await go('/settings?tab=calendar')
    await settle()
    expect(await visibleLeaks('settings-calendar')).toEqual([])
  }, 120_000)

  it.each([
    [1366, 768],
    [1440, 900],
  ])('the case list shows whole party names at %i×%i', async (width, height) => {
    await page.setViewportSize({ width, height })
    await go('/cases')
    await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 })
    await settle()
    await app.screenshot(`language-cases-${width}x${height}`)
    const cells = await page.getByTestId('case-party').evaluateAll((els) =>
      els.map((el) => {
        type Box = { innerText: string; scrollWidth: number; clientWidth: number; querySelector(s: string): Box | null }
        const cell = el as unknown as Box
        // antd puts an ellipsis cell's text in a span of its own when it has one.
        const text = cell.querySelector('.ant-table-cell-content') ?? cell
        return { text: cell.innerText, width: cell.clientWidth, cut: text.scrollWidth > text.clientWidth }
      }),
    )
    expect(cells.length).toBeGreaterThan(5)
    // The demo's parties are people and companies with names of typical length.
    const typical = cells.filter((c) => [...c.text].length <= 14)
    expect(typical.length).toBeGreaterThan(5)
    for (const c of typical) {
      expect(c.cut, `${c.text} is cut off in a ${c.width}px cell`).toBe(false)
      expect(c.text.endsWith('…')).toBe(false)
    }
    expect(Math.min(...cells.map((c) => c.width))).toBeGreaterThanOrEqual(180)
    await page.setViewportSize({ width: 1440, height: 900 })
  }, 60_000)

  it('the campaign workbook', () => {
    expect(workbookText.length).toBeGreaterThan(100)
    expect(leaks(workbookText)).toEqual([])
    expect(workbookText).toContain(optionLabel)
  })
})
