import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storedForm } from '../../electron/backend/db/open-values'
import { openTestWorkspace, seedRegistry, type TestWorkspace } from '../support/workspace'
import { writeRegisterXlsx } from '../support/register'
import { gbk } from '../support/gbk'
import { plainPdf } from '../support/pdf-bytes'
import { nth } from '../support/defined'

let ws: TestWorkspace
let squadIds: number[]
let officerIds: number[]
beforeEach(async () => {
  ws = await openTestWorkspace()
  ;({ squadIds, officerIds } = await seedRegistry(ws))
})
afterEach(() => ws.close())

const file = (name: string) => join(ws.dir, name)

/** The first bytes of an MP4 (an ftyp box) and some of its data: what a body camera's file starts with. */
const mp4Bytes = () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), Buffer.alloc(4096, 7)])

const avRecord = (over: Record<string, unknown> = {}) => ({ recordNumber: 'ZFJLY-2023-0001', recordedOn: '2023-05-06', squadId: nth(squadIds, 0), officerIds: [nth(officerIds, 0)], caseNumber: '', durationSeconds: 754, storage: '执法记录仪管理平台/2023/05', ...over })
const complaint = (n: number, over: Record<string, unknown> = {}) => ({
  ticketNumber: `12345-2023-${String(n).padStart(5, '0')}`,
  source: 'hotline' as const,
  receivedOn: '2023-03-01',
  subject: '夜间施工噪声扰民',
  address: '青浦区盈港东路100号',
  party: '上海某某建设工程有限公司',
  squadId: nth(squadIds, 0),
  ...over,
})

