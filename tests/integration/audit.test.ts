import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'

let ws: TestWorkspace
let evaluationId: number

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const c = await ws.call('cases.create', caseInput(squadIds[0]))
  const { assignmentIds } = await seedCampaign(ws, [c.id])
  evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S1.2', points: 1, reason: '超期立案' })
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S5.2', points: 4, reason: '无送达回证' })
  await ws.call('evaluations.submit', { evaluationId })
})
afterEach(() => ws.close())

describe('audit trail', () => {
  it("shows an evaluation's history with before and after, oldest first", async () => {
    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: evaluationId })
    expect(history.map((h) => h.action)).toEqual(['evaluation.deduct', 'evaluation.deduct', 'evaluation.submit'])
    expect(history[0]).toMatchObject({ actor: '王敏', before: { total: 100 }, after: { itemId: 'S1.2', points: 1, total: 99 } })
    expect(history[2]).toMatchObject({ before: { status: 'in_progress', total: 95 }, after: { status: 'submitted', total: 95 } })
  })

  it('verifies an intact chain', async () => {
    const report = await ws.call('audit.verify', {})
    expect(report).toEqual({ ok: true, rows: 4, firstBrokenId: null, reason: null })
  })

  it('names the first row someone edited behind the app', async () => {
    const rows = await ws.app.ctx.db.selectFrom('auditLog').select(['id', 'after']).orderBy('id').execute()
    const forged = rows[2].after!.replace('"points":4', '"points":1')
    await sql`UPDATE audit_log SET after = ${forged} WHERE id = ${rows[2].id}`.execute(ws.app.ctx.db)
    expect(await ws.call('audit.verify', {})).toEqual({ ok: false, rows: 3, firstBrokenId: rows[2].id, reason: 'hash_mismatch' })
  })

  it('notices a deleted row by the broken link of the next', async () => {
    const rows = await ws.app.ctx.db.selectFrom('auditLog').select('id').orderBy('id').execute()
    await sql`DELETE FROM audit_log WHERE id = ${rows[1].id}`.execute(ws.app.ctx.db)
    expect(await ws.call('audit.verify', {})).toMatchObject({ ok: false, firstBrokenId: rows[2].id, reason: 'broken_link' })
  })
})
