import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, seedRegistry, type TestWorkspace } from '../support/workspace'

let ws: TestWorkspace
let squadIds: [number, number]
let officerIds: [number, number, number]
beforeEach(async () => {
  ws = await openTestWorkspace({ now: () => new Date('2023-12-20T09:00:00+08:00') })
  ;({ squadIds, officerIds } = await seedRegistry(ws))
})
afterEach(() => ws.close())

const rubricOf = async (code: string) => (await ws.app.ctx.db.selectFrom('rubrics').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id

describe('a campaign on complaints or A/V records (ADR 0013)', () => {
  it('samples every repeat complaint and a share of the others, assigns, scores on the complaint rubric, and counts in 年度台账', async () => {
    const db = ws.app.ctx.db
    const lead = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
    const reviewer = await db.insertInto('reviewers').values({ name: '李强', role: 'reviewer' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(lead.id)
    const repeats: number[] = []
    for (const [i, receivedOn] of ['2023-02-01', '2023-03-01', '2023-04-01'].entries()) {
      repeats.push((await ws.call('complaints.create', { ticketNumber: `GD-R${i}`, receivedOn, subject: '噪声扰民', address: '华腾路8号', squadId: squadIds[1] })).id)
    }
    for (let i = 0; i < 5; i++) await ws.call('complaints.create', { ticketNumber: `GD-${i}`, receivedOn: `2023-0${i + 1}-15`, subject: '占道经营', address: `外青松公路${i}号`, squadId: squadIds[0] })

    expect((await ws.fail('campaigns.createForObjects', { name: '投诉抽查', kind: 'monthly', target: 'complaint', rubricId: await rubricOf('penalty-ordinary'), population: { from: '2023-01-01', to: '2023-12-31' }, percent: 50 })).code).toBe('invalid_input')
    const created = await ws.call('campaigns.createForObjects', {
      name: '2023年投诉办理抽查',
      kind: 'special',
      target: 'complaint',
      rubricId: await rubricOf('complaint'),
      population: { from: '2023-01-01', to: '2023-12-31' },
      percent: 50,
      seed: 7,
    })
    // Half of eight is four: the three repeats always, one other drawn.
    expect(created).toMatchObject({ target: 'complaint', caseCount: 4, status: 'draft' })
    const objects = await ws.call('campaigns.objects', { campaignId: created.id })
    expect(objects.filter((o: { origin: string }) => o.origin === 'always').map((o: { id: number }) => o.id).sort()).toEqual([...repeats].sort())

    await ws.call('campaigns.assign', { campaignId: created.id, reviewerIds: [lead.id, reviewer.id] })
    await ws.call('campaigns.start', { campaignId: created.id })
    const assigned = await ws.call('campaigns.objects', { campaignId: created.id })
    const first = assigned.find((o: { id: number }) => o.id === repeats[0])!
    expect(first.assignments).toHaveLength(1)
    await ws.signInAs(first.assignments[0]!.reviewerName === '王敏' ? lead.id : reviewer.id)
    const evaluation = await ws.call('evaluations.open', { assignmentId: first.assignments[0]!.assignmentId })
    expect(evaluation).toMatchObject({ caseId: null, object: { kind: 'complaint', id: repeats[0] } })
    expect(await ws.call('evaluations.peek', { assignmentId: first.assignments[0]!.assignmentId })).toMatchObject({ caseId: null, evaluationId: evaluation.id })
    expect(await ws.call('checks.forEvaluation', { evaluationId: evaluation.id })).toEqual([])
    const scored = await ws.call('evaluations.addDeduction', { evaluationId: evaluation.id, itemId: 'S3.1', optionId: 'late-reply', points: 10, reason: '超过15个工作日答复' })
    expect(scored.total).toBe(90)
    await ws.call('evaluations.submit', { evaluationId: evaluation.id })

    await ws.signInAs(lead.id)
    const d = await ws.call('quotas.dashboard', { year: 2023 })
    expect(d.total.find((f: { key: string }) => f.key === 'complaints')).toMatchObject({ value: 1, base: 8 })
    expect(d.total.find((f: { key: string }) => f.key === 'repeatComplaints')).toMatchObject({ value: 1, base: 3 })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('runs an A/V campaign to its close: the reviewer’s queue, the results workbook, the officers covered', async () => {
    const db = ws.app.ctx.db
    const lead = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
    const reviewer = await db.insertInto('reviewers').values({ name: '李强', role: 'reviewer' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(lead.id)
    const records = [
      await ws.call('avRecords.create', { recordNumber: 'DSJ-001', recordedOn: '2023-04-03', squadId: squadIds[0], officerIds: [officerIds[0], officerIds[1]] }),
      await ws.call('avRecords.create', { recordNumber: 'DSJ-002', recordedOn: '2023-05-03', squadId: squadIds[1], officerIds: [officerIds[2]] }),
    ]
    const created = await ws.call('campaigns.createForObjects', {
      name: '2023年音像记录抽查',
      kind: 'special',
      target: 'av_record',
      rubricId: await rubricOf('av-record'),
      population: { from: '2023-01-01', to: '2023-12-31' },
      percent: 100,
    })
    expect(created).toMatchObject({ target: 'av_record', caseCount: 2 })
    await ws.call('campaigns.assign', { campaignId: created.id, reviewerIds: [reviewer.id] })
    // A draft is nobody's work yet; started, it is in the reviewer's queue and nobody else's.
    await ws.signInAs(reviewer.id)
    expect(await ws.call('campaigns.mineObjects', {})).toEqual([])
    await ws.signInAs(lead.id)
    await ws.call('campaigns.start', { campaignId: created.id })
    expect(await ws.call('campaigns.mineObjects', {})).toEqual([])
    await ws.signInAs(reviewer.id)
    const queue = await ws.call('campaigns.mineObjects', {})
    expect(queue.map((r: { object: { label: string; squadName: string } }) => [r.object.label, r.object.squadName])).toEqual([
      ['DSJ-001', '夏阳街道中队'],
      ['DSJ-002', '朱家角镇中队'],
    ])
    expect(await ws.call('campaigns.mine', {})).toEqual([])

    const first = queue[0]!
    const evaluation = await ws.call('evaluations.open', { assignmentId: first.assignmentId })
    expect(evaluation.object).toMatchObject({ kind: 'av_record', id: records[0]!.id })
    await ws.call('evaluations.addDeduction', { evaluationId: evaluation.id, itemId: 'S2.2', points: 5, reason: '未告知当事人正在录音录像' })
    await ws.call('evaluations.submit', { evaluationId: evaluation.id })
    expect((await ws.call('campaigns.mineObjects', {}))[0]).toMatchObject({ evaluationStatus: 'submitted', total: 95 })

    // Closed with one record not reviewed: the campaign leaves the queue, its results stay.
    await ws.signInAs(lead.id)
    expect(await ws.call('campaigns.close', { campaignId: created.id })).toMatchObject({ status: 'closed', submittedCount: 1 })
    await ws.signInAs(reviewer.id)
    expect(await ws.call('campaigns.mineObjects', {})).toEqual([])
    const second = await ws.fail('evaluations.open', { assignmentId: queue[1]!.assignmentId })
    expect(second.code).toBe('campaign_closed')
    await ws.signInAs(lead.id)
    const objects = await ws.call('campaigns.objects', { campaignId: created.id })
    expect(objects.map((o: { label: string; assignments: { status: string; total: number | null }[] }) => [o.label, o.assignments[0]!.status, o.assignments[0]!.total])).toEqual([
      ['DSJ-001', 'submitted', 95],
      ['DSJ-002', 'not_started', null],
    ])

    const exported = await ws.call('exports.campaignWorkbook', { campaignId: created.id })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(exported.filePath)
    const [results, deductions] = wb.worksheets
    const values = (sheet: ExcelJS.Worksheet | undefined, row: number) => (sheet!.getRow(row).values as unknown[]).slice(1)
    expect(values(results, 1)).toEqual(['序号', '编号', '中队', '日期', '评查员', '状态', '得分', '等级', '扣分合计', '扣分事项'])
    // S2.2 is a basic element: 95 points, yet 良好.
    expect(values(results, 2)).toEqual([1, 'DSJ-001', '夏阳街道中队', '2023-04-03', '李强', '已提交', 95, '良好', 5, 'S2.2 −5：未告知当事人正在录音录像'])
    expect(values(results, 3).slice(0, 7)).toEqual([2, 'DSJ-002', '朱家角镇中队', '2023-05-03', '李强', '未开始', '未评'])
    expect(values(deductions, 2).slice(0, 6)).toEqual(['DSJ-001', '夏阳街道中队', '李强', 'S2.2 告知当事人正在进行音像记录', 5, '未告知当事人正在录音录像'])
    expect(deductions!.rowCount).toBe(2)

    // 年度台账: one record reviewed, its two officers covered, 王磊 not.
    const d = await ws.call('quotas.dashboard', { year: 2023 })
    expect(d.total.find((f: { key: string }) => f.key === 'avRecords')).toMatchObject({ value: 1 })
    expect(d.uncoveredOfficers.map((o: { name: string }) => o.name)).toEqual(['王磊'])

    // Reopened with a reason, it is the reviewer's work again.
    await ws.call('campaigns.reopen', { campaignId: created.id, reason: '补查第二条记录' })
    await ws.signInAs(reviewer.id)
    expect(await ws.call('campaigns.mineObjects', {})).toHaveLength(2)
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('draws a recording of every officer not yet reviewed in the period, when asked to cover them', async () => {
    const db = ws.app.ctx.db
    const lead = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(lead.id)
    const [zhang, li, wang] = officerIds
    const record = async (n: string, squad: number, officers: number[]) => (await ws.call('avRecords.create', { recordNumber: n, recordedOn: '2023-06-01', squadId: squad, officerIds: officers })).id
    const both = await record('DSJ-A', squadIds[0], [zhang, li])
    const lone = await record('DSJ-B', squadIds[1], [wang])
    await record('DSJ-C', squadIds[0], [zhang])
    const draw = async (name: string) => {
      const c = await ws.call('campaigns.createForObjects', { name, kind: 'special', target: 'av_record', rubricId: await rubricOf('av-record'), population: { from: '2023-01-01', to: '2023-12-31', coverOfficers: true }, percent: 0 })
      const objects = await ws.call('campaigns.objects', { campaignId: c.id })
      return { id: c.id, always: objects.filter((o: { origin: string }) => o.origin === 'always').map((o: { id: number }) => o.id).sort() }
    }
    // Two recordings show all three officers: the pair's, and 王磊's.
    const first = await draw('全覆盖抽查一')
    expect(first.always).toEqual([both, lone].sort())

    // Once the pair's recording is reviewed, only 王磊 is left to cover.
    await ws.call('campaigns.assign', { campaignId: first.id, reviewerIds: [lead.id] })
    await ws.call('campaigns.start', { campaignId: first.id })
    const reviewed = (await ws.call('campaigns.objects', { campaignId: first.id })).find((o: { id: number }) => o.id === both)!
    const e = await ws.call('evaluations.open', { assignmentId: reviewed.assignments[0]!.assignmentId })
    await ws.call('evaluations.submit', { evaluationId: e.id })
    expect((await draw('全覆盖抽查二')).always).toEqual([lone])
  })
})
