import { createHash } from 'node:crypto'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { REGISTER_HEADER, REGISTER_SQUADS, registerRows, writeRegisterCsv, writeRegisterXlsx } from '../support/register'
import { gbk } from '../support/gbk'
import type { ImportOpened } from '../../shared/contract/imports'
import { nth } from '../support/defined'

let ws: TestWorkspace
beforeAll(async () => {
  ws = await openTestWorkspace({ signedIn: false })
  await ws.call('workspace.startEmpty', { reviewerName: '王敏', login: 'lead', password: TEST_PASSWORD })
  // The first read of the discretion baseline stores the shipped example: done here, not inside a compared state.
  await ws.call('settings.discretion', {})
})
afterAll(() => ws.close())

const db = () => ws.app.ctx.db
const file = (name: string) => join(ws.dir, name)

/** Everything an import may touch, hashed: equal before and after means the database was left as it was. */
async function databaseState() {
  const tables = ['cases', 'caseOfficers', 'officers', 'squads', 'reviewers', 'auditLog', 'settings'] as const
  const rows = await Promise.all(tables.map((t) => db().selectFrom(t).selectAll().execute()))
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex')
}

async function open(path: string, target: 'cases' | 'officers' | 'reviewers' = 'cases'): Promise<ImportOpened> {
  const opened = await ws.call('imports.open', { target, path })
  if (!opened) throw new Error('no file opened')
  return opened
}

