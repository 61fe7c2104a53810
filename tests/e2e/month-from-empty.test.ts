import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { addOfficer, addReviewer, openPeople, startEmpty } from './steps/people'
import { importRegister } from './steps/register-import'
import { assignReviewers, closeCampaign, createCampaign, readSamplingRecord, startCampaign } from './steps/campaigns'
import { reviewCase, switchReviewer } from './steps/review'
import { openAccount } from './steps/auth'
import { adjudicateFirstCase, openCampaignAdjudication } from './steps/adjudication'
import { REGISTER_HEADER, REGISTER_SQUADS, registerRows, writeRegisterCsv, writeRegisterXlsx } from '../support/register'
import { nth, take } from '../support/defined'

// 从空白开始: the supervision section's month, register → sample → assign → review → close, in the UI only.

let app: RunningApp
let page: Page
let dir: string
let monthly: string

const LEAD = '王敏'
// 陈静 is an officer of 盈浦街道中队 seconded to the section: her squad's cases and those she handled are recused.
const REGISTER = registerRows({ rows: 240 })
const officerColumn = REGISTER_HEADER.indexOf('承办人')
const squadColumn = REGISTER_HEADER.indexOf('承办单位')
const FORMER_OFFICER = nth(String(REGISTER.find((r, i) => i > 0 && r[squadColumn] === '盈浦街道中队')![officerColumn]).split('、'), 0)
const HANDLED_BY_FORMER_OFFICER = new Set(REGISTER.filter((r, i) => i > 0 && String(r[officerColumn]).includes(FORMER_OFFICER)).map((r) => String(r[1])))
// December's late entries, from the case system's other export.
const LATE_ENTRIES = registerRows({ rows: 30, start: 241, dateStyle: 'iso' })
const closedColumn = REGISTER_HEADER.indexOf('结案日期')
const CLOSED_IN_2023 = [...REGISTER.slice(1), ...LATE_ENTRIES.slice(1)].filter((r) => r[closedColumn] !== '').length
const OWN_SQUAD: Record<string, string> = { 李强: '夏阳街道中队', 陈静: '盈浦街道中队' }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'month-from-empty-'))
  app = await launchApp()
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dir, { recursive: true, force: true })
})
keepFailureScreens(() => app, 'month-')

