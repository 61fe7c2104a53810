import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth, take } from '../support/defined'

/*
 * A month of the supervision section on a small register: 40 cases closed in February 2024 over
 * two squads, a lead at this PC and two reviewers, one from each squad (张三 of squad 1; 李四 of
 * squad 2, who is also the officer 王磊).
 */
let ws: TestWorkspace
let squadIds: [number, number]
let officerIds: [number, number, number]
const caseIds: number[] = []
let lead: number
let zhang: number
let li: number
let rubricByCode: Map<string, number>

const population = { basis: 'closed' as const, from: '2024-02-01', to: '2024-02-29' }
const sampling = { method: 'stratified' as const, byDomain: false, size: { kind: 'rate' as const, percent: 10 }, alwaysInclude: { major: true, complaint: true }, seed: 42 }

async function actAs(reviewerId: number) {
  await ws.signInAs(reviewerId)
}

async function auditActions(entityId: number) {
  const rows = await ws.app.ctx.db.selectFrom('auditLog').select(['action', 'actor', 'after']).where('entity', '=', 'campaign').where('entityId', '=', String(entityId)).orderBy('id').execute()
  return rows
}

beforeAll(async () => {
  ws = await openTestWorkspace()
  ;({ squadIds, officerIds } = await seedRegistry(ws))
  for (let i = 0; i < 40; i++) {
    const squadId = squadIds[i < 28 ? 0 : 1]
    const c = await ws.call(
      'cases.create',
      caseInput(squadId, {
        caseNumber: `青城管罚字〔2024〕第${String(i + 1).padStart(5, '0')}号`,
        party: `当事人${i + 1}`,
        decidedOn: '2024-01-20',
        closedOn: `2024-02-${String((i % 28) + 1).padStart(2, '0')}`,
        procedure: i % 5 === 1 ? 'simple' : 'ordinary',
        caseType: i === 3 ? 'compulsion' : 'penalty',
        isMajor: i === 10,
        source: i === 31 ? 'complaint' : 'inspection',
        officerIds: squadId === squadIds[1] ? [officerIds[2]] : [officerIds[0]],
      }),
    )
    caseIds.push(c.id)
  }
  // A case closed in January lies outside the population.
  await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: '青城管罚字〔2024〕第09999号', closedOn: '2024-01-15', decidedOn: '2024-01-02' }))
  const db = ws.app.ctx.db
  const reviewers = await db
    .insertInto('reviewers')
    .values([
      { name: '王敏', role: 'lead' },
      { name: '张三', role: 'reviewer', squadId: squadIds[0] },
      { name: '李四', role: 'reviewer', squadId: squadIds[1], officerId: officerIds[2] },
    ])
    .returning('id')
    .execute()
  ;[lead, zhang, li] = take(reviewers.map((r) => r.id), 3)
  await actAs(lead)
  const rubrics = await ws.call('rubrics.list', {})
  rubricByCode = new Map(rubrics.map((r) => [r.code, r.id]))
}, 120_000)
afterAll(() => ws.close())