const caseByNumber = async (caseNumber: string) => {
  const row = await db().selectFrom('cases').select('id').where('caseNumber', '=', caseNumber).executeTakeFirstOrThrow()
  return ws.call('cases.get', { id: row.id })
}
const caseCount = async () => Number((await db().selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

describe('importing the case register', () => {
  it('reads a UTF-8 CSV, guesses the mapping and lists unknown officers before writing anything', async () => {
    const path = await writeRegisterCsv(file('台账-utf8.csv'), { rows: 40, encoding: 'utf-8' })
    const opened = await open(path)
    expect(opened.encoding).toBe('utf-8')
    expect(opened.headerRow).toBe(1)
    expect(opened.rowCount).toBe(40)
    expect(opened.remembered).toBe(false)
    const col = (h: string) => REGISTER_HEADER.indexOf(h)
    expect(opened.mapping).toMatchObject({
      caseNumber: col('案件编号'),
      party: col('当事人'),
      violation: col('违法行为'),
      squad: col('承办单位'),
      officers: col('承办人'),
      filedOn: col('立案日期'),
      decidedOn: col('处罚决定日期'),
      servedOn: col('送达日期'),
      closedOn: col('结案日期'),
      penalty: col('罚款金额（元）'),
      procedure: col('程序类型'),
      source: col('案件来源'),
      isMajor: col('是否重大案件'),
      legalReviewedOn: col('法制审核日期'),
      domain: null,
    })

    const before = await databaseState()
    const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping })
    expect(preview.counts).toMatchObject({ rows: 40, created: 0, invalid: 40 })
    const unknown = preview.problems.find((p) => p.field === 'officers')!
    expect(unknown).toMatchObject({ row: 2, column: '承办人', severity: 'error' })
    expect(unknown.message).toMatch(/^执法人员「.+」不在夏阳街道中队中/)
    expect(preview.missing.officers.length).toBeGreaterThan(10)
    const refused = await ws.fail('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping })
    expect(refused.code).toBe('import_invalid')
    expect(refused.message).toContain('第2行「承办人」：执法人员')
    expect(await databaseState()).toBe(before)

    const ok = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    expect(ok.counts).toMatchObject({ rows: 40, created: 40, updated: 0, invalid: 0, errors: 0 })
    expect(ok.rows[0]).toMatchObject({ row: 2, action: 'create', values: { caseNumber: '青城管罚字〔2023〕第00001号', squad: '夏阳街道中队', domain: '街面市容', procedure: '普通程序' } })

    const progress: number[] = []
    const unsubscribe = ws.app.onProgress((e) => e.task === 'imports.commit' && progress.push(e.done))
    const result = await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    unsubscribe()
    expect(result).toMatchObject({ created: 40, updated: 0, unchanged: 0, createdSquads: 0 })
    expect(result.createdOfficers).toBe(ok.missing.officers.length)
    expect(progress.at(-1)).toBe(40)
    expect(await caseCount()).toBe(40)

    // Case 7 (row 8): filed 2023.8.8, decided 2023-08-09, fined 8万元.
    const seventh = await caseByNumber('青城管罚字〔2023〕第00007号')
    expect(seventh).toMatchObject({ filedOn: '2023-08-08', decidedOn: '2023-08-09', servedOn: '2023-09-01', closedOn: '2023-09-15', penaltyFen: 8_000_000, domain: 'street_appearance', procedure: 'ordinary', source: 'inspection', partyType: 'individual' })
    expect(seventh.officers.map((o) => o.name)).toHaveLength(2)
    const twentyFifth = await caseByNumber('青城管罚字〔2023〕第00025号')
    expect(twentyFifth).toMatchObject({ isMajor: true, legalReviewedOn: '2023-04-27', domain: 'street_appearance', source: 'inspection' })
    const third = await caseByNumber('青城管罚字〔2023〕第00003号')
    expect(third).toMatchObject({ partyType: 'organization', domain: 'household_waste', squadName: '香花桥街道中队' })

    const audit = await db().selectFrom('auditLog').selectAll().where('action', '=', 'cases.import').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(nth(audit, 0).after!)).toMatchObject({ fileName: '台账-utf8.csv', encoding: 'utf-8', created: 40 })
    expect((await ws.fail('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping })).code).toBe('import_expired')
  })

  it('reads a GBK CSV, says so, and updates existing cases field by field (upsert by case number)', async () => {
    const table = registerRows({ rows: 45, encoding: 'gbk' } as never)
    nth(table, 1)[2] = '张某某（更正）' // case 1: party corrected
    nth(table, 3)[9] = '2023-12-20' // case 3: closing date changed
    const path = await writeRegisterCsv(file('台账-gbk.csv'), { rows: 45, encoding: 'gbk', table })
    const opened = await open(path)
    expect(opened.encoding).toBe('gb18030')
    expect(opened.remembered).toBe(true)
    expect(opened.headers[1]).toBe('案件编号')
    const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    expect(preview.counts).toMatchObject({ rows: 45, created: 5, updated: 2, unchanged: 38, errors: 0 })
    expect(preview.changes).toEqual([
      { row: 2, key: '青城管罚字〔2023〕第00001号', fields: [{ field: 'party', before: '李某芳', after: '张某某（更正）' }] },
      { row: 4, key: '青城管罚字〔2023〕第00003号', fields: [{ field: 'closedOn', before: '2023-05-15', after: '2023-12-20' }] },
    ])
    const result = await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    expect(result).toMatchObject({ created: 5, updated: 2, unchanged: 38 })
    expect(await caseCount()).toBe(45)
    const first = await caseByNumber('青城管罚字〔2023〕第00001号')
    expect(first.party).toBe('张某某（更正）')
    const updates = await db().selectFrom('auditLog').selectAll().where('action', '=', 'case.import_update').where('entityId', '=', String(first.id)).execute()
    expect(updates).toHaveLength(1)
    expect(JSON.parse(nth(updates, 0).before!)).toEqual({ party: '李某芳' })
    expect(JSON.parse(nth(updates, 0).after!)).toEqual({ party: '张某某（更正）' })
    expect(updates[0]?.actor).toBe('王敏')
  })

  it('reads an xlsx written by exceljs, with a title row above the header and real date cells', async () => {
    const path = await writeRegisterXlsx(file('台账.xlsx'), { rows: 12, start: 101, year: 2024, title: '2024年案件台账' })
    const opened = await open(path)
    expect(opened.encoding).toBe('xlsx')
    expect(opened.headerRow).toBe(2)
    // Leave the source out by hand: the next import remembers that.
    const mapping = { ...opened.mapping, source: null }
    const result = await ws.call('imports.commit', { sessionId: opened.sessionId, mapping, createMissing: true })
    expect(result.created).toBe(12)
    const c = await caseByNumber('青城管罚字〔2024〕第00104号')
    expect(c).toMatchObject({ filedOn: '2024-06-24', source: null, squadName: '白鹤镇中队' })
    const again = await open(path)
    expect(again.remembered).toBe(true)
    expect(again.mapping.source).toBeNull()
    expect(again.mapping.caseNumber).toBe(1)
    await ws.call('imports.close', { sessionId: again.sessionId })
  })

  it('reads Excel serial numbers, amounts in 元 and 万元 with commas, and yes/no in any common form', async () => {
    const table = [
      ['案号', '当事人', '案由', '中队', '立案日期', '决定日期', '罚款', '是否重大案件', '执法领域', '程序类型', '案件类型'],
      ['X-1', '甲', '其他事项', '机动中队', 45000, '2023.3.1', '1,234.5元', 'Y', '生态环境', '简易', '强制'],
      ['X-2', '乙', '其他事项', '机动中队', '20230301', '2023-03-05 10:30:00', '0.5万元', '1', '渣土运输', '普通', '处罚'],
    ]
    const path = await writeRegisterCsv(file('serials.csv'), { rows: 0, encoding: 'utf-8-bom', table })
    const opened = await open(path)
    expect(opened.encoding).toBe('utf-8-bom')
    await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping })
    expect(await caseByNumber('X-1')).toMatchObject({ filedOn: '2023-03-15', decidedOn: '2023-03-01', penaltyFen: 123450, isMajor: true, domain: 'ecology', procedure: 'simple', caseType: 'compulsion', dateFlags: [{ earlier: 'filedOn', later: 'decidedOn' }] })
    expect(await caseByNumber('X-2')).toMatchObject({ filedOn: '2023-03-01', decidedOn: '2023-03-05', penaltyFen: 500000, isMajor: true, domain: 'muck_transport' })
  })
})

describe('a file that cannot be imported as it is', () => {
  async function refusedWithout(change: (state: string) => Promise<void>) {
    const before = await databaseState()
    await change(before)
    expect(await databaseState()).toBe(before)
  }

  it('refuses binary junk and text in no known encoding, naming the file', async () => {
    await refusedWithout(async () => {
      const junk = await writeFile(file('junk.csv'), Buffer.from([0x12, 0x00, 0xff, 0x80, 0x00, 0x01])).then(() => file('junk.csv'))
      const e = await ws.fail('imports.open', { target: 'cases', path: junk })
      expect(e.code).toBe('import_invalid')
      expect(e.message).toContain('junk.csv')
      expect(e.message).toContain('.xlsx 或 .csv')
      await writeFile(file('latin.csv'), Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0x80, 0x0a]))
      const enc = await ws.fail('imports.open', { target: 'cases', path: file('latin.csv') })
      expect(enc.message).toContain('文本编码无法识别')
    })
  })

  it('does not keep a browser upload once it is read, read well or not', async () => {
    for (const [name, bytes] of [['ok.csv', Buffer.from('案号,当事人,案由,中队\nU-1,甲,跨门营业,机动中队\n')], ['bad.csv', Buffer.from([0, 1, 2])]] as const) {
      const folder = join(ws.dir, 'uploads', `upload-${name}`)
      await mkdir(folder, { recursive: true })
      await writeFile(join(folder, name), bytes)
      await ws.dispatch('imports.open', { target: 'cases', path: join(folder, name), fileName: name })
    }
    expect(await readdir(join(ws.dir, 'uploads'))).toEqual([])
  })

  it('refuses a file over the size limit and says the limit', async () => {
    await writeFile(file('huge.csv'), Buffer.alloc(21 * 1024 * 1024, 0x61))
    const e = await ws.fail('imports.open', { target: 'cases', path: file('huge.csv') })
    expect(e.code).toBe('import_invalid')
    expect(e.message).toContain('上限为 20 MB')
    const dir = await ws.fail('imports.open', { target: 'cases', path: ws.dir })
    expect(dir.message).toContain('不是普通文件')
  })

  it('names a missing required column', async () => {
    await refusedWithout(async () => {
      const table = registerRows({ rows: 3, start: 900 }).map((r) => r.filter((_, i) => i !== REGISTER_HEADER.indexOf('当事人')))
      const opened = await open(await writeRegisterCsv(file('no-party.csv'), { rows: 0, encoding: 'utf-8', table }))
      expect(opened.mapping.party).toBeNull()
      const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
      expect(preview.problems[0]).toMatchObject({ row: null, column: null, message: '文件缺少必填列「当事人」（可在列对应中指定）' })
      const e = await ws.fail('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
      expect(e.message).toContain('文件缺少必填列「当事人」')
    })
  })

  it('lists bad dates, bad amounts, duplicate case numbers and unknown squads by row and column, and writes nothing', async () => {
    await refusedWithout(async () => {
      const table = registerRows({ rows: 6, start: 500 })
      nth(table, 2)[6] = '2023-13-45'
      nth(table, 3)[7] = '下周一'
      nth(table, 4)[10] = '五千'
      nth(table, 5)[1] = nth(nth(table, 1), 1)
      nth(table, 6)[4] = '不存在中队'
      const opened = await open(await writeRegisterCsv(file('bad.csv'), { rows: 0, encoding: 'gbk', table }))
      const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: false })
      const place = preview.problems.filter((p) => p.field !== 'officers').map((p) => [p.row, p.column, p.message])
      expect(place).toEqual([
        [3, '立案日期', '无法识别的日期「2023-13-45」，可写作 2023-01-09、2023/1/9、2023.1.9 或 2023年1月9日'],
        [4, '处罚决定日期', expect.stringContaining('无法识别的日期「下周一」')],
        [5, '罚款金额（元）', expect.stringContaining('无法识别的金额「五千」')],
        [6, '案件编号', '「青城管罚字〔2023〕第00500号」与第2行重复'],
        [7, '承办单位', '中队「不存在中队」不存在（可选择自动创建）'],
      ])
      // Only row 2 is clean; nothing is written while any row has an error.
      expect(preview.counts).toMatchObject({ rows: 6, created: 1, invalid: 5 })
      const e = await ws.fail('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
      expect(e.code).toBe('import_invalid')
      expect(e.message).toContain('第3行「立案日期」：无法识别的日期「2023-13-45」')
      expect(e.message).toContain('第6行「案件编号」：「青城管罚字〔2023〕第00500号」与第2行重复')
    })
  })

  it('names a cell longer than the contract allows by row and column, with the limit, and writes nothing', async () => {
    await refusedWithout(async () => {
      const table = registerRows({ rows: 3, start: 700 })
      nth(table, 2)[1] = `青城管罚字${'长'.repeat(60)}`
      nth(table, 3)[5] = Array.from({ length: 21 }, (_, i) => `员${i}`).join('、')
      const opened = await open(await writeRegisterCsv(file('long.csv'), { rows: 0, encoding: 'utf-8', table }))
      const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
      expect(preview.problems.map((p) => [p.row, p.column, p.message])).toEqual([
        [3, '案件编号', '过长（最多 64 个字）'],
        [4, '承办人', '过长（最多 20 个字）'],
      ])
      const e = await ws.fail('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
      expect(e.code).toBe('import_invalid')
    })
  })

  it('asks for a domain when the violation does not tell it, and takes the default the user chose', async () => {
    const table = [['案号', '当事人', '案由', '中队'], ['D-1', '丙', '其他违法行为', '机动中队']]
    const opened = await open(await writeRegisterCsv(file('domain.csv'), { rows: 0, encoding: 'utf-8', table }))
    const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping })
    expect(preview.problems).toMatchObject([{ row: 2, column: '案由', field: 'violation', severity: 'error' }])
    expect(preview.problems[0]?.message).toContain('无法从案由「其他违法行为」判断执法领域')
    await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, defaultDomain: 'housing_market' })
    expect((await caseByNumber('D-1')).domain).toBe('housing_market')
  })

  it('rolls everything back when cancelled in the middle', async () => {
    const path = await writeRegisterCsv(file('large.csv'), { rows: 3000, start: 20000, encoding: 'gbk' })
    const opened = await open(path)
    const before = await databaseState()
    let cancelledAt = 0
    const unsubscribe = ws.app.onProgress((e) => {
      if (e.task === 'imports.commit' && e.done > 300 && !cancelledAt) {
        cancelledAt = e.done
        void ws.call('imports.cancel', { sessionId: opened.sessionId })
      }
    })
    const e = await ws.fail('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    unsubscribe()
    expect(cancelledAt).toBeGreaterThan(300)
    expect(cancelledAt).toBeLessThan(3000)
    expect(e.code).toBe('import_cancelled')
    expect(e.message).toContain('large.csv')
    expect(await databaseState()).toBe(before)
    // The file stays open: importing it again goes through.
    const result = await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    expect(result.created).toBe(3000)
  })
})

