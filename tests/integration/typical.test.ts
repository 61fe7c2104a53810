import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { scoreAs, seedDoubleReviewCampaign } from '../support/double-review'
import { plainPdf } from '../support/pdf-bytes'
import { listTypical } from '../../electron/backend/services/typical/list'
import { nth, take } from '../support/defined'

// Every write happens on 15 March 2024 (20:00 in China): inside March 2024 in most time zones.
const NOW = new Date('2024-03-15T12:00:00Z')

let ws: TestWorkspace
let seed: Awaited<ReturnType<typeof seedDoubleReviewCampaign>>
let monthlyId: number
let documentId: number
/** The submitted single review of case 青城管罚字〔2024〕第03001号: S3.2 with a rect, and V6. */
let submitted: { evaluationId: number; deductionId: number; assignmentId: number }
/** The single review still in progress: S1.2. */
let open: { evaluationId: number; deductionId: number }
/** Double review: the agreed case's first round (S1.2), and the case waiting for the lead (V6 in round 1). */
let agreed: { evaluationId: number; deductionId: number }
let waiting: { evaluationId: number }
/** Double review: a case only the first reviewer has started, still blind to the second. */
let blind: { evaluationId: number }

const RECT = { x: 0.1, y: 0.2, w: 0.5, h: 0.25 }