describe('a monthly spot check from draft to closed', () => {
  let campaignId: number
  let firstSample: number[]

  it('shows the population before drawing', async () => {
    const p = await ws.call('campaigns.population', { population })
    expect(p.size).toBe(40)
    expect(p.bySquad.map((s) => s.count)).toEqual([28, 12])
  })

  it('creates a draft with a stratified 10% sample, its record and a rubric per case', async () => {
    const summary = await ws.call('campaigns.create', {
      name: '2024年3月案卷月度抽查',
      kind: 'monthly',
      startsOn: '2024-03-01',
      endsOn: '2024-03-31',
      rubricId: rubricByCode.get('penalty-ordinary')!,
      population,
      sampling,
    })
    campaignId = summary.id
    expect(summary).toMatchObject({ status: 'draft', kind: 'monthly', doubleReview: false })
    const c = await ws.call('campaigns.get', { id: campaignId })
    const record = c.sampling!
    expect(record).toMatchObject({ populationSize: 40, method: 'stratified', seed: 42, target: 4, drawnBy: '王敏' })
    // 28/12 of 4 → 2.8/1.2 → 3/1; the major case (squad 1) and the complaint (squad 2) count towards their squads.
    expect(record.strata.map((s) => [s.squadName, s.population, s.sampled, s.always])).toEqual([
      ['夏阳街道中队', 28, 3, 1],
      ['朱家角镇中队', 12, 1, 1],
    ])
    expect(c.cases).toHaveLength(4)
    firstSample = c.cases.map((x) => x.case.id)
    expect(firstSample).toContain(caseIds[10])
    expect(firstSample).toContain(caseIds[31])
    expect(c.cases.find((x) => x.case.id === caseIds[10])!.origin).toBe('always')
    for (const x of c.cases) {
      const expected = x.case.caseType === 'compulsion' ? 'compulsion' : x.case.procedure === 'simple' ? 'penalty-simple' : 'penalty-ordinary'
      expect(x.rubricId, x.case.caseNumber).toBe(rubricByCode.get(expected))
    }
  })

  it('draws the same sample again with the same seed, and another with another seed', async () => {
    await ws.call('campaigns.draw', { campaignId, sampling })
    expect((await ws.call('campaigns.get', { id: campaignId })).cases.map((x) => x.case.id)).toEqual(firstSample)
    await ws.call('campaigns.draw', { campaignId, sampling: { ...sampling, seed: 7 } })
    const other = (await ws.call('campaigns.get', { id: campaignId })).cases.map((x) => x.case.id)
    expect(other).not.toEqual(firstSample)
    await ws.call('campaigns.draw', { campaignId, sampling })
  })

  it('takes a case in and out by hand, with a reason, audited', async () => {
    const simple = caseIds.find((id, i) => i % 5 === 1 && !firstSample.includes(id))!
    await ws.call('campaigns.addCase', { campaignId, caseId: simple, reason: '群众反映处理不当' })
    const c = await ws.call('campaigns.get', { id: campaignId })
    expect(c.cases.find((x) => x.case.id === simple)).toMatchObject({ origin: 'manual', note: '群众反映处理不当', rubricId: rubricByCode.get('penalty-simple') })
    const drawn = firstSample.find((id) => id !== caseIds[10] && id !== caseIds[31])!
    await ws.call('campaigns.removeCase', { campaignId, caseId: drawn, reason: '该案已在专项评查中评查' })
    expect((await ws.call('campaigns.get', { id: campaignId })).cases.map((x) => x.case.id)).not.toContain(drawn)
    expect((await ws.fail('campaigns.removeCase', { campaignId, caseId: simple, reason: '' })).code).toBe('invalid_input')
    const audit = await auditActions(campaignId)
    expect(audit.map((a) => a.action)).toEqual(['campaign.create', 'campaign.draw', 'campaign.draw', 'campaign.draw', 'campaign.add_case', 'campaign.remove_case'])
    expect(audit.at(-1)!.after).toContain('该案已在专项评查中评查')
  })

  it('assigns with recusal, queues numbered 1…n, and refuses a recused reviewer by hand', async () => {
    await ws.call('campaigns.assign', { campaignId, reviewerIds: [zhang, li] })
    const c = await ws.call('campaigns.get', { id: campaignId })
    expect(c.assignments).toHaveLength(c.cases.length)
    for (const a of c.assignments) {
      if (a.reviewerId === zhang) expect(a.case.squadId).not.toBe(squadIds[0])
      if (a.reviewerId === li) expect(a.case.squadId).not.toBe(squadIds[1])
    }
    for (const reviewerId of [zhang, li]) {
      const queue = c.assignments.filter((a) => a.reviewerId === reviewerId)
      expect(queue.map((a) => a.position)).toEqual(queue.map((_, i) => i + 1))
    }
    const toZhang = c.assignments.find((a) => a.reviewerId === li)!
    const refused = await ws.fail('campaigns.reassign', { assignmentId: toZhang.assignmentId, reviewerId: li === toZhang.reviewerId ? zhang : li })
    expect(refused.code).toBe('recusal')
    expect(refused.message).toContain(toZhang.case.caseNumber)
    expect(refused.message).toContain('张三')
  })

  it('keeps a draft off the workbench and out of review; only the lead starts it', async () => {
    await actAs(li)
    expect(await ws.call('campaigns.mine', {})).toEqual([])
    const c = await ws.call('campaigns.get', { id: campaignId })
    const own = nth(c.assignments.filter((a) => a.reviewerId === li), 0)
    expect((await ws.fail('evaluations.open', { assignmentId: own.assignmentId })).code).toBe('campaign_not_started')
    // Another reviewer's record is not hers to open at all.
    const other = nth(c.assignments.filter((a) => a.reviewerId !== li), 0)
    expect((await ws.fail('evaluations.open', { assignmentId: other.assignmentId })).code).toBe('not_your_evaluation')
    expect((await ws.fail('campaigns.start', { campaignId })).code).toBe('lead_only')
    await actAs(lead)
    expect((await ws.call('campaigns.start', { campaignId })).status).toBe('in_progress')
    expect((await ws.fail('campaigns.assign', { campaignId, reviewerIds: [zhang] })).code).toBe('campaign_not_draft')
    await actAs(li)
    const mine = await ws.call('campaigns.mine', {})
    expect(mine.map((m) => m.position)).toEqual(mine.map((_, i) => i + 1))
    await actAs(lead)
  })

  it('scores each case against its own rubric', async () => {
    const c = await ws.call('campaigns.get', { id: campaignId })
    for (const a of c.assignments) {
      const e = await ws.call('evaluations.open', { assignmentId: a.assignmentId })
      expect(e.rubricId, a.case.caseNumber).toBe(c.cases.find((x) => x.case.id === a.case.id)!.rubricId)
    }
    expect(new Set(c.cases.map((x) => x.rubricId)).size).toBeGreaterThanOrEqual(2)
  })

  it('refuses to take out a case whose evaluation is submitted', async () => {
    const c = await ws.call('campaigns.get', { id: campaignId })
    const a = nth(c.assignments, 0)
    const e = await ws.call('evaluations.open', { assignmentId: a.assignmentId })
    await ws.call('evaluations.submit', { evaluationId: e.id })
    const refused = await ws.fail('campaigns.removeCase', { campaignId, caseId: a.case.id, reason: '误抽' })
    expect(refused.code).toBe('case_evaluated')
    expect(refused.message).toContain(a.case.caseNumber)
    const board = (await ws.call('campaigns.get', { id: campaignId })).board
    expect(board.byReviewer.reduce((n, r) => n + r.submitted, 0)).toBe(1)
    expect(board.bySquad.reduce((n, r) => n + r.submitted + r.inProgress + r.notStarted, 0)).toBe(c.cases.length)
  })

  it('freezes the results when closed, and reopens only with the lead and a reason', async () => {
    const c = await ws.call('campaigns.get', { id: campaignId })
    const open = await ws.call('evaluations.open', { assignmentId: nth(c.assignments, 1).assignmentId })
    await ws.call('campaigns.close', { campaignId })
    const rubric = await ws.call('rubrics.get', { id: open.rubricId })
    const itemId = nth(nth(rubric.body.sections, 0).items, 0).id
    const refused = await ws.fail('evaluations.setNote', { evaluationId: open.id, itemId, note: '结束后补记' })
    expect(refused.code).toBe('campaign_closed')
    expect(refused.message).toContain('2024年3月案卷月度抽查')
    expect((await ws.fail('evaluations.submit', { evaluationId: open.id })).code).toBe('campaign_closed')
    await actAs(li)
    expect(await ws.call('campaigns.mine', {})).toEqual([])
    expect((await ws.fail('campaigns.reopen', { campaignId, reason: '补充评查' })).code).toBe('lead_only')
    await actAs(lead)
    expect((await ws.fail('campaigns.reopen', { campaignId, reason: '' })).code).toBe('invalid_input')
    expect((await ws.call('campaigns.reopen', { campaignId, reason: '发现漏评项目，需补充评查' })).status).toBe('in_progress')
    await ws.call('evaluations.setNote', { evaluationId: open.id, itemId, note: '重新开启后补记' })
    const audit = await auditActions(campaignId)
    expect(audit.slice(-4).map((a) => [a.action, a.actor])).toEqual([
      ['campaign.assign', '王敏'],
      ['campaign.start', '王敏'],
      ['campaign.close', '王敏'],
      ['campaign.reopen', '王敏'],
    ])
    expect(audit.at(-1)!.after).toContain('发现漏评项目')
  })

  it('puts a case added while under way straight into a queue, with recusal', async () => {
    const c0 = new Set((await ws.call('campaigns.get', { id: campaignId })).cases.map((x) => x.case.id))
    const extra = caseIds.slice(0, 28).find((id, i) => !c0.has(id) && i % 5 !== 1 && i !== 3)!
    await ws.call('campaigns.addCase', { campaignId, caseId: extra, reason: '12345热线重复投诉' })
    const c = await ws.call('campaigns.get', { id: campaignId })
    const rows = c.assignments.filter((a) => a.case.id === extra)
    expect(rows).toHaveLength(1)
    // Squad 1's case: not 张三's.
    expect(rows[0]?.reviewerId).toBe(li)
    const queue = c.assignments.filter((a) => a.reviewerId === li)
    expect(queue.map((a) => a.position)).toEqual(queue.map((_, i) => i + 1))
  })

  it('exports the sampling record as a workbook', async () => {
    const file = await ws.call('campaigns.exportSampling', { campaignId })
    expect(file.fileName).toMatch(/^2024年3月案卷月度抽查-抽样记录-\d{8}-\d{6}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.filePath)
    const sheet = wb.getWorksheet('抽样记录')!
    const values = sheet.getSheetValues().flat().map(String)
    expect(values).toContain('随机种子')
    expect(values).toContain('42')
    expect(values).toContain('群众反映处理不当')
  })

  it('counts the sample towards the year’s coverage, per squad', async () => {
    const cov = await ws.call('campaigns.coverage', { year: 2024 })
    expect(cov.total.closed).toBe(41)
    const sampled = (await ws.call('campaigns.get', { id: campaignId })).cases.length
    expect(cov.total.sampled).toBe(sampled)
    expect(cov.bySquad.map((s) => s.closed)).toEqual([29, 12])
    expect(cov.target).toBe(0.1)
  })
})

