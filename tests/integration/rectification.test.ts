import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, readScan, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { scoreAs } from '../support/double-review'
import { verifyAudit } from '../../electron/backend/services/audit/verify'
import { plainPdf } from '../support/pdf-bytes'
import { nth } from '../support/defined'

let ws: TestWorkspace
let campaignId: number
let squadIds: [number, number]
let leadId: number

beforeAll(async () => {
  ws = await openTestWorkspace()
  ;({ squadIds } = await seedRegistry(ws))
  const cases = []
  for (const [i, squadId] of [squadIds[0], squadIds[0], squadIds[1]].entries()) {
    cases.push((await ws.call('cases.create', caseInput(squadId, { caseNumber: `青城管罚字〔2023〕第0200${i + 1}号`, party: `当事人${i + 1}` }))).id)
  }
  const seeded = await seedCampaign(ws, cases as [number, number, number])
  campaignId = seeded.campaignId
  leadId = (await ws.app.ctx.db.selectFrom('reviewers').select('id').where('name', '=', '王敏').executeTakeFirstOrThrow()).id
  const [a, b, c] = seeded.assignmentIds
  await scoreAs(ws, leadId, a, { deductions: [{ itemId: 'S3.2', points: 4, reason: '罚款超出裁量档次', page: 3 }, { itemId: 'S2.1', points: 2, reason: '笔录未签名', page: 5 }] })
  await scoreAs(ws, leadId, b, { deductions: [{ itemId: 'S2.1', points: 2, reason: '笔录未逐页签名' }] })
  await scoreAs(ws, leadId, c, { vetoes: ['V6'] })
})
afterAll(() => ws.close())

const closeCampaign = () => ws.app.ctx.db.updateTable('campaigns').set({ status: 'closed', closedAt: new Date().toISOString() }).where('id', '=', campaignId).execute()

describe('整改 from a closed campaign', () => {
  it('waits for the campaign to close', async () => {
    const refused = await ws.fail('rectification.candidates', { campaignId })
    expect(refused.code).toBe('campaign_not_closed')
    await closeCampaign()
  })

  it('lists, per squad, the problems a notice would carry', async () => {
    expect(await ws.call('rectification.candidates', { campaignId })).toEqual([
      { squadId: squadIds[0], squadName: '夏阳街道中队', cases: 2, problems: 3, noticeId: null },
      { squadId: squadIds[1], squadName: '朱家角镇中队', cases: 1, problems: 1, noticeId: null },
    ])
  })

  it('issues one notice per squad, its deadline 15 working days on the calendar, each problem as found', async () => {
    // 2023-05-04 + 15 working days: 5 May, the make-up Saturday 6 May, then 8–24 May less weekends.
    const issued = await ws.call('rectification.issue', { campaignId, squadIds, issuedOn: '2023-05-04', workingDays: 15, requirement: '逐案逐项整改' })
    expect(issued.map((n) => [n.squadName, n.deadlineOn, n.problems, n.state])).toEqual([
      ['夏阳街道中队', '2023-05-24', 3, 'awaiting_reply'],
      ['朱家角镇中队', '2023-05-24', 1, 'awaiting_reply'],
    ])
    // Today is past the deadline with no reply.
    expect(issued.every((n) => n.overdue)).toBe(true)
    expect(await ws.call('rectification.issue', { campaignId, squadIds, issuedOn: '2023-05-05' })).toEqual([])
    const notice = await ws.call('rectification.get', { id: nth(issued, 0).id })
    expect(notice.items.map((p) => [p.caseNumber, p.kind, p.itemId, p.points, p.reason, p.page])).toEqual([
      ['青城管罚字〔2023〕第02001号', 'deduction', 'S2.1', 2, '笔录未签名', 5],
      ['青城管罚字〔2023〕第02001号', 'deduction', 'S3.2', 4, '罚款超出裁量档次', 3],
      ['青城管罚字〔2023〕第02002号', 'deduction', 'S2.1', 2, '笔录未逐页签名', null],
    ])
    expect(notice.items.every((p) => p.title.length > 0 && p.verdict === 'pending')).toBe(true)
    const other = await ws.call('rectification.get', { id: nth(issued, 1).id })
    expect(other.items.map((p) => [p.kind, p.itemId, p.points])).toEqual([['veto', 'V6', null]])
  })

  it('records the squad’s reply with a file, and the lead verifies each problem', async () => {
    const [notice] = await ws.call('rectification.list', { campaignId })
    const id = notice!.id
    await ws.call('rectification.update', { id, docNumber: '青城管整改〔2023〕1号', responsible: '张伟', requirement: '逐案逐项整改' })
    const before = await ws.call('rectification.get', { id })
    const replied = await ws.call('rectification.reply', {
      id,
      repliedOn: '2023-05-22',
      note: '已组织全体队员学习',
      problems: before.items.map((p) => ({ problemId: p.id, reply: `已补正：${p.reason}` })),
    })
    expect([replied.state, replied.overdue, replied.repliedOn]).toEqual(['verifying', false, '2023-05-22'])
    const path = join(ws.dir, '整改材料.pdf')
    await writeFile(path, plainPdf())
    const withFile = await ws.call('rectification.attach', { id, path })
    expect(withFile.files.map((f) => [f.fileName, f.mime])).toEqual([['整改材料.pdf', 'application/pdf']])
    expect(await readScan(ws, nth(withFile.files, 0).sha256)).toEqual(plainPdf())

    const [first, second, third] = before.items
    expect((await ws.fail('rectification.verify', { problemId: first!.id, verdict: 'partial', reason: '' })).code).toBe('invalid_input')
    await ws.call('rectification.verify', { problemId: first!.id, verdict: 'partial', reason: '仅补正了一页' })
    await ws.call('rectification.verify', { problemId: second!.id, verdict: 'rectified' })
    let after = await ws.call('rectification.verify', { problemId: third!.id, verdict: 'rectified' })
    expect([after.state, after.rectified]).toEqual(['verifying', 2])
    after = await ws.call('rectification.verify', { problemId: first!.id, verdict: 'rectified' })
    expect([after.state, after.rectified, after.overdue]).toEqual(['closed', 3, false])
    expect(nth(after.items, 0).verifiedBy).toBe('王敏')
  })

  it('removes a notice only before it has a reply', async () => {
    const [replied, waiting] = await ws.call('rectification.list', { campaignId })
    expect((await ws.fail('rectification.remove', { id: replied!.id })).code).toBe('notice_replied')
    await ws.call('rectification.remove', { id: waiting!.id })
    expect((await ws.call('rectification.candidates', { campaignId })).map((c) => c.noticeId !== null)).toEqual([true, false])
  })

  it('lets only a lead issue and verify, and audits every change against the data', async () => {
    const reviewer = await ws.call('people.createReviewer', { name: '李强', role: 'reviewer', squadId: null, officerId: null })
    await ws.signInAs(reviewer.id)
    expect((await ws.fail('rectification.issue', { campaignId, squadIds, issuedOn: '2023-05-04' })).code).toBe('lead_only')
    expect((await ws.call('rectification.list', {})).length).toBe(1)
    await ws.signInAs(leadId)
    const report = await verifyAudit(ws.app.ctx.db, ws.dir)
    expect(report.ok).toBe(true)
  })
})
