import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'

let ws: TestWorkspace
let evaluationId: number

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  const { assignmentIds } = await seedCampaign(ws, [caseId])
  evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S1.2', points: 1, reason: '超期立案' })
})
afterEach(() => ws.close())

/** A row as an earlier version might have written it (its hash is not what this test looks at). */
const writeOlderRow = (action: string, before: unknown, after: unknown) =>
  ws.app.ctx.db
    .insertInto('auditLog')
    .values({
      at: '2024-01-05T08:00:00.000Z',
      actor: '王敏',
      action,
      entity: 'evaluation',
      entityId: String(evaluationId),
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
      dataHash: null,
    })
    .execute()

describe('the history reads each row by its declared shape', () => {
  it('a row this version writes comes typed; one of another shape or action is marked, its content as stored', async () => {
    await writeOlderRow('evaluation.submit', null, null)
    await writeOlderRow('evaluation.deduct', { total: 99 }, { itemId: 'S1.1', points: 1, total: 98, grade: 'excellent' })
    await writeOlderRow('evaluation.archive', {}, {})
    await ws.call('evaluations.setNote', { evaluationId, itemId: 'S2.1', note: '询问笔录无签名' })

    // The call goes through dispatch, which checks the answer against the contract's output schema.
    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: evaluationId })
    expect(history.map((h) => [h.action, 'unrecognised' in h])).toEqual([
      ['evaluation.deduct', false],
      ['evaluation.submit', true],
      ['evaluation.deduct', true],
      ['evaluation.archive', true],
      ['evaluation.note', false],
    ])
    expect(history[0]).toMatchObject({ after: { itemId: 'S1.2', points: 1, reason: '超期立案', total: 99, grade: 'excellent' } })
    expect(history[2]).toMatchObject({ before: { total: 99 }, after: { itemId: 'S1.1', points: 1, total: 98 }, unrecognised: true })
    expect(history[4]).toMatchObject({ before: { itemId: 'S2.1', note: '' }, after: { itemId: 'S2.1', note: '询问笔录无签名' } })
  })
})