describe('double review', () => {
  it('gives every case two different eligible reviewers, or names the case that has none', async () => {
    const created = await ws.call('campaigns.create', {
      name: '2024年上半年案卷集中评查',
      kind: 'centralized',
      rubricId: rubricByCode.get('penalty-ordinary')!,
      doubleReview: true,
      tolerance: 5,
      population: { ...population, squadIds: [squadIds[1]] },
      sampling: { ...sampling, size: { kind: 'count', count: 3 } },
    })
    expect(created).toMatchObject({ doubleReview: true, tolerance: 5 })
    // Squad 2's cases: 李四 must recuse from all of them, so 张三 alone cannot make a pair.
    const refused = await ws.fail('campaigns.assign', { campaignId: created.id, reviewerIds: [zhang, li] })
    expect(refused.code).toBe('no_eligible_reviewer')
    expect(refused.message).toMatch(/案件 青城管罚字〔2024〕第\d{5}号（朱家角镇中队）没有可分配的评查员/)
    expect(refused.message).toContain('李四')
    expect((await ws.fail('campaigns.assign', { campaignId: created.id, reviewerIds: [lead] })).code).toBe('too_few_reviewers')
    await ws.call('campaigns.assign', { campaignId: created.id, reviewerIds: [zhang, lead] })
    const c = await ws.call('campaigns.get', { id: created.id })
    const [first, second] = take(c.assignments.filter((a) => a.case.id === nth(c.cases, 0).case.id), 2)
    const same = await ws.fail('campaigns.reassign', { assignmentId: first.assignmentId, reviewerId: second.reviewerId })
    expect(same.code).toBe('recusal')
    expect(same.message).toContain('另一轮评查')
    for (const x of c.cases) {
      const rows = c.assignments.filter((a) => a.case.id === x.case.id)
      expect(rows.map((r) => r.round).sort()).toEqual([1, 2])
      expect(new Set(rows.map((r) => r.reviewerId)).size).toBe(2)
    }
    expect((await ws.call('campaigns.start', { campaignId: created.id })).status).toBe('in_progress')
  })
})

describe('the rubric a case is scored against', () => {
  it('falls back to the campaign\'s default when its procedure\'s rubric is not published', async () => {
    const fresh = await openTestWorkspace()
    try {
      const { squadIds: [squadId] } = await seedRegistry(fresh)
      const c = await fresh.call('cases.create', caseInput(squadId, { caseType: 'compulsion', closedOn: '2024-02-10', decidedOn: '2024-02-01' }))
      const rubrics = await fresh.call('rubrics.list', {})
      const compulsion = rubrics.find((r) => r.code === 'compulsion')!
      await fresh.app.ctx.db.deleteFrom('rubrics').where('code', '=', 'compulsion').execute()
      const ordinary = rubrics.find((r) => r.code === 'penalty-ordinary')!
      const created = await fresh.call('campaigns.create', { name: '2024年3月案卷专项评查', kind: 'special', rubricId: ordinary.id, population, sampling: { ...sampling, size: { kind: 'count', count: 1 } } })
      const detail = await fresh.call('campaigns.get', { id: created.id })
      expect(detail.cases.map((x) => [x.case.id, x.rubricId])).toEqual([[c.id, ordinary.id]])
      expect(compulsion.id).not.toBe(ordinary.id)
    } finally {
      await fresh.close()
    }
  })
})