describe('the A/V record register', () => {
  it('keeps records with their officers, filters them, and refuses a number twice', async () => {
    const a = await ws.call('avRecords.create', avRecord())
    expect(a).toMatchObject({ recordNumber: 'ZFJLY-2023-0001', squadId: nth(squadIds, 0), officers: [{ id: nth(officerIds, 0) }], durationSeconds: 754, video: null, caseId: null })
    await ws.call('avRecords.create', avRecord({ recordNumber: 'ZFJLY-2023-0002', recordedOn: '2023-07-01', squadId: nth(squadIds, 1), officerIds: [nth(officerIds, 2)], storage: '光盘 2023-07' }))
    expect((await ws.fail('avRecords.create', avRecord())).code).toBe('duplicate_number')
    expect((await ws.call('avRecords.list', { officerId: nth(officerIds, 2) })).items.map((r: { recordNumber: string }) => r.recordNumber)).toEqual(['ZFJLY-2023-0002'])
    expect((await ws.call('avRecords.list', { from: '2023-06-01' })).total).toBe(1)
    expect((await ws.call('avRecords.list', { search: '2023/05' })).items).toHaveLength(1)
    const updated = await ws.call('avRecords.update', { id: a.id, fields: avRecord({ officerIds: [nth(officerIds, 0), nth(officerIds, 1)], durationSeconds: null }) })
    expect(updated.officerIds).toEqual([nth(officerIds, 0), nth(officerIds, 1)])
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('attaches a video sealed in the store, refuses a file that is not one, and detaches it', async () => {
    const { id } = await ws.call('avRecords.create', avRecord())
    await writeFile(file('记录仪.mp4'), mp4Bytes())
    const withVideo = await ws.call('avRecords.attachVideo', { id, path: file('记录仪.mp4') })
    expect(withVideo.video).toMatchObject({ fileName: '记录仪.mp4', mime: 'video/mp4', byteSize: mp4Bytes().length })
    await writeFile(file('not-a-video.mp4'), plainPdf())
    expect(await ws.fail('avRecords.attachVideo', { id, path: file('not-a-video.mp4') })).toMatchObject({ code: 'not_a_video', message: expect.stringContaining('not-a-video.mp4') })
    expect((await ws.call('avRecords.get', { id })).video?.fileName).toBe('记录仪.mp4')
    const saved = await ws.call('avRecords.saveVideo', { id })
    expect(saved.fileName).toMatch(/^记录仪-.*\.mp4$/)
    expect(await readFile(saved.filePath)).toEqual(mp4Bytes())
    expect((await ws.call('avRecords.detachVideo', { id })).video).toBeNull()
    await ws.call('avRecords.remove', { id })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('imports a register from xlsx: durations as people write them, officers by name, then an update', async () => {
    const table = [
      ['记录编号', '录制日期', '执法中队', '执法人员', '关联案号', '时长', '存储位置'],
      ['DSJ-001', '2023-04-01', '夏阳街道中队', '张伟、李娜', '青城管罚字〔2023〕第01001号', '12:35', '平台A'],
      ['DSJ-002', '2023-04-02', '夏阳街道中队', '张伟', '', '1小时2分5秒', '平台A'],
      ['DSJ-003', '2023-04-03', '夏阳街道中队', '', '', 95, ''],
    ]
    const opened = await ws.call('imports.open', { target: 'avRecords', path: await writeRegisterXlsx(file('av.xlsx'), { rows: 0, table }) })
    expect(opened!.mapping).toEqual({ recordNumber: 0, recordedOn: 1, squad: 2, officers: 3, caseNumber: 4, duration: 5, storage: 6 })
    const preview = await ws.call('imports.preview', { sessionId: opened!.sessionId, mapping: opened!.mapping })
    expect(preview.counts).toMatchObject({ created: 3, errors: 0 })
    expect(preview.rows[1]!.values.duration).toBe('1:02:05')
    await ws.call('imports.commit', { sessionId: opened!.sessionId, mapping: opened!.mapping })
    const listed = await ws.call('avRecords.list', {})
    expect(listed.items.map((r: { recordNumber: string; durationSeconds: number | null; officers: unknown[] }) => [r.recordNumber, r.durationSeconds, r.officers.length])).toEqual([
      ['DSJ-003', 95, 0],
      ['DSJ-002', 3725, 1],
      ['DSJ-001', 755, 2],
    ])
    expect((await ws.call('avRecords.list', { caseNumber: '青城管罚字〔2023〕第01001号' })).items.map((r: { recordNumber: string }) => r.recordNumber)).toEqual(['DSJ-001'])

    const again = await ws.call('imports.open', { target: 'avRecords', path: await writeRegisterXlsx(file('av2.xlsx'), { rows: 0, table: [table[0]!, ['DSJ-003', '2023-04-03', '夏阳街道中队', '', '', '3分', '平台B']] }) })
    const p2 = await ws.call('imports.preview', { sessionId: again!.sessionId, mapping: again!.mapping })
    expect(p2.changes).toEqual([{ row: 2, key: 'DSJ-003', fields: [{ field: 'duration', before: '1:35', after: '3:00' }, { field: 'storage', before: '', after: '平台B' }] }])
    await ws.call('imports.commit', { sessionId: again!.sessionId, mapping: again!.mapping })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })
})

describe('the complaint register', () => {
  it('stores the address and party sealed, and flags three on one address within the rule’s window', async () => {
    const ids: number[] = []
    for (const [n, receivedOn] of ['2023-03-01', '2023-05-10', '2023-09-30', '2024-06-01'].entries()) ids.push((await ws.call('complaints.create', complaint(n, { receivedOn }))).id)
    await ws.call('complaints.create', complaint(9, { address: '青浦区公园路1号', party: '', receivedOn: '2023-03-02' }))
    const raw = await storedForm(ws.app.ctx.db).selectFrom('complaints').select(['address', 'party', 'addressKey']).execute()
    expect(raw.every((r) => r.address.startsWith('enc1:') && r.party.startsWith('enc1:'))).toBe(true)
    expect(new Set(raw.map((r) => r.addressKey)).size).toBe(2)

    // The default rule: three within a year.
    const list = await ws.call('complaints.list', {})
    expect(list).toMatchObject({ total: 5, repeats: 3 })
    const flagged = list.items.filter((c: { repeat: unknown }) => c.repeat).map((c: { id: number }) => c.id)
    expect(flagged.sort()).toEqual(ids.slice(0, 3).sort())
    expect(list.items.find((c: { id: number }) => c.id === ids[0])!.repeat).toEqual({ by: 'address', count: 3, firstOn: '2023-03-01', lastOn: '2023-09-30' })
    expect((await ws.call('complaints.get', { id: nth(ids, 1) })).repeat).toMatchObject({ count: 3 })
    expect((await ws.call('complaints.list', { repeatsOnly: true, pageSize: 2 })).items).toHaveLength(2)

    // The sealed address and party are found by part of them.
    expect((await ws.call('complaints.list', { search: '公园路' })).total).toBe(1)
    expect((await ws.call('complaints.list', { search: '某某建设' })).total).toBe(4)
    expect((await ws.call('complaints.list', { search: '路园公' })).total).toBe(0)

    // A tighter rule, set by the lead: 3 within 90 days finds none.
    await ws.call('complaints.setRepeatRule', { minCount: 3, windowDays: 90 })
    expect((await ws.call('complaints.list', {})).repeats).toBe(0)
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses a ticket number twice and dates before the complaint was received', async () => {
    await ws.call('complaints.create', complaint(1))
    expect((await ws.fail('complaints.create', complaint(1))).code).toBe('duplicate_number')
    expect((await ws.fail('complaints.create', complaint(2, { closedOn: '2023-02-01' }))).code).toBe('invalid_input')
  })

  it('imports a GBK CSV from the 12345 system, reads its sources, and flags the repeats it brings', async () => {
    const lines = [
      '工单编号,来源,受理时间,诉求内容,事发地址,被投诉人,承办单位,办理结果,办结日期,答复日期',
      'GD001,12345热线,2023/3/1,占道经营,青浦区华新镇华腾路8号,张某,夏阳街道中队,已责令整改,2023/3/5,2023/3/6',
      'GD002,信访,2023/4/1,占道经营,青浦区华新镇华腾路８号,张某,夏阳街道中队,已立案查处,2023/4/9,2023/4/10',
      'GD003,市民热线,2023/6/1,占道经营（重复）,青浦区 华新镇华腾路8号,,夏阳街道中队,,,',
      'GD004,其他,2023/6/2,渣土撒落,青浦区外青松公路,李某,夏阳街道中队,,2023/5/1,',
    ]
    await writeFile(file('12345.csv'), gbk(lines.join('\r\n')))
    const opened = await ws.call('imports.open', { target: 'complaints', path: file('12345.csv') })
    expect(opened!.encoding).toMatch(/^gb/)
    const preview = await ws.call('imports.preview', { sessionId: opened!.sessionId, mapping: opened!.mapping })
    expect(preview.problems).toMatchObject([{ row: 5, column: '办结日期', message: '「办结日期」早于受理日期' }])
    expect((await ws.fail('imports.commit', { sessionId: opened!.sessionId, mapping: opened!.mapping })).code).toBe('import_invalid')
    expect((await ws.call('complaints.list', {})).total).toBe(0)

    await writeFile(file('12345.csv'), gbk(lines.slice(0, 4).join('\r\n')))
    const fixed = await ws.call('imports.open', { target: 'complaints', path: file('12345.csv') })
    await ws.call('imports.commit', { sessionId: fixed!.sessionId, mapping: fixed!.mapping })
    const list = await ws.call('complaints.list', {})
    expect(list.items.map((c: { ticketNumber: string; source: string }) => [c.ticketNumber, c.source])).toEqual([
      ['GD003', 'hotline'],
      ['GD002', 'petition'],
      ['GD001', 'hotline'],
    ])
    // The same place written with a full-width digit and a space is the same address.
    expect(list.repeats).toBe(3)
    expect(list.items[1]).toMatchObject({ address: '青浦区华新镇华腾路８号', party: '张某', repliedOn: '2023-04-10' })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })
})
