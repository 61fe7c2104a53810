import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gbk } from '../support/gbk'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import type { DiscretionTable } from '../../shared/domain/discretion/baseline'
import type { FilePick } from '../../shared/contract/picks'
import type { PickedFile, SystemPorts } from '../../electron/backend/services/context'
import { AppError } from '../../electron/backend/services/errors'
import { nth } from '../support/defined'

const HEADERS = ['违法行为代码', '违法行为', '法律依据', '法定幅度下限（元）', '法定幅度上限（元）', '裁量阶次', '适用情形', '罚款下限（元）', '罚款上限（元）']
const BIN = ['bin_overflow', '垃圾桶满溢未清运', '《上海市生活垃圾管理条例》第五十七条第二款', 50, 200]
const GOOD_ROWS: [(string | number)[], (string | number)[]] = [
  [...BIN, '一般处罚', '首次发现，责令后改正', 50, 100],
  [...BIN, '从重处罚', '拒不改正', 100, 200],
]

/** Writes a one-sheet workbook the way a lead would fill in the template. */
async function writeXlsx(path: string, rows: unknown[][], sheetName = '裁量基准') {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row)
  await wb.xlsx.writeFile(path)
  return path
}

let ws: TestWorkspace
beforeAll(async () => {
  ws = await openTestWorkspace()
})
afterAll(() => ws.close())

const baseline = () => ws.call('settings.discretion', {})
const shippedExample = async () =>
  JSON.parse(await readFile(new URL('../../resources/discretion/example-baseline.json', import.meta.url), 'utf8')) as DiscretionTable
const audit = () => ws.app.ctx.db.selectFrom('auditLog').select(['action', 'entity']).orderBy('id').execute()

