import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SQUADS } from '../../electron/backend/services/people/default-squads'
import { caseInput, openTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { nth } from '../support/defined'

let ws: TestWorkspace

async function auditRows(action: string) {
  const rows = await ws.app.ctx.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('id').execute()
  return rows.map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }))
}

const auditCount = async () => Number((await ws.app.ctx.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

describe('starting empty', () => {
  beforeEach(async () => {
    ws = await openTestWorkspace({ signedIn: false })
  })
  afterEach(() => ws.close())

  it('loads the district’s default squads from resources/org by default, in their order', async () => {
    const status = await ws.call('workspace.startEmpty', { reviewerName: '周萍', login: 'lead', password: TEST_PASSWORD })
    expect(status.defaultSquadCount).toBe(12)
    const squads = await ws.call('people.squads', {})
    expect(squads.map((s) => [s.name, s.kind])).toEqual(DEFAULT_SQUADS.map((s) => [s.name, s.kind]))
    expect(squads[0]).toMatchObject({ name: '机动中队', kind: 'mobile', active: true, caseCount: 0 })
    expect((await auditRows('workspace.start_empty'))[0]?.after.squads).toHaveLength(12)
  })

  it('can start with no squads at all; the lead then adds the first one', async () => {
    await ws.call('workspace.startEmpty', { reviewerName: '周萍', login: 'lead', password: TEST_PASSWORD, withDefaultSquads: false })
    expect(await ws.call('people.squads', {})).toEqual([])
    expect(await ws.call('cases.squads', {})).toEqual([])
    const squad = await ws.call('people.createSquad', { name: '  机动中队 ', kind: 'mobile' })
    expect(squad).toMatchObject({ name: '机动中队', sortOrder: 0, active: true })
    expect(await ws.call('cases.squads', {})).toEqual([{ id: squad.id, name: '机动中队', kind: 'mobile', active: true }])
  })
})

describe('people and structure', () => {
  let lead: number
  beforeEach(async () => {
    ws = await openTestWorkspace({ signedIn: false })
    const status = await ws.call('workspace.startEmpty', { reviewerName: '周萍', login: 'lead', password: TEST_PASSWORD, withDefaultSquads: false })
    lead = status.reviewer!.id
  })
  afterEach(() => ws.close())

  it('adds, renames, reorders and deactivates squads, each change audited with before and after', async () => {
    const a = await ws.call('people.createSquad', { name: '夏阳街道中队', kind: 'street' })
    const b = await ws.call('people.createSquad', { name: '赵巷镇中队', kind: 'town' })
    const c = await ws.call('people.createSquad', { name: '机动中队', kind: 'mobile' })
    expect([a.sortOrder, b.sortOrder, c.sortOrder]).toEqual([0, 1, 2])

    const renamed = await ws.call('people.updateSquad', { id: b.id, fields: { name: '赵巷镇第一中队', kind: 'street' } })
    expect(renamed).toMatchObject({ name: '赵巷镇第一中队', kind: 'street' })
    const update = nth(await auditRows('squad.update'), 0)
    expect(update).toMatchObject({ actor: '周萍', entity: 'squad', entityId: String(b.id) })
    expect(update.before).toMatchObject({ name: '赵巷镇中队', kind: 'town' })
    expect(update.after).toMatchObject({ name: '赵巷镇第一中队', kind: 'street' })

    const reordered = await ws.call('people.reorderSquads', { ids: [c.id, a.id, b.id] })
    expect(reordered.map((s) => s.name)).toEqual(['机动中队', '夏阳街道中队', '赵巷镇第一中队'])
    expect((await ws.call('cases.squads', {})).map((s) => s.id)).toEqual([c.id, a.id, b.id])
    expect((await auditRows('squad.reorder'))[0]?.after).toEqual(['机动中队', '夏阳街道中队', '赵巷镇第一中队'])
    // A list that misses a squad (someone added one meanwhile) is refused, and nothing moves.
    expect((await ws.fail('people.reorderSquads', { ids: [a.id, c.id] })).code).toBe('conflict')
    expect((await ws.fail('people.reorderSquads', { ids: [a.id, a.id, c.id] })).code).toBe('conflict')

    const off = await ws.call('people.setSquadActive', { id: a.id, active: false })
    expect(off.active).toBe(false)
    // Pickers no longer offer it, unless the case being edited is of that squad.
    expect((await ws.call('cases.squads', {})).map((s) => s.id)).toEqual([c.id, b.id])
    expect((await ws.call('cases.squads', { include: [a.id] })).map((s) => s.id)).toEqual([c.id, a.id, b.id])
    expect((await ws.call('cases.squads', { includeInactive: true })).find((s) => s.id === a.id)?.active).toBe(false)
    expect((await ws.call('people.squads', {})).map((s) => [s.name, s.active])).toContainEqual(['夏阳街道中队', false])
    expect((await auditRows('squad.deactivate'))[0]).toMatchObject({ before: { active: true }, after: { active: false } })
    expect((await ws.call('people.setSquadActive', { id: a.id, active: true })).active).toBe(true)
  })

  it('keeps squad names unique after trimming, and says which name clashes', async () => {
    await ws.call('people.createSquad', { name: '练塘镇中队', kind: 'town' })
    const other = await ws.call('people.createSquad', { name: '金泽镇中队', kind: 'town' })
    const before = await auditCount()
    const dup = await ws.fail('people.createSquad', { name: ' 练塘镇中队 ', kind: 'town' })
    expect(dup.code).toBe('duplicate_name')
    expect(dup.message).toBe('已有名为“练塘镇中队”的中队，名称不能重复。')
    expect((await ws.fail('people.updateSquad', { id: other.id, fields: { name: '练塘镇中队', kind: 'town' } })).code).toBe('duplicate_name')
    expect((await ws.fail('people.createSquad', { name: '   ', kind: 'town' })).code).toBe('invalid_input')
    expect((await ws.fail('people.createSquad', { name: '中'.repeat(51), kind: 'town' })).code).toBe('invalid_input')
    expect((await ws.fail('people.createSquad', { name: '某中队', kind: 'district' })).code).toBe('invalid_input')
    // Renaming a squad to its own name is no clash.
    await ws.call('people.updateSquad', { id: other.id, fields: { name: '金泽镇中队', kind: 'street' } })
    expect(await auditCount()).toBe(before + 1)
  })

  it('deletes an unused squad but refuses one that a case or an officer uses', async () => {
    const unused = await ws.call('people.createSquad', { name: '临时中队', kind: 'street' })
    const used = await ws.call('people.createSquad', { name: '朱家角镇中队', kind: 'town' })
    const staffed = await ws.call('people.createSquad', { name: '白鹤镇中队', kind: 'town' })
    await ws.call('cases.create', caseInput(used.id))
    await ws.call('people.createOfficer', { name: '张伟', badgeNumber: '31118090107', squadId: staffed.id, certified: true })

    expect(await ws.call('people.removeSquad', { id: unused.id })).toEqual({ ok: true })
    expect((await ws.call('people.squads', {})).map((s) => s.name)).not.toContain('临时中队')
    expect((await auditRows('squad.remove'))[0]?.before).toMatchObject({ name: '临时中队' })

    const refused = await ws.fail('people.removeSquad', { id: used.id })
    expect(refused.code).toBe('squad_in_use')
    expect(refused.message).toContain('已有 1 件案件')
    expect((await ws.fail('people.removeSquad', { id: staffed.id })).message).toContain('1 名执法人员')
    expect((await ws.call('people.squads', {})).map((s) => s.name)).toEqual(['朱家角镇中队', '白鹤镇中队'])
    expect((await ws.fail('people.removeSquad', { id: 4242 })).code).toBe('not_found')
  })

  it('registers officers with a unique badge number and a certificate, lists and filters them', async () => {
    const squad = await ws.call('people.createSquad', { name: '夏阳街道中队', kind: 'street' })
    const other = await ws.call('people.createSquad', { name: '盈浦街道中队', kind: 'street' })
    const zhang = await ws.call('people.createOfficer', {
      name: ' 张伟 ', badgeNumber: ' 31118020107 ', squadId: squad.id, certified: true, certificateNumber: 'SH-2021-0107', certificateExpiresOn: '2026-06-30',
    })
    expect(zhang).toMatchObject({ name: '张伟', badgeNumber: '31118020107', squadName: '夏阳街道中队', certified: true, certificateNumber: 'SH-2021-0107', certificateExpiresOn: '2026-06-30', active: true, caseCount: 0 })
    const li = await ws.call('people.createOfficer', { name: '李娜', badgeNumber: '31118030110', squadId: other.id, certified: false })
    expect(li).toMatchObject({ certified: false, certificateNumber: null, certificateExpiresOn: null })
    expect((await auditRows('officer.create'))[0]?.after).toMatchObject({ name: '张伟', badgeNumber: '31118020107', squad: '夏阳街道中队', certified: true })

    const before = await auditCount()
    const dup = await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '31118020107', squadId: other.id, certified: true })
    expect(dup.code).toBe('duplicate_badge_number')
    expect(dup.message).toContain('张伟')
    expect((await ws.fail('people.updateOfficer', { id: li.id, fields: { name: '李娜', badgeNumber: '31118020107', squadId: other.id, certified: false } })).code).toBe('duplicate_badge_number')
    expect((await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '3111 8020', squadId: squad.id, certified: true })).code).toBe('invalid_input')
    expect((await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '1'.repeat(33), squadId: squad.id, certified: true })).code).toBe('invalid_input')
    expect((await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '31118020199', squadId: squad.id, certified: true, certificateExpiresOn: '2026/6/30' })).code).toBe('invalid_input')
    // No certificate, so no certificate number.
    expect((await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '31118020199', squadId: squad.id, certified: false, certificateNumber: 'X1' })).code).toBe('invalid_input')
    expect((await ws.fail('people.createOfficer', { name: '王磊', badgeNumber: '31118020199', squadId: 4242, certified: true })).code).toBe('not_found')
    expect(await auditCount()).toBe(before)

    const moved = await ws.call('people.updateOfficer', { id: li.id, fields: { name: '李娜', badgeNumber: '31118030110', squadId: squad.id, certified: true, certificateNumber: 'SH-2024-0110', certificateExpiresOn: '2027-12-31' } })
    expect(moved).toMatchObject({ squadName: '夏阳街道中队', certified: true, certificateNumber: 'SH-2024-0110' })
    const update = nth(await auditRows('officer.update'), 0)
    expect(update.before).toMatchObject({ squad: '盈浦街道中队', certified: false })
    expect(update.after).toMatchObject({ squad: '夏阳街道中队', certified: true, certificateExpiresOn: '2027-12-31' })

    await ws.call('people.setOfficerActive', { id: li.id, active: false })
    expect((await ws.call('people.officers', { squadId: squad.id })).map((o) => o.name)).toEqual(['张伟', '李娜'])
    expect((await ws.call('people.officers', { active: true })).map((o) => o.name)).toEqual(['张伟'])
    expect((await ws.call('people.officers', { active: false })).map((o) => o.name)).toEqual(['李娜'])
    expect((await ws.call('people.officers', { squadId: other.id })).map((o) => o.name)).toEqual([])
    expect((await auditRows('officer.deactivate'))[0]?.after).toMatchObject({ active: false })
  })

  it('offers active officers in the case form, and keeps an inactive one on the case that has them', async () => {
    const squad = await ws.call('people.createSquad', { name: '夏阳街道中队', kind: 'street' })
    const a = await ws.call('people.createOfficer', { name: '张伟', badgeNumber: '31118020107', squadId: squad.id, certified: true })
    const b = await ws.call('people.createOfficer', { name: '李娜', badgeNumber: '31118020114', squadId: squad.id, certified: true })
    const c = await ws.call('cases.create', caseInput(squad.id, { officerIds: [a.id, b.id] }))
    await ws.call('people.setOfficerActive', { id: b.id, active: false })
    expect((await ws.call('cases.officers', { squadId: squad.id })).map((o) => o.name)).toEqual(['张伟'])
    const forCase = await ws.call('cases.officers', { squadId: squad.id, include: c.officers.map((o) => o.id) })
    expect(forCase.map((o) => [o.name, o.active])).toEqual([['张伟', true], ['李娜', false]])
    expect((await ws.call('cases.get', { id: c.id })).officers.map((o) => o.name)).toEqual(['张伟', '李娜'])
    expect((await ws.call('people.officers', {})).find((o) => o.id === b.id)?.caseCount).toBe(1)
  })

  it('adds reviewers with a unique name, a role, a squad and an officer for recusal', async () => {
    const squad = await ws.call('people.createSquad', { name: '夏阳街道中队', kind: 'street' })
    const officer = await ws.call('people.createOfficer', { name: '张伟', badgeNumber: '31118020107', squadId: squad.id, certified: true })
    const r = await ws.call('people.createReviewer', { name: '张伟', role: 'reviewer', squadId: squad.id, officerId: officer.id })
    expect(r).toMatchObject({ name: '张伟', role: 'reviewer', squadName: '夏阳街道中队', officerName: '张伟', active: true, current: false })
    expect((await auditRows('reviewer.create'))[0]?.after).toEqual({ name: '张伟', role: 'reviewer', squad: '夏阳街道中队', officer: '张伟', active: true })
    const lawyer = await ws.call('people.createReviewer', { name: '陈律师', role: 'reviewer' })
    expect(lawyer).toMatchObject({ squadId: null, officerId: null })

    const dup = await ws.fail('people.createReviewer', { name: ' 周萍', role: 'reviewer' })
    expect(dup).toMatchObject({ code: 'duplicate_name', message: '已有名为“周萍”的评查员，名称不能重复。' })
    expect((await ws.fail('people.updateReviewer', { id: lawyer.id, fields: { name: '张伟', role: 'reviewer' } })).code).toBe('duplicate_name')
    expect((await ws.fail('people.createReviewer', { name: '某人', role: 'admin' })).code).toBe('invalid_input')
    expect((await ws.fail('people.createReviewer', { name: '某人', role: 'reviewer', officerId: 4242 })).code).toBe('not_found')

    const rows = await ws.call('people.reviewers', {})
    expect(rows.map((x) => [x.name, x.role, x.current])).toEqual([['周萍', 'lead', true], ['张伟', 'reviewer', false], ['陈律师', 'reviewer', false]])

    // An inactive reviewer stays listed, marked, and is offered for nothing new.
    await ws.call('people.setReviewerActive', { id: lawyer.id, active: false })
    expect((await ws.call('people.reviewers', {})).filter((x) => x.active).map((x) => x.name)).toEqual(['周萍', '张伟'])
  })

  it('keeps one active lead, and never deactivates the reviewer at this PC', async () => {
    const second = await ws.call('people.createReviewer', { name: '王敏', role: 'reviewer' })
    expect((await ws.fail('people.updateReviewer', { id: lead, fields: { name: '周萍', role: 'reviewer' } })).code).toBe('last_lead')
    expect((await ws.fail('people.setReviewerActive', { id: lead, active: false })).code).toBe('current_reviewer')
    await ws.call('people.updateReviewer', { id: second.id, fields: { name: '王敏', role: 'lead' } })
    await ws.signInAs(second.id)
    const off = await ws.call('people.setReviewerActive', { id: lead, active: false })
    expect(off.active).toBe(false)
    expect((await ws.fail('people.updateReviewer', { id: second.id, fields: { name: '王敏', role: 'reviewer' } })).message).toContain('唯一在用的组长')
  })

  it('lets only a lead change structure and people, and changes nothing when refused', async () => {
    const squad = await ws.call('people.createSquad', { name: '夏阳街道中队', kind: 'street' })
    const officer = await ws.call('people.createOfficer', { name: '张伟', badgeNumber: '31118020107', squadId: squad.id, certified: true })
    const reviewer = await ws.call('people.createReviewer', { name: '李强', role: 'reviewer' })
    await ws.signInAs(reviewer.id)
    const before = { audit: await auditCount(), squads: await ws.call('people.squads', {}), officers: await ws.call('people.officers', {}) }

    const attempts: [string, unknown][] = [
      ['people.createSquad', { name: '新中队', kind: 'street' }],
      ['people.updateSquad', { id: squad.id, fields: { name: '改名', kind: 'street' } }],
      ['people.reorderSquads', { ids: [squad.id] }],
      ['people.setSquadActive', { id: squad.id, active: false }],
      ['people.removeSquad', { id: squad.id }],
      ['people.createOfficer', { name: '王磊', badgeNumber: '31118020199', squadId: squad.id, certified: true }],
      ['people.updateOfficer', { id: officer.id, fields: { name: '张伟', badgeNumber: '1', squadId: squad.id, certified: false } }],
      ['people.setOfficerActive', { id: officer.id, active: false }],
      ['people.createReviewer', { name: '赵六', role: 'lead' }],
      ['people.updateReviewer', { id: reviewer.id, fields: { name: '李强', role: 'lead' } }],
      ['people.setReviewerActive', { id: lead, active: false }],
    ]
    for (const [method, input] of attempts) {
      const error = await ws.fail(method as never, input)
      expect(error.code, method).toBe('lead_only')
      expect(error.message).toContain('当前评查员“李强”不是组长')
    }
    expect(await auditCount()).toBe(before.audit)
    expect(await ws.call('people.squads', {})).toEqual(before.squads)
    expect(await ws.call('people.officers', {})).toEqual(before.officers)
    // Reading is for everyone.
    expect(await ws.call('people.reviewers', {})).toHaveLength(2)
  })
})

describe('a workspace whose administrator reviews nothing', () => {
  beforeEach(async () => {
    ws = await openTestWorkspace()
  })
  afterEach(() => ws.close())

  it('lets the administrator name the first lead, then holds reviewers to the rule, each change under its signer', async () => {
    const first = await ws.call('people.createReviewer', { name: '周萍', role: 'lead' })
    expect((await auditRows('reviewer.create'))[0]?.actor).toBe('测试管理员')
    await ws.signInAs(first.id)
    const other = await ws.call('people.createReviewer', { name: '李强', role: 'reviewer' })
    expect((await auditRows('reviewer.create'))[1]?.actor).toBe('周萍')
    await ws.signInAs(other.id)
    expect((await ws.fail('people.createReviewer', { name: '赵六', role: 'reviewer' })).code).toBe('lead_only')
    expect((await ws.fail('people.createSquad', { name: '机动中队', kind: 'mobile' })).code).toBe('lead_only')
    await ws.signInAs(first.id)
    expect((await ws.call('people.createSquad', { name: '机动中队', kind: 'mobile' })).name).toBe('机动中队')
  })
})
