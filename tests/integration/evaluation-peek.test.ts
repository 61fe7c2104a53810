import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'

let ws: TestWorkspace
let seeded: Awaited<ReturnType<typeof seedCampaign<[number, number]>>>
let caseIds: [number, number]

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const a = await ws.call('cases.create', caseInput(squadIds[0]))
  const b = await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第01002号', party: '钱某' }))
  caseIds = [a.id, b.id]
  seeded = await seedCampaign(ws, caseIds)
})
afterEach(() => ws.close())

const rowsOf = async () => ({
  evaluations: await ws.app.ctx.db.selectFrom('evaluations').selectAll().execute(),
  audit: await ws.app.ctx.db.selectFrom('auditLog').select('id').execute(),
})

describe('reading the next case ahead', () => {
  it('tells the case and rubric an assignment opens on, and starts nothing', async () => {
    const before = await rowsOf()
    expect(await ws.call('evaluations.peek', { assignmentId: seeded.assignmentIds[1] })).toEqual({ caseId: caseIds[1], rubricId: seeded.rubricId, evaluationId: null })
    // Not started: no evaluation row, no audit entry, the case still 未开始 in the queue.
    expect(await rowsOf()).toEqual(before)
    const [, second] = await ws.call('campaigns.mine', {})
    expect(second?.evaluationStatus).toBe('not_started')
  })

  it('names the evaluation once it is opened', async () => {
    const opened = await ws.call('evaluations.open', { assignmentId: seeded.assignmentIds[0] })
    expect(await ws.call('evaluations.peek', { assignmentId: seeded.assignmentIds[0] })).toEqual({ caseId: caseIds[0], rubricId: opened.rubricId, evaluationId: opened.id })
  })

  it('fails where opening would: a campaign closed before the case was started, an unknown assignment', async () => {
    const opened = await ws.call('evaluations.open', { assignmentId: seeded.assignmentIds[0] })
    await ws.app.ctx.db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', seeded.campaignId).execute()
    expect((await ws.fail('evaluations.peek', { assignmentId: seeded.assignmentIds[1] })).code).toBe('campaign_closed')
    expect((await ws.fail('evaluations.open', { assignmentId: seeded.assignmentIds[1] })).code).toBe('campaign_closed')
    expect((await ws.call('evaluations.peek', { assignmentId: seeded.assignmentIds[0] })).evaluationId).toBe(opened.id)
    expect((await ws.fail('evaluations.peek', { assignmentId: 999_999 })).code).toBe('not_found')
  })
})