describe('从空白开始: a month of the supervision section without the demo', () => {
  it('starts empty with the district squads and adds officers and reviewers', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, { reviewerName: LEAD })
    await openPeople(page)
    await addOfficer(page, { name: FORMER_OFFICER, badgeNumber: '31118030118', squad: '盈浦街道中队', certified: true, certificateNumber: 'SH-2020-0118', certificateExpiresOn: '2026-12-31' })
    await addOfficer(page, { name: '顾晓东', badgeNumber: '31118010021', squad: '机动中队', certified: true })
    await addReviewer(page, { name: '李强', squad: '夏阳街道中队' })
    await addReviewer(page, { name: '陈静', squad: '盈浦街道中队', officer: FORMER_OFFICER })
    await app.screenshot('month-01-people')
    // Each reviewer signs in with an account of their own; the initial password is theirs to change.
    await openAccount(page, '李强', 'liqiang', 'initial-pass-1')
    await openAccount(page, '陈静', 'chenjing', 'initial-pass-2')
    await app.screenshot('month-01b-accounts')
  }, 120_000)

  it('imports the year’s register: a GBK CSV of 240 cases, then an xlsx whose squad column is renamed', async () => {
    const csv = await writeRegisterCsv(join(dir, '2023年案件台账.csv'), { rows: 240, encoding: 'gbk', table: REGISTER })
    const first = await importRegister(page, csv, { createMissing: true, atStep: (s) => (s === 'preview' ? app.screenshot('month-02-import-csv-preview') : Promise.resolve()) })
    expect(first.fileSummary).toContain('编码：GB18030')
    expect(first.result).toBe('新增 240 条，更新 0 条，无变化 0 条。')

    const table = LATE_ENTRIES.map((r) => [...r])
    table[0] = REGISTER_HEADER.map((h) => (h === '承办单位' ? '办案机构' : h))
    const xlsx = await writeRegisterXlsx(join(dir, '2023年12月补录台账.xlsx'), { rows: 30, table })
    const second = await importRegister(page, xlsx, { fixMapping: { squad: '办案机构' }, createMissing: true, atStep: (s) => (s === 'mapping' ? app.screenshot('month-03-import-xlsx-mapping') : Promise.resolve()) })
    expect(second.result).toBe('新增 30 条，更新 0 条，无变化 0 条。')
    await app.screenshot('month-04-case-list')
  }, 300_000)

  it('creates a monthly spot check with a stratified 10% sample that covers every squad', async () => {
    const name = await createCampaign(page, { kind: 'monthly', name: '2024年1月案卷月度抽查', period: ['2024-01-02', '2024-01-31'], population: ['2023-01-01', '2023-12-31'], method: 'stratified', percent: 10, seed: 20240105, onStep: (s) => app.screenshot(`month-05-wizard-${s}`) })
    const record = await readSamplingRecord(page)
    await app.screenshot('month-06-sampling-record')
    expect(record.seed).toBe(20240105)
    expect(record.strata).toHaveLength(REGISTER_SQUADS.length)
    expect(record.strata.every((n) => n >= 1)).toBe(true)
    // Cases without a 结案日期 are not in the population; the sample is at least a tenth of it.
    expect(record.sampleSize).toBeGreaterThanOrEqual(Math.ceil(CLOSED_IN_2023 / 10))

    const rows = await assignReviewers(page, ['李强', '陈静'])
    await app.screenshot('month-07-assigned')
    expect(rows.length).toBe(record.sampleSize)
    for (const r of rows) {
      expect(r.squad).not.toBe(OWN_SQUAD[r.reviewer])
      if (r.reviewer === '陈静') expect(HANDLED_BY_FORMER_OFFICER.has(r.caseNumber)).toBe(false)
    }
    for (const reviewer of ['李强', '陈静']) {
      const positions = rows.filter((r) => r.reviewer === reviewer).map((r) => r.position)
      expect(positions).toEqual(positions.map((_, i) => i + 1))
    }
    await startCampaign(page)
    monthly = name
  }, 180_000)

  it('each reviewer scores and submits a case of their queue', async () => {
    await switchReviewer(page, '李强')
    const scored = await reviewCase(page, monthly, { deduct: { reason: '处罚决定书未写明履行方式' } })
    await app.screenshot('month-08-reviewed')
    expect(Number(scored.total)).toBeLessThan(100)
    await switchReviewer(page, '陈静')
    const clean = await reviewCase(page, monthly)
    expect(clean.total).toBe('100')
    await switchReviewer(page, LEAD)
  }, 180_000)

  it('runs a double-reviewed centralized evaluation to the lead’s adjudication, closes it and exports it', async () => {
    const name = await createCampaign(page, { kind: 'centralized', name: '2023年度案卷集中评查', period: ['2024-01-08', '2024-01-26'], population: ['2023-03-01', '2023-03-31'], method: 'simple', percent: 10, seed: 7, doubleReview: true })
    const tolerance = page.getByTestId('tolerance')
    await page.getByTestId('tab-assignment').click()
    await tolerance.locator('xpath=self::input | .//input').first().fill('0')
    await tolerance.locator('xpath=self::input | .//input').first().press('Tab')
    const rows = await assignReviewers(page, ['李强', '陈静', LEAD])
    const cases = [...new Set(rows.map((r) => r.caseNumber))]
    expect(cases.length).toBeGreaterThan(0)
    for (const c of cases) expect(new Set(rows.filter((r) => r.caseNumber === c).map((r) => r.reviewer)).size).toBe(2)
    await startCampaign(page)

    // Blind to each other: the first reviewer of each case finds a problem, the second none.
    for (const c of cases) {
      const [first, second] = take(rows.filter((r) => r.caseNumber === c), 2)
      await switchReviewer(page, first.reviewer)
      await reviewCase(page, name, { caseNumber: c, deduct: { reason: '询问笔录未由当事人逐页签名' } })
      await switchReviewer(page, second.reviewer)
      await reviewCase(page, name, { caseNumber: c })
    }
    await switchReviewer(page, LEAD)
    await openCampaignAdjudication(page, name)
    await app.screenshot('month-09-adjudication-list')
    for (let i = 0; i < cases.length; i++) {
      await adjudicateFirstCase(page, { items: 'a', reason: '经合议，询问笔录确未逐页签名，扣分成立', beforeSave: i === 0 ? () => app.screenshot('month-10-adjudicate').then(() => undefined) : undefined })
      await openCampaignAdjudication(page, name)
    }
    await closeCampaign(page)
    await app.screenshot('month-11-closed')

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-campaign').click()])
    const file = join(dir, 'export.xlsx')
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const text = workbook.worksheets.map((s) => s.getSheetValues().flat().join(' ')).join(' ')
    for (const c of cases) expect(text).toContain(c)
    expect(text).not.toContain('待裁定')
  }, 600_000)
})
