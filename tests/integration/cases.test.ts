import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth } from '../support/defined'

let ws: TestWorkspace
let squadIds: [number, number]
let officerIds: [number, number, number]

beforeEach(async () => {
  ws = await openTestWorkspace()
  ;({ squadIds, officerIds } = await seedRegistry(ws))
})
afterEach(() => ws.close())

describe('case registry', () => {
  it('creates, reads, updates and removes a case, with officers and an audit trail', async () => {
    const created = await ws.call('cases.create', caseInput(squadIds[0], { officerIds: [officerIds[1], officerIds[0]] }))
    expect(created).toMatchObject({ caseNumber: '青城管罚字〔2023〕第01001号', squadName: '夏阳街道中队', status: 'decided', penaltyFen: 500000 })
    expect(created.officers.map((o) => o.name)).toEqual(['李娜', '张伟'])

    const updated = await ws.call('cases.update', { id: created.id, fields: caseInput(squadIds[1], { party: '赵某某', closedOn: '2023-05-10' }) })
    expect(updated).toMatchObject({ party: '赵某某', squadName: '朱家角镇中队', status: 'closed', officers: [] })
    expect((await ws.call('cases.get', { id: created.id })).party).toBe('赵某某')

    await ws.call('cases.remove', { id: created.id })
    expect((await ws.fail('cases.get', { id: created.id })).code).toBe('not_found')
    const actions = await ws.app.ctx.db.selectFrom('auditLog').select('action').where('entity', '=', 'case').orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['case.create', 'case.update', 'case.remove'])
  })

  it('keeps the legal review and publicity fields, and leaves them as they are when an update does not name them', async () => {
    const published = { legalReviewedOn: '2023-03-20', legalReviewOpinion: '同意，事实清楚，证据充分。', publishedOn: '2023-04-03', publishedPlace: '区政府门户网站' }
    const { id } = await ws.call('cases.create', caseInput(squadIds[0], { isMajor: true, decidedOn: '2023-03-25', ...published }))
    expect(await ws.call('cases.get', { id })).toMatchObject(published)
    await ws.call('cases.update', { id, fields: caseInput(squadIds[0], { isMajor: true, decidedOn: '2023-03-25', legalReviewedOn: '2023-03-20' }) })
    expect(await ws.call('cases.get', { id })).toMatchObject(published)
    await ws.call('cases.update', { id, fields: caseInput(squadIds[0], { ...published, publishedOn: null, publishedPlace: '' }) })
    expect(await ws.call('cases.get', { id })).toMatchObject({ publishedOn: null, publishedPlace: '' })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses a duplicate case number with a message naming it, and leaves the first case intact', async () => {
    await ws.call('cases.create', caseInput(squadIds[0]))
    const error = await ws.fail('cases.create', caseInput(squadIds[1], { party: '另一当事人' }))
    expect(error.code).toBe('duplicate_case_number')
    expect(error.message).toContain('青城管罚字〔2023〕第01001号')
    const { total, items } = await ws.call('cases.list', {})
    expect(total).toBe(1)
    expect(items[0]?.party).toBe('上海某某渣土运输有限公司')
  })

  it('accepts dates out of procedural order and flags them', async () => {
    const c = await ws.call('cases.create', caseInput(squadIds[0], { decidedOn: '2023-04-20', servedOn: '2023-04-18' }))
    expect(c.servedOn).toBe('2023-04-18')
    expect(c.dateFlags).toEqual([{ earlier: 'decidedOn', later: 'servedOn' }])
  })

  it('rejects invalid input with the error envelope, naming the field', async () => {
    const error = await ws.fail('cases.create', { ...caseInput(squadIds[0]), filedOn: '2023/03/03', penaltyFen: -5 })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/filedOn/)
    expect(error.message).toMatch(/penaltyFen/)
    expect((await ws.fail('cases.create', caseInput(9999))).code).toBe('not_found')
  })

  it('lists with filters, search, sort and pages, counting the total', async () => {
    for (let i = 0; i < 30; i++) {
      await ws.call(
        'cases.create',
        caseInput(nth(squadIds, i % 2), {
          caseNumber: `青城管罚字〔2023〕第${String(2000 + i).padStart(5, '0')}号`,
          party: i === 7 ? '上海明珠房地产经纪有限公司' : `当事人${i}`,
          domain: i % 3 === 0 ? 'household_waste' : 'muck_transport',
          filedOn: `2023-${String(1 + (i % 12)).padStart(2, '0')}-10`,
        }),
      )
    }
    const page = await ws.call('cases.list', { squadIds: [squadIds[0]], filedFrom: '2023-03-01', filedTo: '2023-08-31', sortBy: 'filedOn', sortOrder: 'asc', pageSize: 4 })
    expect(page.total).toBe(8)
    expect(page.items).toHaveLength(4)
    expect(page.items.every((c) => c.squadId === squadIds[0])).toBe(true)
    const dates = page.items.map((c) => c.filedOn!)
    expect([...dates].sort()).toEqual(dates)
    expect(nth(dates, 0) >= '2023-03-01').toBe(true)

    const second = await ws.call('cases.list', { squadIds: [squadIds[0]], filedFrom: '2023-03-01', filedTo: '2023-08-31', sortBy: 'filedOn', sortOrder: 'asc', pageSize: 4, page: 2 })
    expect(second.items.map((c) => c.id)).not.toContain(nth(page.items, 0).id)

    const found = await ws.call('cases.list', { search: '明珠' })
    expect(found.items.map((c) => c.party)).toEqual(['上海明珠房地产经纪有限公司'])
    expect((await ws.call('cases.list', { search: '02005' })).total).toBe(1)
    expect((await ws.call('cases.list', { search: '%' })).total).toBe(0)
    expect((await ws.call('cases.list', { domains: ['household_waste'] })).total).toBe(10)
    expect((await ws.call('cases.list', { statuses: ['decided'] })).total).toBe(30)
    expect((await ws.call('cases.list', { statuses: ['archived'] })).total).toBe(0)
  })
})