beforeAll(async () => {
  ws = await openTestWorkspace({ now: () => NOW })
  seed = await seedDoubleReviewCampaign(ws)
  const db = ws.app.ctx.db
  const { first, second } = seed.reviewers
  const A = (i: number) => seed.assignmentOf(i, 1)
  const B = (i: number) => seed.assignmentOf(i, 2)
  // Case 1 agrees (99 and 99); case 2 waits for the lead (a veto in one review only).
  const a0 = await scoreAs(ws, first.id, A(0), { deductions: [{ itemId: 'S1.2', points: 1, reason: '超期2日立案' }] })
  await scoreAs(ws, second.id, B(0), { deductions: [{ itemId: 'S1.2', points: 1 }] })
  const a1 = await scoreAs(ws, first.id, A(1), { vetoes: ['V6'] })
  await scoreAs(ws, second.id, B(1), {})
  const a2 = await scoreAs(ws, first.id, A(2), { deductions: [{ itemId: 'S5.2', points: 2 }], submit: false })
  agreed = { evaluationId: a0.id, deductionId: nth(a0.deductions, 0).id }
  blind = { evaluationId: a2.id }
  waiting = { evaluationId: a1.id }

  const squads = take(await db.selectFrom('squads').select('id').orderBy('sortOrder').execute(), 2)
  const officers = take(await db.selectFrom('officers').select('id').orderBy('id').execute(), 3)
  const caseA = await ws.call('cases.create', caseInput(squads[0].id, { caseNumber: '青城管罚字〔2024〕第03001号', party: '上海某某餐饮有限公司', officerIds: [officers[0].id, officers[1].id] }))
  const caseB = await ws.call('cases.create', caseInput(squads[1].id, { caseNumber: '青城管罚字〔2024〕第03002号', officerIds: [officers[2].id] }))
  const path = join(ws.dir, '案卷扫描件.pdf')
  await writeFile(path, plainPdf())
  documentId = (await ws.call('documents.attach', { caseId: caseA.id, path })).document.id
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  monthlyId = (
    await db
      .insertInto('campaigns')
      .values({ name: '2024年3月案卷月度抽查', kind: 'monthly', rubricId: rubric.id, startsOn: '2024-03-01', endsOn: '2024-03-31', status: 'in_progress', createdAt: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id
  const [asA, asB] = take(
    await db
      .insertInto('assignments')
      .values([caseA.id, caseB.id].map((caseId, position) => ({ campaignId: monthlyId, caseId, reviewerId: first.id, position })))
      .returning('id')
      .execute(),
    2,
  )
  await ws.signInAs(first.id)
  const e = await ws.call('evaluations.open', { assignmentId: asA.id })
  const withRect = await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S3.2', points: 4, reason: '罚款未说明裁量理由', documentId, page: 1, rect: RECT })
  await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度', documentId, page: 1 })
  await ws.call('evaluations.submit', { evaluationId: e.id })
  submitted = { evaluationId: e.id, deductionId: nth(withRect.deductions, 0).id, assignmentId: asA.id }
  const b = await scoreAs(ws, first.id, asB.id, { deductions: [{ itemId: 'S1.2', points: 1 }], submit: false })
  open = { evaluationId: b.id, deductionId: nth(b.deductions, 0).id }
}, 120_000)
afterAll(() => ws.close())

const auditOf = (action: string) => ws.app.ctx.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('id').execute()

describe('marking a typical case', () => {
  it('marks the reviewer’s own deduction, audited, and a second mark changes kind and note in place', async () => {
    await ws.signInAs(seed.reviewers.first.id)
    const target = { type: 'deduction' as const, deductionId: submitted.deductionId }
    const mark = await ws.call('typical.mark', { target, kind: 'good', note: '  ' })
    expect(mark).toMatchObject({ evaluationId: submitted.evaluationId, deductionId: submitted.deductionId, vetoId: null, kind: 'good', note: '', markedBy: '张三', markedAt: NOW.toISOString() })
    const again = await ws.call('typical.mark', { target, kind: 'bad', note: '  裁量说理缺失的典型  ' })
    expect(again).toMatchObject({ id: mark.id, kind: 'bad', note: '裁量说理缺失的典型' })
    expect(await ws.call('typical.ofEvaluation', { evaluationId: submitted.evaluationId })).toEqual([again])

    const audit = await auditOf('typical.mark')
    expect(audit).toHaveLength(2)
    expect(audit.map((a) => [a.actor, a.entity, a.entityId])).toEqual([
      ['张三', 'typical_mark', String(mark.id)],
      ['张三', 'typical_mark', String(mark.id)],
    ])
    expect(audit[0]?.before).toBeNull()
    expect(JSON.parse(nth(audit, 1).before!)).toMatchObject({ kind: 'good', note: '' })
    expect(JSON.parse(nth(audit, 1).after!)).toEqual({ evaluationId: submitted.evaluationId, deductionId: submitted.deductionId, vetoId: null, kind: 'bad', note: '裁量说理缺失的典型' })
  })

  it('lets the lead mark a veto finding of any evaluation; another reviewer may not', async () => {
    const target = { type: 'veto' as const, evaluationId: submitted.evaluationId, vetoId: 'V6' }
    await ws.signInAs(seed.reviewers.second.id)
    const refused = await ws.fail('typical.mark', { target, kind: 'bad' })
    expect(refused.code).toBe('not_your_evaluation')
    expect(refused.message).toContain('张三')
    await ws.signInAs(seed.reviewers.lead.id)
    expect(await ws.call('typical.mark', { target, kind: 'bad' })).toMatchObject({ deductionId: null, vetoId: 'V6', markedBy: '王敏' })
  })

  it('refuses bad input at the contract and targets that do not exist', async () => {
    const target = { type: 'deduction', deductionId: submitted.deductionId }
    expect((await ws.fail('typical.mark', { target, kind: 'bad', note: '长'.repeat(201) })).code).toBe('invalid_input')
    expect((await ws.fail('typical.mark', { target, kind: 'excellent' })).code).toBe('invalid_input')
    expect((await ws.fail('typical.mark', { target: { type: 'deduction', deductionId: -1 }, kind: 'bad' })).code).toBe('invalid_input')
    expect((await ws.fail('typical.mark', { target: { type: 'deduction', deductionId: submitted.deductionId, vetoId: 'V6' }, kind: 'bad' })).code).toBe('invalid_input')
    expect((await ws.fail('typical.mark', { target: { type: 'deduction', deductionId: 999_999 }, kind: 'bad' })).code).toBe('not_found')
    const noVeto = await ws.fail('typical.mark', { target: { type: 'veto', evaluationId: submitted.evaluationId, vetoId: 'V1' }, kind: 'bad' })
    expect(noVeto.code).toBe('not_found')
    expect(noVeto.message).toContain('否决项')
    expect((await ws.fail('typical.list', { kind: 'campaign', campaignId: 999_999 })).code).toBe('not_found')
    expect((await ws.fail('typical.list', { kind: 'period', period: 'month', year: 2024, index: 13 })).code).toBe('invalid_input')
    expect((await ws.fail('typical.unmark', { target: { type: 'deduction', deductionId: open.deductionId } })).code).toBe('not_found')
  })
})

describe('listing typical cases', () => {
  beforeAll(async () => {
    // Marks that must not be listed: an evaluation in progress, a double-reviewed case waiting for the lead.
    await ws.signInAs(seed.reviewers.lead.id)
    await ws.call('typical.mark', { target: { type: 'deduction', deductionId: open.deductionId }, kind: 'bad' })
    await ws.call('typical.mark', { target: { type: 'veto', evaluationId: waiting.evaluationId, vetoId: 'V6' }, kind: 'bad' })
    await ws.call('typical.mark', { target: { type: 'deduction', deductionId: agreed.deductionId }, kind: 'good', note: '立案及时' })
  })

  it('lists a campaign’s marks on submitted evaluations with everything the meeting shows', async () => {
    const list = await ws.call('typical.list', { kind: 'campaign', campaignId: monthlyId })
    expect(list).toHaveLength(2)
    const [deduction, veto] = list
    expect(deduction).toMatchObject({
      target: 'deduction',
      kind: 'bad',
      note: '裁量说理缺失的典型',
      markedBy: '张三',
      assignmentId: submitted.assignmentId,
      campaignId: monthlyId,
      campaignName: '2024年3月案卷月度抽查',
      caseNumber: '青城管罚字〔2024〕第03001号',
      party: '上海某某餐饮有限公司',
      squadName: '夏阳街道中队',
      officers: ['张伟', '李娜'],
      reviewerName: '张三',
      itemId: 'S3.2',
      title: '裁量阶次与情节一致、罚款在所选档次内',
      category: '裁量不当/未说理',
      points: 4,
      reason: '罚款未说明裁量理由',
      documentId,
      page: 1,
      rect: RECT,
    })
    expect(veto).toMatchObject({ target: 'veto', itemId: 'V6', title: '超出法定处罚种类、幅度', category: null, points: null, reason: '罚款超出法定幅度', documentId, page: 1, rect: null, markedBy: '王敏' })
    // The exported query is what the handler returns.
    expect(await listTypical(ws.app.ctx.db, { kind: 'campaign', campaignId: monthlyId })).toEqual(list)
  })

  it('lists a double-reviewed case only once its result stands', async () => {
    const list = await ws.call('typical.list', { kind: 'campaign', campaignId: seed.campaignId })
    expect(list.map((e) => [e.caseNumber, e.itemId, e.kind, e.note])).toEqual([['青城管罚字〔2023〕第02001号', 'S1.2', 'good', '立案及时']])
  })

  it('lists a period’s marks across campaigns, by when the result was reached', async () => {
    const march = await ws.call('typical.list', { kind: 'period', period: 'month', year: 2024, index: 3 })
    expect(march.map((e) => [e.caseNumber, e.itemId])).toEqual([
      ['青城管罚字〔2023〕第02001号', 'S1.2'],
      ['青城管罚字〔2024〕第03001号', 'S3.2'],
      ['青城管罚字〔2024〕第03001号', 'V6'],
    ])
    expect(await ws.call('typical.list', { kind: 'period', period: 'quarter', year: 2024, index: 1 })).toEqual(march)
    expect(await ws.call('typical.list', { kind: 'period', period: 'month', year: 2024, index: 2 })).toEqual([])
  })

  it('shows the marks of an evaluation only to whoever may open it: its reviewer and the lead', async () => {
    await ws.signInAs(seed.reviewers.second.id)
    expect((await ws.fail('typical.ofEvaluation', { evaluationId: blind.evaluationId })).code).toBe('not_your_evaluation')
    expect((await ws.fail('typical.ofEvaluation', { evaluationId: waiting.evaluationId })).code).toBe('not_your_evaluation')
    await ws.signInAs(seed.reviewers.lead.id)
    expect(await ws.call('typical.ofEvaluation', { evaluationId: blind.evaluationId })).toEqual([])
  })
})

describe('unmarking', () => {
  it('removes the mark, audited with what it was; a second unmark finds nothing', async () => {
    await ws.signInAs(seed.reviewers.lead.id)
    const target = { type: 'veto' as const, evaluationId: submitted.evaluationId, vetoId: 'V6' }
    expect(await ws.call('typical.unmark', { target })).toEqual({ ok: true })
    expect((await ws.call('typical.list', { kind: 'campaign', campaignId: monthlyId })).map((e) => e.itemId)).toEqual(['S3.2'])
    const entry = nth(await auditOf('typical.unmark'), 0)
    expect(entry.actor).toBe('王敏')
    expect(JSON.parse(entry.before!)).toEqual({ evaluationId: submitted.evaluationId, deductionId: null, vetoId: 'V6', kind: 'bad', note: '' })
    expect(entry.after).toBeNull()
    expect((await ws.fail('typical.unmark', { target })).code).toBe('not_found')
  })

  it('goes with its deduction when the deduction is removed', async () => {
    await ws.signInAs(seed.reviewers.first.id)
    expect(await ws.call('typical.ofEvaluation', { evaluationId: open.evaluationId })).toHaveLength(1)
    await ws.call('evaluations.removeDeduction', { evaluationId: open.evaluationId, deductionId: open.deductionId })
    expect(await ws.call('typical.ofEvaluation', { evaluationId: open.evaluationId })).toEqual([])
  })

  it('stays on a veto finding whose reason is edited, and goes when the veto is switched off', async () => {
    await ws.signInAs(seed.reviewers.first.id)
    const veto = { evaluationId: open.evaluationId, vetoId: 'V6', on: true, documentId: null, page: null }
    await ws.call('evaluations.setVeto', { ...veto, reason: '超出幅度' })
    await ws.call('typical.mark', { target: { type: 'veto', evaluationId: open.evaluationId, vetoId: 'V6' }, kind: 'bad' })
    const state = await ws.call('evaluations.setVeto', { ...veto, reason: '罚款超出法定幅度上限' })
    expect(state.vetoes).toEqual([{ vetoId: 'V6', reason: '罚款超出法定幅度上限', documentId: null, page: null }])
    expect((await ws.call('typical.ofEvaluation', { evaluationId: open.evaluationId })).map((m) => m.vetoId)).toEqual(['V6'])
    await ws.call('evaluations.setVeto', { ...veto, on: false, reason: '' })
    expect(await ws.call('typical.ofEvaluation', { evaluationId: open.evaluationId })).toEqual([])
  })

  it('gives the evidence crop its document by id', async () => {
    expect(await ws.call('documents.get', { id: documentId })).toMatchObject({ id: documentId, fileName: '案卷扫描件.pdf', mime: 'application/pdf', pageCount: 1, rotations: [] })
    expect((await ws.fail('documents.get', { id: 999_999 })).code).toBe('not_found')
  })

  it('keeps the audit chain whole', async () => {
    expect(await ws.call('audit.verify', {})).toMatchObject({ ok: true, firstBrokenId: null })
  })
})
