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
    void officerIds
  })
})
