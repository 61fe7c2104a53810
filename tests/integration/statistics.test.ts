import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { scoreAs, seedDoubleReviewCampaign } from '../support/double-review'
import { take } from '../support/defined'

// Every write of this workspace happens on 15 March 2024 (20:00 in China): the same date in most time zones.
const NOW = new Date('2024-03-15T12:00:00Z')

let ws: TestWorkspace
let seed: Awaited<ReturnType<typeof seedDoubleReviewCampaign>>
let monthlyId: number
let specialId: number
let officerIds: number[]

beforeAll(async () => {
  ws = await openTestWorkspace({ now: () => NOW })
  // Double review (centralized): squad 夏阳 holds cases 1 and 3, 朱家角 cases 2 and 4.
  seed = await seedDoubleReviewCampaign(ws)
  const db = ws.app.ctx.db
  const { first, second, lead } = seed.reviewers
  const A = (i: number) => seed.assignmentOf(i, 1)
  const B = (i: number) => seed.assignmentOf(i, 2)
  // Case 1: 90 against 96, beyond the tolerance; the lead rules S3.2 at 6 and S2.1 as 李四 (none): 94.
  await scoreAs(ws, first.id, A(0), { deductions: [{ itemId: 'S3.2', points: 8 }, { itemId: 'S2.1', points: 2 }] })
  await scoreAs(ws, second.id, B(0), { deductions: [{ itemId: 'S3.2', points: 4 }] })
  await ws.signInAs(lead.id)
  await ws.call('adjudication.decide', {
    campaignId: seed.campaignId,
    caseId: seed.cases[0].id,
    items: [
      { itemId: 'S3.2', choice: 'own', points: 6 },
      { itemId: 'S2.1', choice: 'b' },
    ],
    vetoes: [],
    reason: '裁量档次按一般情形',
  })
  // Case 2: 99 and 98 agree: the mean, 98.5; only S1.2, which both deducted, is its problem.
  await scoreAs(ws, first.id, A(1), { deductions: [{ itemId: 'S1.2', points: 1 }] })
  await scoreAs(ws, second.id, B(1), { deductions: [{ itemId: 'S1.2', points: 1 }, { itemId: 'S2.1', points: 1 }] })
  // Case 3: one found a veto: waiting for the lead, not counted.
  await scoreAs(ws, first.id, A(2), { vetoes: ['V6'] })
  await scoreAs(ws, second.id, B(2), {})
  // Case 4: the second review is still open.
  await scoreAs(ws, first.id, A(3), {})
  await scoreAs(ws, second.id, B(3), { deductions: [{ itemId: 'S7.1', points: 1 }], submit: false })

  // A single-review monthly spot check of cases closed in March 2024, all of 夏阳 but the last.
  const squads = take(await db.selectFrom('squads').select('id').orderBy('sortOrder').execute(), 2)
  officerIds = (await db.selectFrom('officers').select('id').orderBy('id').execute()).map((o) => o.id)
  const [zhang, li, wang] = take(officerIds, 3)
  const monthlyCases = [
    { squad: squads[0].id, officers: [zhang] },
    { squad: squads[0].id, officers: [zhang, li] },
    { squad: squads[0].id, officers: [zhang] },
    { squad: squads[1].id, officers: [wang] },
    // Closed in March but not sampled: only the sampling rate sees it.
    { squad: squads[1].id, officers: [wang] },
  ]
  const ids: number[] = []
  for (const [i, c] of monthlyCases.entries()) {
    const created = await ws.call('cases.create', caseInput(c.squad, { caseNumber: `青城管罚字〔2024〕第0300${i + 1}号`, closedOn: `2024-03-0${i + 1}`, officerIds: c.officers }))
    ids.push(created.id)
  }
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  const monthly = await db
    .insertInto('campaigns')
    .values({ name: '2024年3月案卷月度抽查', kind: 'monthly', rubricId: rubric.id, startsOn: '2024-03-01', endsOn: '2024-03-31', status: 'in_progress', createdAt: NOW.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  monthlyId = monthly.id
  const assignments = take(
    await db
      .insertInto('assignments')
      .values(ids.slice(0, 4).map((caseId, position) => ({ campaignId: monthlyId, caseId, reviewerId: first.id, position })))
      .returning('id')
      .execute(),
    4,
  )
  // 92, 95 with a veto (不合格), 98; the fourth is scored but never submitted.
  await scoreAs(ws, first.id, assignments[0].id, { deductions: [{ itemId: 'S3.2', points: 8 }] })
  await scoreAs(ws, first.id, assignments[1].id, { deductions: [{ itemId: 'S3.2', points: 5 }], vetoes: ['V6'] })
  await scoreAs(ws, first.id, assignments[2].id, { deductions: [{ itemId: 'S3.2', points: 2 }] })
  await scoreAs(ws, first.id, assignments[3].id, { deductions: [{ itemId: 'S1.2', points: 1 }], submit: false })

  // A special evaluation of two cases of 朱家角, submitted half an hour either side of the new
  // year in local time: 99 (one point off S7.1) on 31 December, 100 with a veto on 1 January.
  const special = await db
    .insertInto('campaigns')
    .values({ name: '2023年末专项评查', kind: 'special', rubricId: rubric.id, startsOn: '2023-12-01', endsOn: '2024-01-31', status: 'in_progress', createdAt: NOW.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  specialId = special.id
  for (const [i, at] of [new Date(2023, 11, 31, 23, 30), new Date(2024, 0, 1, 0, 30)].entries()) {
    const created = await ws.call('cases.create', caseInput(squads[1].id, { caseNumber: `青城管罚字〔2023〕第1231${i + 1}号`, closedOn: '2023-12-20', officerIds: [wang] }))
    const assignment = await db.insertInto('assignments').values({ campaignId: specialId, caseId: created.id, reviewerId: first.id, position: i }).returning('id').executeTakeFirstOrThrow()
    await scoreAs(ws, first.id, assignment.id, i === 0 ? { deductions: [{ itemId: 'S7.1', points: 1 }] } : { vetoes: ['V6'] })
    await db.updateTable('evaluations').set({ submittedAt: at.toISOString() }).where('assignmentId', '=', assignment.id).execute()
  }
  await db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', specialId).execute()
}, 120_000)
afterAll(() => ws.close())

describe('statistics of a double-review campaign', () => {
  it("counts the lead's ruling and the agreed mean, nothing waiting or open", async () => {
    const r = await ws.call('statistics.report', { kind: 'campaign', campaignId: seed.campaignId })
    expect(r.headline).toMatchObject({ evaluated: 2, average: 96.25, grades: { excellent: 2, good: 0, pass: 0, fail: 0 }, vetoed: 0, awaitingAdjudication: 1, open: 1, sampled: 4, closed: null })
    expect(r.squads.map((s) => [s.squadName, s.rank, s.cases, s.average])).toEqual([
      ['朱家角镇中队', 1, 1, 98.5],
      ['夏阳街道中队', 2, 1, 94],
    ])
    // The ruling's 6 points on S3.2, the agreed 1 point on S1.2; S2.1 (one reviewer only) is not a problem.
    expect(r.items.map((i) => [i.itemId, i.cases, i.pointsLost, i.squads.map((s) => s.squadName)])).toEqual([
      ['S3.2', 1, 6, ['夏阳街道中队']],
      ['S1.2', 1, 1, ['朱家角镇中队']],
    ])
    expect(r.categories.map((c) => [c.category, c.cases, c.share])).toEqual([
      ['裁量不当/未说理', 1, 0.5],
      ['超期立案', 1, 0.5],
    ])
  })
})

describe('statistics of a single-review campaign', () => {
  it('counts only the submitted evaluations, with vetoes, officers and a repeat problem', async () => {
    const r = await ws.call('statistics.report', { kind: 'campaign', campaignId: monthlyId })
    expect(r.headline).toMatchObject({
      evaluated: 3,
      sampled: 4,
      average: 95,
      grades: { excellent: 2, good: 0, pass: 0, fail: 1 },
      excellentGoodRate: 2 / 3,
      passRate: 2 / 3,
      vetoed: 1,
      open: 1,
      awaitingAdjudication: 0,
    })
    expect(r.squads.map((s) => [s.squadName, s.rank, s.cases, s.average, s.vetoed])).toEqual([['夏阳街道中队', 1, 3, 95, 1]])
    expect(r.officers.map((o) => [o.officerName, o.cases, o.average, o.problems, o.pointsLost])).toEqual([
      ['张伟', 3, 95, 3, 15],
      ['李娜', 1, 95, 1, 5],
    ])
    expect(r.items.map((i) => [i.itemId, i.cases, i.share, i.pointsLost])).toEqual([['S3.2', 3, 1, 15]])
    expect(r.repeats.map((x) => [x.by, x.ownerName, x.itemId, x.cases])).toEqual([
      ['squad', '夏阳街道中队', 'S3.2', 3],
      ['officer', '张伟', 'S3.2', 3],
    ])
    // No earlier monthly campaign to compare with.
    expect(r.previous).toBeNull()
    // The twelve months up to the campaign's latest submission hold the same repeats, and the
    // double-reviewed results of the same day (one S3.2 case of 夏阳 more).
    expect(r.rolling).toEqual({ from: '2023-03-16', to: '2024-03-15' })
    expect(r.rollingRepeats.map((x) => [x.by, x.ownerName, x.itemId, x.cases])).toEqual([
      ['squad', '夏阳街道中队', 'S3.2', 4],
      ['officer', '张伟', 'S3.2', 3],
    ])
  })
})

describe('statistics of a period', () => {
  it('March 2024 holds both campaigns\' results; its sampling rate is 4 of the 5 cases closed', async () => {
    const r = await ws.call('statistics.report', { kind: 'period', period: 'month', year: 2024, index: 3 })
    expect(r.scope).toMatchObject({ from: '2024-03-01', to: '2024-03-31' })
    expect(r.headline).toMatchObject({ evaluated: 5, closed: 5, sampled: 4, samplingRate: 0.8, vetoed: 1, grades: { excellent: 4, good: 0, pass: 0, fail: 1 } })
    // (92 + 95 + 98 + 94 + 98.5) / 5
    expect(r.headline.average).toBe(95.5)
    expect(r.squads.map((s) => [s.squadName, s.rank, s.cases, s.average, s.previousRank, s.averageChange])).toEqual([
      ['朱家角镇中队', 1, 1, 98.5, null, null],
      ['夏阳街道中队', 2, 4, 94.75, null, null],
    ])
    expect(r.previous).toMatchObject({ from: '2024-02-01', to: '2024-02-29' })
    expect(r.previousHeadline).toMatchObject({ evaluated: 0, average: null })
  })

  it('April 2024 has no repeats of its own, but its rolling twelve months keep March\'s', async () => {
    const r = await ws.call('statistics.report', { kind: 'period', period: 'month', year: 2024, index: 4 })
    expect(r.headline.evaluated).toBe(0)
    expect(r.repeats).toEqual([])
    expect(r.rolling).toEqual({ from: '2023-05-01', to: '2024-04-30' })
    expect(r.rollingRepeats.map((x) => [x.by, x.ownerName, x.itemId, x.cases])).toEqual([
      ['squad', '夏阳街道中队', 'S3.2', 4],
      ['officer', '张伟', 'S3.2', 3],
    ])
    // Its previous month is March, so the squads it would rank have March beside them.
    expect(r.previousHeadline?.evaluated).toBe(5)
  })

  it('February 2024 holds nothing; a bad period is refused', async () => {
    const r = await ws.call('statistics.report', { kind: 'period', period: 'month', year: 2024, index: 2 })
    expect(r.headline.evaluated).toBe(0)
    expect(r.squads).toEqual([])
    expect((await ws.fail('statistics.report', { kind: 'period', period: 'month', year: 1999, index: 1 })).code).toBe('invalid_input')
    expect((await ws.fail('statistics.report', { kind: 'period', period: 'quarter', year: 2024, index: 5 })).code).toBe('invalid_input')
    expect((await ws.fail('statistics.report', { kind: 'campaign', campaignId: 9999 })).code).toBe('not_found')
  })
})

describe('the monthly trend', () => {
  const empty = (month: string) => ({ month, cases: 0, average: null, excellentGoodRate: null, passRate: null, vetoed: 0 })
  // (92 + 95 + 98 + 94 + 98.5) / 5 = 95.5; four excellent, one vetoed.
  const march = { month: '2024-03', cases: 5, average: 95.5, excellentGoodRate: 0.8, passRate: 0.8, vetoed: 1 }
  const december = { month: '2023-12', cases: 1, average: 99, excellentGoodRate: 1, passRate: 1, vetoed: 0 }
  const january = { month: '2024-01', cases: 1, average: 100, excellentGoodRate: 0, passRate: 0, vetoed: 1 }

  it("a campaign's months are those of its results, by local time", async () => {
    const special = await ws.call('statistics.report', { kind: 'campaign', campaignId: specialId })
    expect(special.months).toEqual([december, january])
    // The vetoed case lost no points: only December's S7.1 is a problem.
    expect(special.items.map((i) => [i.itemId, i.cases, i.pointsLost])).toEqual([['S7.1', 1, 1]])
    expect(special.officers.map((o) => [o.officerName, o.cases, o.problems, o.pointsLost])).toEqual([['王磊', 2, 1, 1]])
    expect((await ws.call('statistics.report', { kind: 'campaign', campaignId: monthlyId })).months).toEqual([{ month: '2024-03', cases: 3, average: 95, excellentGoodRate: 2 / 3, passRate: 2 / 3, vetoed: 1 }])
    // The double review counts the ruling and the agreed mean, in the month they were reached.
    expect((await ws.call('statistics.report', { kind: 'campaign', campaignId: seed.campaignId })).months).toEqual([
      { month: '2024-03', cases: 2, average: 96.25, excellentGoodRate: 1, passRate: 1, vetoed: 0 },
    ])
  })

  it("a month's trend is the twelve months up to it, empty months included", async () => {
    const r = await ws.call('statistics.report', { kind: 'period', period: 'month', year: 2024, index: 3 })
    expect(r.months.map((m) => m.month)).toEqual(['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'])
    expect(r.months.slice(8)).toEqual([december, january, empty('2024-02'), march])
    expect(r.months.slice(0, 8).every((m) => m.cases === 0)).toBe(true)
    // April: March's results come from the months before the scope, read apart from it.
    const april = await ws.call('statistics.report', { kind: 'period', period: 'month', year: 2024, index: 4 })
    expect(april.months.slice(7)).toEqual([december, january, empty('2024-02'), march, empty('2024-04')])
  })

  it("a quarter's and a year's trend are their own months", async () => {
    const q1 = await ws.call('statistics.report', { kind: 'period', period: 'quarter', year: 2024, index: 1 })
    expect(q1.months).toEqual([january, empty('2024-02'), march])
    expect(q1.headline.evaluated).toBe(6)
    const year = await ws.call('statistics.report', { kind: 'period', period: 'year', year: 2023, index: 1 })
    expect(year.months).toHaveLength(12)
    expect(year.months[11]).toEqual(december)
    expect(year.months.slice(0, 11).every((m) => m.cases === 0 && m.average === null)).toBe(true)
  })
})