describe('the discretion baseline in force', () => {
  it('starts as the shipped example, stored in the workspace', async () => {
    const table = await baseline()
    expect(table.example).toBe(true)
    expect(table.entries.length).toBeGreaterThanOrEqual(15)
    const stored = await ws.app.ctx.db.selectFrom('settings').select('value').where('key', '=', 'discretionBaseline').executeTakeFirstOrThrow()
    expect(JSON.parse(stored.value)).toEqual(table)
  })

  it('exports as xlsx and imports back to the same table', async () => {
    const before = await baseline()
    const exported = await ws.call('settings.exportDiscretion', { template: false })
    expect(exported.fileName).toMatch(/^裁量基准-\d{8}-\d{6}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(exported.filePath)
    const sheet = nth(wb.worksheets, 0)
    expect(sheet.name).toBe('裁量基准')
    expect((sheet.getRow(1).values as unknown[]).slice(1, 10)).toEqual(HEADERS)
    expect(sheet.rowCount).toBe(1 + before.entries.reduce((n, e) => n + e.tiers.length, 0))
    expect(sheet.getRow(2).getCell(6).value).toBe('不予处罚')
    expect(wb.worksheets[1]?.name).toBe('填写说明')

    const imported = await ws.call('settings.importDiscretion', { path: exported.filePath, fileName: '本局裁量基准.xlsx' })
    expect(imported!.rows).toBe(sheet.rowCount - 1)
    const after = await baseline()
    expect(after).toMatchObject({ example: false, title: '本局裁量基准', source: '本局裁量基准.xlsx', note: { zh: '自“本局裁量基准.xlsx”导入' } })
    expect(after.entries).toEqual(before.entries)
    expect((await audit()).at(-1)).toEqual({ action: 'discretion.import', entity: 'discretion_baseline' })
  })

  it.each(['zh-CN', 'en'] as const)('round-trips every field of every entry through xlsx in %s', async (locale) => {
    await ws.call('workspace.setLocale', { locale })
    try {
      const original = (await ws.call('settings.setDiscretion', { table: await shippedExample() })).entries
      // The shipped example carries every optional field somewhere: prove it, so the trip means something.
      expect(original.some((e) => e.domain) && original.some((e) => e.note) && original.some((e) => e.legalRangeFenByParty)).toBe(true)
      expect(original.some((e) => e.aliases.length) && original.flatMap((e) => e.tiers).some((b) => b.partyType && b.conditionsEn)).toBe(true)
      const exported = await ws.call('settings.exportDiscretion', { template: false })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(exported.filePath)
      const header = (nth(wb.worksheets, 0).getRow(1).values as unknown[]).slice(1)
      expect(header.slice(-2)).toEqual(locale === 'en' ? ['Enforcement domain', 'Note'] : ['执法领域', '备注'])
      const domains = nth(wb.worksheets, 0).getColumn(header.length - 1).values.slice(2)
      expect(domains).toContain(locale === 'en' ? 'Muck transport' : '渣土运输')

      await ws.call('settings.importDiscretion', { path: exported.filePath })
      const after = await baseline()
      expect(after.entries).toEqual(original)
      expect(after).toMatchObject({ example: false, source: exported.fileName })
    } finally {
      await ws.call('workspace.setLocale', { locale: 'zh-CN' })
    }
  })

  it('imports a sheet written from the template, with a title row above the header', async () => {
    const template = await ws.call('settings.exportDiscretion', { template: true })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(template.filePath)
    expect(wb.worksheets[0]?.rowCount).toBe(1)
    const path = await writeXlsx(join(ws.dir, 'bins.xlsx'), [['某区城管执法局裁量基准（2024年版）'], HEADERS, ...GOOD_ROWS])
    expect(await ws.call('settings.importDiscretion', { path })).toMatchObject({ rows: 2 })
    const table = await baseline()
    expect(table.entries).toEqual([
      {
        code: 'bin_overflow',
        violation: '垃圾桶满溢未清运',
        aliases: [],
        legalBasis: '《上海市生活垃圾管理条例》第五十七条第二款',
        legalRangeFen: { minFen: 5000, maxFen: 20000 },
        tiers: [
          { tier: 'general', conditions: '首次发现，责令后改正', minFen: 5000, maxFen: 10000 },
          { tier: 'heavier', conditions: '拒不改正', minFen: 10000, maxFen: 20000 },
        ],
      },
    ])
  })

  it('takes an entry’s domain and note from whichever of its rows gives them', async () => {
    const rows = [[...HEADERS, '执法领域', '备注'], [...GOOD_ROWS[0], null, '2024年修订'], [...GOOD_ROWS[1], 'Household waste sorting', null]]
    await ws.call('settings.importDiscretion', { path: await writeXlsx(join(ws.dir, 'bins-domain.xlsx'), rows) })
    expect((await baseline()).entries).toEqual([expect.objectContaining({ code: 'bin_overflow', domain: 'household_waste', note: '2024年修订' })])
  })

  it.each<[string, unknown[][], string]>([
    ['a missing column', [HEADERS.filter((h) => h !== '裁量阶次'), ...GOOD_ROWS.map((r) => r.filter((_, i) => i !== 5))], '第1行「裁量阶次」：缺少此列'],
    ['an amount that is not one', [HEADERS, GOOD_ROWS[0], [...BIN, '从重处罚', '拒不改正', 100, '二百']], '第3行「罚款上限（元）」：“二百”不是有效金额（单位：元）'],
    ['an unknown tier', [HEADERS, [...BIN, '特别从重', '多次', 100, 200]], '第2行「裁量阶次」：无法识别的裁量阶次“特别从重”'],
    ['an empty cell', [HEADERS, [...BIN, '一般处罚', '', 50, 100]], '第2行「适用情形」：未填写'],
    ['a tier beyond the legal range', [HEADERS, GOOD_ROWS[0], [...BIN, '从重处罚', '拒不改正', 100, 300]], '第3行「罚款上限（元）」：“从重”档次100元–300元超出法定幅度50元–200元'],
    ['rows of one code that disagree', [HEADERS, GOOD_ROWS[0], ['bin_overflow', '垃圾桶满溢', ...GOOD_ROWS[1].slice(2)]], '第3行「违法行为」：与同一代码的第2行不一致'],
    ['an unknown enforcement domain', [[...HEADERS, '执法领域'], [...GOOD_ROWS[0], '市容']], '第2行「执法领域」：无法识别的执法领域“市容”'],
    ['notes of one code that disagree', [[...HEADERS, '备注'], [...GOOD_ROWS[0], '2024年修订'], [...GOOD_ROWS[1], '2023年版']], '第3行「备注」：与同一代码的第2行不一致'],
    ['a legal basis without an article', [HEADERS, [...BIN.slice(0, 2), '生活垃圾管理条例', 50, 200, '一般处罚', '首次', 50, 100]], '第2行「法律依据」：法律依据须写明法规名称和条款'],
  ])('refuses %s, naming the row and column, and changes nothing', async (_name, rows, message) => {
    const before = await baseline()
    const entriesBefore = (await audit()).length
    const path = await writeXlsx(join(ws.dir, 'bad.xlsx'), rows)
    const error = await ws.fail('settings.importDiscretion', { path, fileName: '裁量基准（修订）.xlsx' })
    expect(error.code).toBe('import_invalid')
    expect(error.message).toContain('“裁量基准（修订）.xlsx”未能导入，现有数据没有任何改动')
    expect(error.message).toContain(message)
    expect(await baseline()).toEqual(before)
    expect(await audit()).toHaveLength(entriesBefore)
  })

  it('refuses an old .xls file and says how to convert it', async () => {
    const path = join(ws.dir, 'old.xls')
    await writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    const error = await ws.fail('settings.importDiscretion', { path })
    expect(error).toMatchObject({ code: 'import_invalid', message: expect.stringContaining('另存为 .xlsx') })
  })

  it('saves an edited row, and refuses a bad one naming the entry and tier', async () => {
    const table = await baseline()
    nth(nth(table.entries, 0).tiers, 0).conditions = '首次发现，当场改正'
    expect((await ws.call('settings.setDiscretion', { table })).entries[0]?.tiers[0]?.conditions).toBe('首次发现，当场改正')
    expect((await audit()).at(-1)).toEqual({ action: 'discretion.set', entity: 'discretion_baseline' })

    nth(nth(table.entries, 0).tiers, 1).maxFen = 25000
    const error = await ws.fail('settings.setDiscretion', { table })
    expect(error.code).toBe('baseline_invalid')
    expect(error.message).toBe('裁量基准未保存，请修改后重试：第1项“垃圾桶满溢未清运”“从重”档：“从重”档次100元–250元超出法定幅度50元–200元')
    expect((await baseline()).entries[0]?.tiers[1]?.maxFen).toBe(20000)
  })

  it('answers in English when the UI is in English', async () => {
    await ws.call('workspace.setLocale', { locale: 'en' })
    try {
      const path = await writeXlsx(join(ws.dir, 'bad-en.xlsx'), [HEADERS, [...BIN, '一般处罚', '首次', 50, 'abc']])
      const error = await ws.fail('settings.importDiscretion', { path })
      expect(error.message).toBe('"bad-en.xlsx" was not imported and nothing was changed. Fix it and import again: row 2, “Fine maximum (yuan)”: “abc” is not an amount in yuan')
    } finally {
      await ws.call('workspace.setLocale', { locale: 'zh-CN' })
    }
  })
})

describe('calendar overrides from a file', () => {
  it('merges an xlsx list with date cells: a date already listed is replaced', async () => {
    await ws.call('calendar.setOverrides', { overrides: [{ date: '2024-10-08', kind: 'holiday', note: '旧' }, { date: '2024-12-31', kind: 'holiday', note: '保留' }] })
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('2025年安排')
    sheet.addRow(['日期', '类型', '备注'])
    sheet.addRow([new Date(Date.UTC(2024, 9, 8)), '上班', '区级调休'])
    sheet.addRow(['2025/1/2', '放假', '区级安排'])
    const path = join(ws.dir, 'calendar.xlsx')
    await wb.xlsx.writeFile(path)
    const result = await ws.call('calendar.importOverrides', { path })
    expect(result).toMatchObject({ added: 1, updated: 1 })
    expect(result!.status.overrides).toEqual([
      { date: '2024-10-08', kind: 'workday', note: '区级调休' },
      { date: '2024-12-31', kind: 'holiday', note: '保留' },
      { date: '2025-01-02', kind: 'holiday', note: '区级安排' },
    ])
  })

  it('reads a GBK-encoded CSV as exported by the office systems', async () => {
    const path = join(ws.dir, 'calendar-gbk.csv')
    await writeFile(path, gbk('日期,类型,备注\r\n2026年1月2日,放假,"元旦调休，区政府通知"\r\n2026-01-04,上班,补班\r\n'))
    expect((await readFile(path)).includes(Buffer.from('放假'))).toBe(false) // really not UTF-8
    const result = await ws.call('calendar.importOverrides', { path })
    expect(result!.status.overrides.filter((o) => o.date.startsWith('2026'))).toEqual([
      { date: '2026-01-02', kind: 'holiday', note: '元旦调休，区政府通知' },
      { date: '2026-01-04', kind: 'workday', note: '补班' },
    ])
  })

  it('reads a UTF-8 CSV with a byte-order mark', async () => {
    const path = join(ws.dir, 'calendar-utf8.csv')
    await writeFile(path, '\ufeff日期,类型,备注\n2026-02-20,休息,区级安排\n')
    expect((await ws.call('calendar.importOverrides', { path }))!.status.overrides).toContainEqual({ date: '2026-02-20', kind: 'holiday', note: '区级安排' })
  })

  it('refuses a file with a bad row, naming it, and keeps the list as it was', async () => {
    const before = await ws.call('calendar.status', {})
    const path = join(ws.dir, 'calendar-bad.csv')
    await writeFile(path, gbk('日期,类型,备注\n2026-03-02,放假,\n2026-02-30,上班,\n2026-03-03,加班,\n'))
    const error = await ws.fail('calendar.importOverrides', { path })
    expect(error.code).toBe('import_invalid')
    expect(error.message).toContain('第3行「日期」：“2026-02-30”不是有效日期（应写作2024-10-01）；第4行「类型」：“加班”应为“放假”或“上班”')
    expect(await ws.call('calendar.status', {})).toEqual(before)
  })

  it('asks the caller for one table when given no path; a cancelled pick changes nothing', async () => {
    const path = join(ws.dir, '调休安排.csv')
    await writeFile(path, '日期,类型,备注\n2026-04-27,上班,调休\n')
    const asked: FilePick[] = []
    const choosing = (files: PickedFile[]): SystemPorts => ({
      pickFiles: async (pick) => {
        asked.push(pick)
        return files
      },
    })
    const imported = await ws.dispatch('calendar.importOverrides', {}, choosing([{ path, fileName: '调休安排.csv' }]))
    expect(imported).toMatchObject({ ok: true, value: { added: 1 } })
    expect(await ws.dispatch('settings.importDiscretion', {}, choosing([]))).toEqual({ ok: true, value: null })
    const refused = await ws.dispatch('settings.importDiscretion', {}, choosing([{ fileName: '裁量基准.xlsx', refused: new AppError('upload_too_large', { fileName: '裁量基准.xlsx', limit: '1 GB' }) }]))
    expect(refused).toMatchObject({ ok: false, error: { code: 'upload_too_large' } })
    expect(asked).toEqual(['table', 'table', 'table'])
  })

  it('refuses to pick in a context that has no way to ask the user (a script, a test)', async () => {
    expect((await ws.fail('calendar.importOverrides', {})).code).toBe('desktop_only')
    expect((await ws.fail('settings.importDiscretion', {})).code).toBe('desktop_only')
  })
})

describe('time limits', () => {
  it('shows the defaults with their basis, and a changed filing limit moves the finding', async () => {
    const initial = await ws.call('settings.deadlines', {})
    expect(initial.config).toEqual(initial.defaults)
    expect(initial.config.filing).toMatchObject({ days: 7, kind: 'working', basis: 'bureau_rule', article: '《中华人民共和国行政处罚法》第五十四条' })
    expect(initial.config.decision).toMatchObject({ days: 90, basis: 'statute' })

    const { squadIds } = await seedRegistry(ws)
    // Found Wed 2023-03-01, filed Fri 2023-03-17: 12 working days later.
    const c = await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: 'D-1', discoveredOn: '2023-03-01', filedOn: '2023-03-17' }))
    const { assignmentIds } = await seedCampaign(ws, [c.id])
    const evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
    const filing = async () => (await ws.call('checks.forEvaluation', { evaluationId })).find((f) => f.key === 'deadline:filing')!
    expect(await filing()).toMatchObject({ outcome: 'problem', deadline: { limitDays: 7, daysOver: 5 } })

    const saved = await ws.call('settings.setDeadlines', { config: { filing: { days: 15, article: '区城管执法局案件办理规定第八条' } } })
    expect(saved.config.filing).toMatchObject({ days: 15, kind: 'working', basis: 'bureau_rule', article: '区城管执法局案件办理规定第八条' })
    expect(saved.defaults.filing.days).toBe(7)
    expect(await filing()).toMatchObject({ outcome: 'ok', deadline: { limitDays: 15, article: '区城管执法局案件办理规定第八条' } })
    expect((await audit()).at(-1)).toEqual({ action: 'deadlines.set', entity: 'deadline_config' })

    expect((await ws.fail('settings.setDeadlines', { config: { filing: { days: -1 } } })).code).toBe('invalid_input')
    expect((await ws.fail('settings.setDeadlines', { config: { closing: { from: [] } } })).code).toBe('invalid_input')
    expect((await ws.call('settings.deadlines', {})).config.filing.days).toBe(15)
  })

  it('cites the bureau’s own rule for closing and archiving, never a placeholder, in findings and the export', async () => {
    const own = await openTestWorkspace()
    try {
      const defaults = (await own.call('settings.deadlines', {})).config
      expect(defaults.archiving.article).toBe('《上海市城市管理行政执法程序规定》')
      expect(JSON.stringify(defaults)).not.toContain('可配置')

      const { squadIds } = await seedRegistry(own)
      // Closed 2023-05-04, archived 2023-07-10: 67 days against 30.
      const dates = { discoveredOn: '2023-03-01', filedOn: '2023-03-02', decidedOn: '2023-04-03', servedOn: '2023-04-04', executedOn: '2023-04-20', closedOn: '2023-05-04', archivedOn: '2023-07-10' }
      const c = await own.call('cases.create', caseInput(squadIds[0], { caseNumber: 'A-1', ...dates }))
      const { campaignId, assignmentIds } = await seedCampaign(own, [c.id])
      const evaluationId = (await own.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
      const archiving = async () => (await own.call('checks.forEvaluation', { evaluationId })).find((f) => f.key === 'deadline:archiving')!
      const found = await archiving()
      expect(found).toMatchObject({ outcome: 'problem', deadline: { article: '《上海市城市管理行政执法程序规定》', basis: 'bureau_rule' } })
      expect(found.message).toContain('《上海市城市管理行政执法程序规定》')

      // A workspace that saved its limits under an earlier version holds the old placeholder.
      await own.app.ctx.db.insertInto('settings').values({ key: 'deadlineConfig', value: JSON.stringify({ archiving: { article: '本局归档时限规定（可配置）' } }) }).execute()
      expect((await own.call('settings.deadlines', {})).config.archiving.article).toBe('《上海市城市管理行政执法程序规定》')
      expect(JSON.stringify(await own.call('checks.forEvaluation', { evaluationId }))).not.toContain('可配置')

      const rule = '《浦东新区城市管理行政执法案件办理规定》第二十条'
      await own.call('settings.setDeadlines', { config: { archiving: { article: rule } } })
      const renamed = await archiving()
      expect(renamed.deadline?.article).toBe(rule)
      expect(renamed.message).toContain(rule)

      await own.call('checks.confirm', { evaluationId, key: 'deadline:archiving' })
      const file = await own.call('exports.campaignWorkbook', { campaignId })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file.filePath)
      const text: string[] = []
      wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.text)))))
      expect(text.join('\n')).toContain(rule)
      expect(text.join('\n')).not.toContain('可配置')
    } finally {
      await own.close()
    }
  })
})
