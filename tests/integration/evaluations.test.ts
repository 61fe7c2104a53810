import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth, take } from '../support/defined'

let ws: TestWorkspace
let assignmentIds: [number, number]

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const a = await ws.call('cases.create', caseInput(squadIds[0]))
  const b = await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第01002号', party: '钱某' }))
  assignmentIds = take((await seedCampaign(ws, [a.id, b.id])).assignmentIds, 2)
})
afterEach(() => ws.close())

describe('scoring an evaluation', () => {
  it('opens once, starts at 100 / 优秀, and knows its place in the queue', async () => {
    const first = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(first).toMatchObject({ total: 100, grade: 'excellent', status: 'in_progress', deductions: [] })
    expect(first.position).toEqual({ index: 1, count: 2, previousAssignmentId: null, nextAssignmentId: assignmentIds[1] })
    const again = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(again.id).toBe(first.id)
  })

  it('saves each deduction at once, updates total and grade, and survives reopening the database', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const after = await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S3.2', points: 8, reason: '罚款超出所选裁量档次', page: 12 })
    expect(after.total).toBe(92)
    const bad = await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S3.1', points: 2, reason: '未引用到款项' })
    expect(bad.total).toBe(90)
    expect(bad.grade).toBe('good') // a basic-element problem rules out 优秀
    expect(bad.deductions.map((d) => [d.itemId, d.points, d.page, d.rect])).toEqual([
      ['S3.2', 8, 12, null],
      ['S3.1', 2, null, null],
    ])

    // A fresh process on the same files sees exactly what was saved.
    await ws.app.close()
    const { openBackend } = await import('../../electron/backend/services/backend')
    // The window stays signed in across the restart, as the desktop app's does.
    ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: ws.app.ctx.paths.resources })
    expect(await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).toMatchObject({ total: 90, grade: 'good' })
  })

  it('answers every change with exactly the state a fresh read finds', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const { id: evaluationId } = e
    const deducted = await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S3.2', points: 8, reason: '罚款超出裁量档次' })
    const changes = [
      () => ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S1.2', points: 1, reason: '超期' }),
      () => ws.call('evaluations.removeDeduction', { evaluationId, deductionId: nth(deducted.deductions, 0).id }),
      () => ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S3.2', points: 4, reason: "引号 ' 与 \" 照存" }),
      () => ws.call('evaluations.setNotApplicable', { evaluationId, itemId: 'S4.4', notApplicable: true }),
      () => ws.call('evaluations.setNote', { evaluationId, itemId: 'S1.2', note: '复核时再看' }),
      () => ws.call('evaluations.setVeto', { evaluationId, vetoId: 'V1', on: true, reason: '主体不适格' }),
      () => ws.call('evaluations.setVeto', { evaluationId, vetoId: 'V1', on: false }),
      () => ws.call('evaluations.submit', { evaluationId }),
    ]
    for (const change of changes) {
      const answered = await change()
      expect(answered).toEqual(await ws.call('evaluations.open', { assignmentId: assignmentIds[0] }))
    }
  })

  it('refuses a deduction beyond the item maximum and keeps what was saved', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', points: 2, reason: '超期立案' })
    const error = await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', points: 2, reason: '再扣' })
    expect(error.code).toBe('deduction_exceeds_max')
    expect(error.message).toContain('3')
    const state = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(state.total).toBe(98)
    expect(state.deductions).toHaveLength(1)
  })

  it('pro-rates for not-applicable items, fails on a veto, and audits every change', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const na = await ws.call('evaluations.setNotApplicable', { evaluationId: e.id, itemId: 'S4.4', notApplicable: true })
    expect(na.notApplicable).toEqual(['S4.4'])
    expect((await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S4.4', points: 1, reason: '听证不规范' })).code).toBe('invalid_input')
    const d = await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S2.1', points: 1, reason: '笔录未签名' })
    expect(d.total).toBe(99) // 97 / 98 × 100 = 98.98… → 99.0
    const vetoed = await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId: 'V3', on: true, reason: '仅一名执法人员' })
    expect(vetoed.grade).toBe('fail')
    const cleared = await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId: 'V3', on: false })
    expect(cleared.grade).toBe('excellent')
    const removed = await ws.call('evaluations.removeDeduction', { evaluationId: e.id, deductionId: nth(d.deductions, 0).id })
    expect(removed.total).toBe(100)
    const audit = await ws.app.ctx.db.selectFrom('auditLog').select(['action', 'before', 'after']).where('entity', '=', 'evaluation').orderBy('id').execute()
    expect(audit.map((a) => a.action)).toEqual(['evaluation.not_applicable', 'evaluation.deduct', 'evaluation.veto', 'evaluation.veto', 'evaluation.undeduct'])
    expect(JSON.parse(nth(audit, 1).after!)).toMatchObject({ itemId: 'S2.1', points: 1, total: 99 })
    expect(JSON.parse(nth(audit, 4).before!)).toMatchObject({ itemId: 'S2.1', total: 99 })
  })

  it('locks a submitted evaluation', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[1] })
    const submitted = await ws.call('evaluations.submit', { evaluationId: e.id })
    expect(submitted.status).toBe('submitted')
    expect(submitted.submittedAt).not.toBeNull()
    const error = await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.1', points: 2 })
    expect(error.code).toBe('evaluation_locked')
  })

  it('rejects unknown items, wrong option amounts and not-applicable on a required item', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect((await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S9.9', points: 1 })).code).toBe('invalid_input')
    expect((await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.1', points: 0.05 })).code).toBe('invalid_input')
    expect((await ws.fail('evaluations.setNotApplicable', { evaluationId: e.id, itemId: 'S3.1', notApplicable: true })).code).toBe('invalid_input')
  })
})

describe('submit, reopen and history', () => {
  it('lets only the lead reopen a submitted evaluation, with a reason, audited before and after', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', optionId: 'late', points: 1, reason: '超期立案' })
    expect((await ws.fail('evaluations.reopen', { evaluationId: e.id, reason: '复核' })).code).toBe('evaluation_not_submitted')
    await ws.call('evaluations.submit', { evaluationId: e.id })

    // A reviewer who is not the lead is refused in their language, and nothing changes.
    const reviewer = await ws.app.ctx.db.insertInto('reviewers').values({ name: '李强', role: 'reviewer' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(reviewer.id)
    const refused = await ws.fail('evaluations.reopen', { evaluationId: e.id, reason: '想再改一下' })
    expect(refused.code).toBe('lead_only')
    expect(refused.message).toContain('仅限组长')
    expect(refused.message).toContain('李强')
    expect((await ws.fail('evaluations.open', { assignmentId: assignmentIds[0] })).code).toBe('not_your_evaluation')

    // The lead must say why.
    const leads = await ws.call('people.reviewers', {})
    await ws.signInAs(leads.find((r) => r.role === 'lead')!.id)
    expect((await ws.fail('evaluations.reopen', { evaluationId: e.id, reason: '   ' })).code).toBe('invalid_input')
    const reopened = await ws.call('evaluations.reopen', { evaluationId: e.id, reason: '送达回证页码有误，退回重评' })
    expect(reopened).toMatchObject({ status: 'in_progress', submittedAt: null, total: 99 })
    // Reopened means editable again.
    expect((await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S7.2', points: 1, reason: '涂改无签章' })).total).toBe(98)

    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: e.id })
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['evaluation.deduct', '王敏'],
      ['evaluation.submit', '王敏'],
      ['evaluation.reopen', '王敏'],
      ['evaluation.deduct', '王敏'],
    ])
    expect(history[2]).toMatchObject({
      before: { status: 'submitted', submittedAt: expect.any(String), total: 99 },
      after: { status: 'in_progress', reason: '送达回证页码有误，退回重评', total: 99 },
    })
    // Each sign-in is itself in the log, under the person who signed in.
    const signIns = await ws.app.ctx.db.selectFrom('auditLog').select('actor').where('action', '=', 'auth.sign_in').orderBy('id').execute()
    expect(signIns.map((s) => s.actor)).toEqual(['测试管理员', '王敏', '李强', '王敏'])
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  })

  it('offers the reviewer’s own reasons used more than once as quick phrases, per item, most used first', async () => {
    const a = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const b = await ws.call('evaluations.open', { assignmentId: assignmentIds[1] })
    for (const [evaluationId, reason] of [
      [a.id, '询问笔录末页未签名'],
      [b.id, '询问笔录末页未签名'],
      [b.id, '询问笔录末页未签名'],
      [a.id, '笔录涂改处未捺印'],
      [b.id, '笔录涂改处未捺印'],
      [a.id, '只用过一次的理由'],
    ] as const) {
      await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S2.2', optionId: 'unsigned', points: 1, reason })
    }
    expect(await ws.call('evaluations.frequentReasons', {})).toEqual({ 'S2.2': ['询问笔录末页未签名', '笔录涂改处未捺印'] })
    // Someone else at the PC has their own list.
    const other = await ws.app.ctx.db.insertInto('reviewers').values({ name: '陈静', role: 'reviewer' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(other.id)
    expect(await ws.call('evaluations.frequentReasons', {})).toEqual({})
  })
})