describe('importing officers and reviewers with the same mechanism', () => {
  it('adds and updates officers by badge number, from GBK CSV', async () => {
    const text = ['姓名,执法证号,中队,是否持证,证件编号,有效期至', '赵一,31118000101,机动中队,是,沪A0101,2026/6/30', '钱二,31118000102,夏阳街道中队,否,,', '孙三,31118000103,新设中队,是,沪A0103,2027年1月1日'].join('\r\n')
    await writeFile(file('officers.csv'), gbk(text))
    const opened = await open(file('officers.csv'), 'officers')
    expect(opened.mapping).toEqual({ name: 0, badgeNumber: 1, squad: 2, certified: 3, certificateNumber: 4, certificateExpiresOn: 5 })
    const preview = await ws.call('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping })
    expect(preview.problems).toMatchObject([{ row: 4, column: '中队', message: '中队「新设中队」不存在（可选择自动创建）' }])
    const result = await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    expect(result).toMatchObject({ created: 3, createdSquads: 1 })
    const zhao = await db().selectFrom('officers').selectAll().where('badgeNumber', '=', '31118000101').executeTakeFirstOrThrow()
    expect(zhao).toMatchObject({ name: '赵一', certified: 1, certificateNumber: '沪A0101', certificateExpiresOn: '2026-06-30' })

    await writeFile(file('officers2.csv'), gbk('姓名,执法证号,中队,是否持证\r\n赵一,31118000101,盈浦街道中队,是\r\n'))
    const second = await open(file('officers2.csv'), 'officers')
    const p2 = await ws.call('imports.preview', { sessionId: second.sessionId, mapping: second.mapping })
    expect(p2.changes).toEqual([{ row: 2, key: '31118000101', fields: [{ field: 'squad', before: '机动中队', after: '盈浦街道中队' }] }])
    await ws.call('imports.commit', { sessionId: second.sessionId, mapping: second.mapping })
    const audit = await db().selectFrom('auditLog').selectAll().where('action', '=', 'officer.import_update').execute()
    expect(audit.map((a) => JSON.parse(a.after!))).toEqual([{ squad: '盈浦街道中队' }])
  })

  it('adds reviewers with their role and squad from xlsx', async () => {
    const path = await writeRegisterXlsx(file('reviewers.xlsx'), { rows: 0, table: [['姓名', '角色', '所属中队'], ['周评', '评查员', REGISTER_SQUADS[1]], ['吴组', '组长', '']] })
    const opened = await open(path, 'reviewers')
    expect(opened.mapping).toEqual({ name: 0, role: 1, squad: 2 })
    await ws.call('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping })
    const rows = await db().selectFrom('reviewers').select(['name', 'role', 'squadId']).where('name', 'in', ['周评', '吴组']).orderBy('name').execute()
    const squad = await db().selectFrom('squads').select('id').where('name', '=', REGISTER_SQUADS[1]).executeTakeFirstOrThrow()
    expect(rows).toEqual([
      { name: '吴组', role: 'lead', squadId: null },
      { name: '周评', role: 'reviewer', squadId: squad.id },
    ])
  })
})
