import { readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { nth } from '../support/defined'
import { storedForm } from '../../electron/backend/db/open-values'

describe('first start', () => {
  let ws: TestWorkspace
  beforeAll(async () => {
    ws = await openTestWorkspace({ signedIn: false })
  })
  afterAll(() => ws.close())

  it('asks for set-up on an empty database, in Chinese by default', async () => {
    expect(await ws.call('workspace.status', {})).toMatchObject({ needsSetup: true, caseCount: 0, locale: 'zh-CN', reviewer: null })
  })

  it('can start empty with the reviewer at this PC, and then no longer asks', async () => {
    const status = await ws.call('workspace.startEmpty', { reviewerName: '周萍', login: 'lead', password: TEST_PASSWORD })
    expect(status).toMatchObject({ needsSetup: false, caseCount: 0, reviewer: { name: '周萍', role: 'lead' } })
    expect((await ws.fail('workspace.startEmpty', { reviewerName: '别人', login: 'lead', password: TEST_PASSWORD })).code).toBe('conflict')
    // The district's squads are there, so the first case can be registered by hand.
    const squads = await ws.call('cases.squads', {})
    expect(squads).toHaveLength(12)
    const squad = nth(squads, 1)
    const c = await ws.call('cases.create', { caseNumber: '青城管简罚〔2024〕第00001号', party: '孙某', domain: 'street_appearance', squadId: squad.id })
    expect(c.squadName).toBe(squad.name)
    expect((await ws.call('workspace.setLocale', { locale: 'en' })).locale).toBe('en')
    // Error messages follow the chosen language.
    expect((await ws.fail('cases.get', { id: 424242 })).message).toMatch(/^Case 424242 was not found/)
  })
})

describe('the demo workspace', () => {
  let ws: TestWorkspace
  let result: { cases: number; documents: number }
  beforeAll(async () => {
    // Loading the demo at the first start signs the window in as its lead.
    ws = await openTestWorkspace({ signedIn: false })
    result = await ws.call('workspace.loadDemo', {})
  }, 300_000)
  afterAll(() => ws.close())

  it('loads the district: 12 squads, ~40 officers, ~120 cases each with a scanned file', async () => {
    expect(result.cases).toBeGreaterThanOrEqual(100)
    expect(result.documents).toBe(result.cases)
    const squads = await ws.call('cases.squads', {})
    expect(squads.map((s) => s.name)).toEqual(expect.arrayContaining(['机动中队', '夏阳街道中队', '金泽镇中队']))
    expect(squads).toHaveLength(12)
    const officers = await ws.call('cases.officers', {})
    expect(officers.length).toBeGreaterThanOrEqual(35)
    const status = await ws.call('workspace.status', {})
    expect(status).toMatchObject({ needsSetup: false, caseCount: result.cases, reviewer: { name: '王敏' } })
    const stored = (await readdir(ws.app.ctx.paths.files)).filter((n) => !n.startsWith('.'))
    expect(stored.length).toBeGreaterThan(10)
  })

  it('gives the reviewer at this PC a monthly spot check to score', async () => {
    const campaigns = await ws.call('campaigns.list', {})
    expect(campaigns.map((c) => c.kind).sort()).toEqual(['centralized', 'monthly'])
    const monthly = campaigns.find((c) => c.kind === 'monthly')!
    const mine = (await ws.call('campaigns.mine', {})).filter((m) => m.campaignId === monthly.id)
    expect(mine.length).toBeGreaterThanOrEqual(5)
    expect(mine.map((m) => m.position)).toEqual(mine.map((_, i) => i + 1))
    const doc = nth(await ws.call('documents.list', { caseId: nth(mine, 0).case.id }), 0)
    expect(doc.pageCount).toBeGreaterThanOrEqual(10)
    expect(doc.pageCount).toBeLessThanOrEqual(60)
    // Its 卷内目录 is tagged, from the cover to the last page, without gaps.
    const tags = await ws.call('documents.pageTags', { documentId: doc.id })
    expect(tags[0]).toMatchObject({ firstPage: 1, docType: '封面' })
    expect(tags.at(-1)!.lastPage).toBe(doc.pageCount)
    tags.slice(1).forEach((t, i) => expect(t.firstPage).toBe(nth(tags, i).lastPage + 1))
    expect(tags.map((t) => t.docType)).toContain('处罚决定书')
  })

  it('draws each campaign with the sampling service from cases closed before it began', async () => {
    const db = ws.app.ctx.db
    for (const c of await ws.call('campaigns.list', {})) {
      const detail = await ws.call('campaigns.get', { id: c.id })
      expect(detail.sampling, c.name).toMatchObject({ method: 'stratified', drawnBy: '王敏' })
      expect(detail.sampling!.strata.every((s) => s.sampled >= 1), c.name).toBe(true)
      const drawn = detail.cases.filter((x) => x.origin !== 'manual').map((x) => x.case.id)
      const rows = await db.selectFrom('cases').select(['caseNumber', 'closedOn']).where('id', 'in', drawn).execute()
      for (const r of rows) expect(r.closedOn !== null && r.closedOn < c.startsOn!, `${c.name}: ${r.caseNumber} closed ${r.closedOn}`).toBe(true)
    }
  })

  it('fills the A/V and complaint registers of 2023, with repeat complaints, for 年度台账 to count', async () => {
    const av = await ws.call('avRecords.list', { pageSize: 100 })
    expect(av.total).toBeGreaterThanOrEqual(150)
    // A case's recordings carry its number and open it.
    expect(av.items.some((r) => r.caseId !== null && r.officers.length > 0)).toBe(true)
    const complaints = await ws.call('complaints.list', { pageSize: 100 })
    expect(complaints.total).toBeGreaterThanOrEqual(220)
    expect(complaints.repeats).toBeGreaterThanOrEqual(18)
    // Addresses are sealed in the file, yet found by part of their text.
    const stored = await storedForm(ws.app.ctx.db).selectFrom('complaints').select('address').limit(1).executeTakeFirstOrThrow()
    expect(stored.address).toMatch(/^enc1:/)
    const first = complaints.items[0]!
    expect((await ws.call('complaints.list', { search: first.address.slice(-6) })).items.map((c) => c.id)).toContain(first.id)
    const d = await ws.call('quotas.dashboard', { year: 2023 })
    expect(d.total.find((f) => f.key === 'repeatComplaints')!.base).toBe(complaints.repeats)
    expect(d.total.find((f) => f.key === 'avRecords')!.value).toBe(0)
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses to load the demo twice', async () => {
    expect((await ws.fail('workspace.loadDemo', {})).code).toBe('conflict')
  })
})
