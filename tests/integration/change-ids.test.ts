import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { CHANGE_ID_DAYS } from '../../electron/backend/services/evaluations/change-ids'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth } from '../support/defined'

let ws: TestWorkspace
let evaluationId: number
let assignmentId: number
let otherAssignmentId: number

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  // Served one working day late: the service-deadline finding proposes a deduction.
  const c = await ws.call('cases.create', caseInput(squadIds[0], { discoveredOn: '2023-06-01', filedOn: '2023-06-05', decidedOn: '2023-09-22', servedOn: '2023-10-10' }))
  const other = await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第01002号' }))
  ;[assignmentId, otherAssignmentId] = (await seedCampaign(ws, [c.id, other.id])).assignmentIds
  evaluationId = (await ws.call('evaluations.open', { assignmentId })).id
})
afterEach(() => ws.close())

const auditActions = async () =>
  (await ws.app.ctx.db.selectFrom('auditLog').select('action').where('entity', '=', 'evaluation').orderBy('id').execute()).map((a) => a.action)

describe('scoring changes with a change id', () => {
  it('answers a retry of a committed deduction with the committed state, without a second deduction or audit entry', async () => {
    const change = { evaluationId, itemId: 'S3.2', points: 2, reason: '罚款超出裁量档次', changeId: randomUUID() }
    const first = await ws.call('evaluations.addDeduction', change)
    expect(first.deductions).toHaveLength(1)
    const retried = await ws.call('evaluations.addDeduction', change)
    expect(retried).toEqual(first)
    expect(await ws.app.ctx.db.selectFrom('deductions').select('id').execute()).toHaveLength(1)
    expect(await auditActions()).toEqual(['evaluation.deduct'])
    const recorded = await ws.app.ctx.db.selectFrom('changeIds').selectAll().execute()
    expect(recorded).toEqual([expect.objectContaining({ id: change.changeId, evaluationId, method: 'evaluations.addDeduction' })])
  })

  it('answers a retry with the evaluation as it now stands, after later changes', async () => {
    const add = { evaluationId, itemId: 'S3.2', points: 2, reason: '一', changeId: randomUUID() }
    const added = await ws.call('evaluations.addDeduction', add)
    const later = await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S1.2', points: 1, reason: '二', changeId: randomUUID() })
    const remove = { evaluationId, deductionId: nth(added.deductions, 0).id, changeId: randomUUID() }
    await ws.call('evaluations.removeDeduction', remove)
    // Without its id a repeated removal would fail (the deduction is gone); with it, it is answered.
    const again = await ws.call('evaluations.removeDeduction', remove)
    expect(again.deductions.map((d) => d.reason)).toEqual(['二'])
    expect((await ws.call('evaluations.addDeduction', add)).deductions.map((d) => d.reason)).toEqual(['二'])
    expect(later.total).toBe(97)
    expect(again.total).toBe(99)
    expect(await auditActions()).toEqual(['evaluation.deduct', 'evaluation.deduct', 'evaluation.undeduct'])
  })

  it('answers the retry of a submit (the evaluation is locked by then) and of a reopen', async () => {
    const submit = { evaluationId, changeId: randomUUID() }
    const submitted = await ws.call('evaluations.submit', submit)
    expect((await ws.call('evaluations.submit', submit)).status).toBe('submitted')
    expect((await ws.fail('evaluations.submit', { evaluationId, changeId: randomUUID() })).code).toBe('evaluation_locked')
    const reopen = { evaluationId, reason: '理由不充分，退回重评', changeId: randomUUID() }
    const reopened = await ws.call('evaluations.reopen', reopen)
    expect(reopened.status).toBe('in_progress')
    expect(await ws.call('evaluations.reopen', reopen)).toEqual(reopened)
    expect(submitted.status).toBe('submitted')
    expect(await auditActions()).toEqual(['evaluation.submit', 'evaluation.reopen'])
  })

  it('answers the retry of a confirmed or overridden finding instead of refusing it as already decided', async () => {
    const confirm = { evaluationId, key: 'deadline:service', changeId: randomUUID() }
    const confirmed = await ws.call('checks.confirm', confirm)
    expect(confirmed.evaluation.deductions).toEqual([expect.objectContaining({ itemId: 'S5.2', points: 2 })])
    expect(await ws.call('checks.confirm', confirm)).toEqual(confirmed)
    // The same decision under a new id is a new change: refused, as before.
    expect((await ws.fail('checks.confirm', { ...confirm, changeId: randomUUID() })).code).toBe('conflict')
    const override = { evaluationId, key: 'deadline:decision', reason: '卷内有延期审批表', changeId: randomUUID() }
    const overridden = await ws.call('checks.override', override)
    expect(await ws.call('checks.override', override)).toEqual(overridden)
    expect(await auditActions()).toEqual(['evaluation.check_confirm', 'evaluation.check_override'])
  })

  it('refuses a different change that reuses an id, and applies nothing', async () => {
    const changeId = randomUUID()
    await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S3.2', points: 2, reason: '原因', changeId })
    const other = await ws.call('evaluations.open', { assignmentId: otherAssignmentId })
    const reused = [
      // Other points, another method, another evaluation, another finding decision.
      await ws.fail('evaluations.addDeduction', { evaluationId, itemId: 'S3.2', points: 1, reason: '原因', changeId }),
      await ws.fail('evaluations.setNote', { evaluationId, itemId: 'S3.2', note: '备注', changeId }),
      await ws.fail('evaluations.addDeduction', { evaluationId: other.id, itemId: 'S3.2', points: 2, reason: '原因', changeId }),
      await ws.fail('checks.override', { evaluationId, key: 'deadline:decision', reason: '理由', changeId }),
    ]
    for (const error of reused) {
      expect(error).toEqual({ code: 'change_id_reused', message: '此次修改的编号已被另一项修改使用过，未予保存。请刷新页面后重新操作。' })
    }
    const state = await ws.call('evaluations.open', { assignmentId })
    expect(state.deductions.map((d) => d.points)).toEqual([2])
    expect(state.notes).toEqual({})
    expect((await ws.call('evaluations.open', { assignmentId: otherAssignmentId })).deductions).toEqual([])
    expect((await ws.call('checks.forEvaluation', { evaluationId })).find((f) => f.key === 'deadline:decision')!.decision).toBeNull()
    expect(await auditActions()).toEqual(['evaluation.deduct'])
  })

  it('refuses an id that is not a UUID at the contract', async () => {
    const error = await ws.fail('evaluations.setNote', { evaluationId, itemId: 'S3.2', note: 'x', changeId: 'retry-1' })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toContain('changeId')
  })

  it('forgets change ids older than the kept days on the next opening', async () => {
    const old = randomUUID()
    await ws.call('evaluations.setNote', { evaluationId, itemId: 'S3.2', note: '旧', changeId: old })
    const recent = randomUUID()
    await ws.call('evaluations.setNote', { evaluationId, itemId: 'S3.2', note: '新', changeId: recent })
    const longAgo = new Date(Date.now() - (CHANGE_ID_DAYS + 1) * 24 * 3600 * 1000).toISOString()
    await ws.app.ctx.db.updateTable('changeIds').set({ answeredAt: longAgo }).where('id', '=', old).execute()
    await ws.app.close()
    ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: ws.app.ctx.paths.resources })
    expect((await ws.app.ctx.db.selectFrom('changeIds').select('id').execute()).map((r) => r.id)).toEqual([recent])
  })
})
