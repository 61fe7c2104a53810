import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseFiles, launchApp, keepFailureScreens, type RunningApp } from './harness'
import { ARTIFACTS_DIR } from '../support/paths'
import { officerRow, openPeople, reviewerRow, startEmpty } from './steps/people'
import { importAndCancel, importRegister, importTable } from './steps/register-import'
import { REGISTER_HEADER, registerRows, writeRegisterCsv, writeRegisterXlsx } from '../support/register'
import { gbk } from '../support/gbk'
import { readdir, writeFile } from 'node:fs/promises'
import { nth } from '../support/defined'

let app: RunningApp
let page: Page
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'register-import-e2e-'))
  app = await launchApp()
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dir, { recursive: true, force: true })
})
keepFailureScreens(() => app, 'register-import-')

const caseTotal = async () => (await page.locator('.ant-pagination-total-text').innerText()).replace(/\D/g, '')

describe('from an empty install: the case register imported through the wizard', () => {
  it('imports a GBK CSV register of 240 cases, creating the officers it names', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, { reviewerName: '王敏' })
    const path = await writeRegisterCsv(join(dir, '2023年案件台账.csv'), { rows: 240, encoding: 'gbk' })
    const outcome = await importRegister(page, path, {
      createMissing: true,
      atStep: (step) => app.screenshot(`register-import-csv-${step}`),
    })
    expect(outcome.fileSummary).toContain('编码：GB18030')
    expect(outcome.fileSummary).toContain('240 行数据')
    expect(outcome.counts).toMatchObject({ rows: 240, created: 240, updated: 0, invalid: 0 })
    expect(outcome.result).toBe('新增 240 条，更新 0 条，无变化 0 条。')
    await expect.poll(caseTotal).toBe('240')
    // The browser's upload was read into the import and is not kept.
    expect(await readdir(join(app.dataDir, 'uploads')).catch(() => [])).toEqual([])
    await page.locator('[data-testid="case-row"][data-case-number="青城管罚字〔2023〕第00186号"]').waitFor()
    await app.screenshot('register-import-case-list')
  }, 180_000)

  it('imports an xlsx register whose squad column has another name, mapped by hand; existing cases are updated', async () => {
    // Cases 221–280: 20 already imported (one with a corrected party), 40 new; 承办单位 is called 办案机构 here.
    const table = registerRows({ rows: 60, start: 221, dateStyle: 'iso' })
    table[0] = REGISTER_HEADER.map((h) => (h === '承办单位' ? '办案机构' : h))
    nth(table, 1)[2] = '上海某某餐饮管理有限公司'
    const path = await writeRegisterXlsx(join(dir, '2023年下半年案件台账.xlsx'), { rows: 60, table, title: '2023年下半年案件台账' })
    let mappingShot = false
    const outcome = await importRegister(page, path, {
      fixMapping: { squad: '办案机构' },
      createMissing: true,
      atStep: async (step) => {
        if (step === 'mapping') {
          mappingShot = true
          expect(await page.getByTestId('import-mapping-step').innerText()).toContain('已沿用上次导入的列对应')
        }
        await app.screenshot(`register-import-xlsx-${step}`)
        if (step === 'preview') {
          expect(await page.getByTestId('import-changes').innerText()).toContain('上海某某餐饮管理有限公司')
          await page.setViewportSize({ width: 1366, height: 768 })
          await app.screenshot('register-import-xlsx-preview-1366')
          await page.setViewportSize({ width: 1440, height: 900 })
        }
      },
    })
    expect(mappingShot).toBe(true)
    expect(outcome.fileSummary).toContain('编码：Excel 工作簿')
    expect(outcome.fileSummary).toContain('表头在第 2 行')
    expect(outcome.counts).toMatchObject({ rows: 60, created: 40, updated: 1, unchanged: 19, invalid: 0 })
    expect(outcome.result).toBe('新增 40 条，更新 1 条，无变化 19 条。')
    await expect.poll(caseTotal).toBe('280')
  }, 180_000)

  it('lists a bad file’s problems by row and column and imports nothing', async () => {
    const table = registerRows({ rows: 3, start: 900 })
    nth(table, 2)[6] = '2023-02-30'
    nth(table, 3)[4] = '不存在中队'
    const path = await writeRegisterCsv(join(dir, '有错误的台账.csv'), { rows: 0, encoding: 'utf-8', table })
    await page.getByTestId('import-cases').click()
    await chooseFiles(page, path, () => page.getByTestId('import-choose-file').click())
    await page.getByTestId('import-mapping-next').click()
    await page.getByTestId('import-blocked').waitFor()
    const problems = await page.getByTestId('import-problem').allInnerTexts()
    expect(problems.some((p) => /^3\s+立案日期\s+错误\s+无法识别的日期「2023-02-30」/.test(p))).toBe(true)
    expect(problems.some((p) => /^4\s+承办单位\s+错误\s+中队「不存在中队」不存在/.test(p))).toBe(true)
    expect(await page.getByTestId('import-start').isDisabled()).toBe(true)
    await app.screenshot('register-import-problems')
    await page.keyboard.press('Escape')
    await page.getByTestId('import-wizard').waitFor({ state: 'detached' })
    expect(await caseTotal()).toBe('280')
  }, 120_000)

  it('cancels a large import in flight and leaves the register as it was', async () => {
    const path = await writeRegisterCsv(join(dir, '大批量台账.csv'), { rows: 30_000, start: 50_000, encoding: 'gbk' })
    const { message, progress } = await importAndCancel(page, 'cases', path, {
      createMissing: true,
      // The harness's screenshot waits for spinners to stop, which would wait out the import: picture it as it runs.
      atStep: (step) => (step === 'preview' ? page.screenshot({ path: join(ARTIFACTS_DIR, 'register-import-running.png') }) : app.screenshot('register-import-cancelled')),
    })
    expect(progress).toMatch(/[1-9]\d*%/)
    expect(message).toContain('已取消导入“大批量台账.csv”，现有数据没有任何改动。')
    await expect.poll(caseTotal).toBe('280')
  }, 180_000)

  it('imports officers and reviewers from 设置 → 机构与人员 with the same wizard', async () => {
    const officers = join(dir, '执法人员名单.csv')
    await writeFile(officers, gbk('姓名,执法证件号,所属中队,是否持证,证件编号,有效期至\r\n赵一,31118000901,机动中队,是,沪A0901,2027/6/30\r\n钱二,31118000902,夏阳街道中队,否,,\r\n'))
    await openPeople(page)
    const outcome = await importTable(page, 'officers', officers, { atStep: (step) => app.screenshot(`register-import-officers-${step}`) })
    expect(outcome.fileSummary).toContain('编码：GB18030')
    expect(outcome.result).toBe('新增 2 条，更新 0 条，无变化 0 条。')
    await expect.poll(() => officerRow(page, '赵一').innerText()).toContain('31118000901')

    const reviewers = await writeRegisterXlsx(join(dir, '评查员名单.xlsx'), { rows: 0, table: [['姓名', '角色', '所属中队'], ['周评', '评查员', '盈浦街道中队']] })
    await importTable(page, 'reviewers', reviewers)
    await expect.poll(() => reviewerRow(page, '周评').innerText()).toContain('盈浦街道中队')
    await app.screenshot('register-import-people-tab')
  }, 120_000)
})
