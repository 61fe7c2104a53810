import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { PDFDocument } from 'pdf-lib'
import { convertWithLibreOffice } from '../support/libreoffice'
import { ARTIFACTS_DIR } from '../support/paths'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, readScan, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { scoreAs } from '../support/double-review'
import { verifyAudit } from '../../electron/backend/services/audit/verify'
import { plainPdf } from '../support/pdf-bytes'
import { nth } from '../support/defined'

const run = promisify(execFile)
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

  it('exports the 整改通知书 that LibreOffice lays out as A4 pages, kept as pictures to look at', async () => {
    const [notice] = await ws.call('rectification.list', { campaignId })
    await ws.call('bulletin.setSettings', { issuingUnit: '青浦区城管执法局执法监督科', redHeader: true, issuingBody: '上海市青浦区城市管理行政执法局', docNumberPattern: '青城管督〔{year}〕{number}号' })
    const { filePath } = await ws.call('rectification.exportNotice', { id: notice!.id })
    const pdf = await convertWithLibreOffice(filePath, 'pdf')
    const doc = await PDFDocument.load(pdf)
    for (const page of doc.getPages()) expect([Math.round(page.getSize().width), Math.round(page.getSize().height)]).toEqual([595, 842])
    const artifacts = join(ARTIFACTS_DIR, 'rectification-notice')
    await rm(artifacts, { recursive: true, force: true })
    await mkdir(artifacts, { recursive: true })
    await writeFile(join(artifacts, 'notice.pdf'), pdf)
    const { stdout } = await run('pdftotext', ['-layout', join(artifacts, 'notice.pdf'), '-'])
    const text = stdout.replace(/\s+/g, '')
    for (const expected of ['上海市青浦区城市管理行政执法局', '青城管整改〔2023〕1号', '整改通知书', '夏阳街道中队：', '02001号', '罚款超出裁量档次', '2023年5月24日前', '整改责任人：张伟', '特此通知。', '2023年5月4日']) {
      expect(text).toContain(expected)
    }
    await run('pdftoppm', ['-r', '60', '-png', join(artifacts, 'notice.pdf'), join(artifacts, 'notice')])
  }, 120_000)

  it('exports the 整改台账, one row per problem, read back by a spreadsheet reader', async () => {
    const { filePath } = await ws.call('rectification.exportRegister', {})
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(filePath)
    const sheet = wb.getWorksheet('整改台账')!
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1))
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual(expect.arrayContaining(['夏阳街道中队', '青城管整改〔2023〕1号', '青城管罚字〔2023〕第02001号', '已整改', '已办结']))
    expect(rows[3]).toEqual(expect.arrayContaining(['朱家角镇中队', '待核查', '待回复（逾期）']))
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 })
    const pdf = await convertWithLibreOffice(filePath, 'pdf')
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(1)
    await writeFile(join(ARTIFACTS_DIR, 'rectification-notice', 'register.pdf'), pdf)
    await run('pdftoppm', ['-r', '60', '-png', join(ARTIFACTS_DIR, 'rectification-notice', 'register.pdf'), join(ARTIFACTS_DIR, 'rectification-notice', 'register')])
  }, 120_000)

  it('removes a notice only before it has a reply', async () => {
    const [replied, waiting] = await ws.call('rectification.list', { campaignId })
    expect((await ws.fail('rectification.remove', { id: replied!.id })).code).toBe('notice_replied')
    await ws.call('rectification.remove', { id: waiting!.id })
    expect((await ws.call('rectification.candidates', { campaignId })).map((c) => c.noticeId !== null)).toEqual([true, false])
  })

  it('takes a squad’s requirement from the campaign’s saved bulletin when none is given', async () => {
    const scope = { kind: 'campaign' as const, campaignId }
    const draft = await ws.call('bulletin.draft', scope)
    const squads = draft.content.rectification.squads.map((r) => (r.squadName === '朱家角镇中队' ? { ...r, text: '对否决案卷逐案倒查原因，明确责任。' } : r))
    expect(squads.some((r) => r.squadName === '朱家角镇中队')).toBe(true)
    await ws.call('bulletin.save', { scope, content: { ...draft.content, rectification: { ...draft.content.rectification, squads } } })
    const [issued] = await ws.call('rectification.issue', { campaignId, squadIds: [squadIds[1]], issuedOn: '2023-05-08' })
    expect((await ws.call('rectification.get', { id: issued!.id })).requirement).toBe('对否决案卷逐案倒查原因，明确责任。')
  })

  it('回头看: a follow-up campaign on the rectified problems closes them, or reopens one that fails again', async () => {
    const notice = (await ws.call('rectification.list', { campaignId })).find((n) => n.squadName === '夏阳街道中队')
    const created = await ws.call('rectification.followUp', { noticeIds: [notice!.id], name: '2023年6月整改回头看' })
    expect([created.cases, created.problems]).toEqual([2, 3])
    expect((await ws.fail('rectification.followUp', { noticeIds: [notice!.id], name: '再次回头看' })).code).toBe('nothing_to_follow_up')
    const followUp = created.campaignId
    expect(nth((await ws.call('rectification.get', { id: notice!.id })).items, 0).followUp).toEqual({ campaignId: followUp, campaignName: '2023年6月整改回头看', result: 'pending' })

    await ws.call('campaigns.assign', { campaignId: followUp, reviewerIds: [leadId] })
    await ws.call('campaigns.start', { campaignId: followUp })
    const assignments = (await ws.call('campaigns.get', { id: followUp })).assignments
    const byCase = (n: string) => assignments.find((a) => a.case.caseNumber.endsWith(n))!.assignmentId
    // The first case fails S2.1 again; the second is clean now.
    await scoreAs(ws, leadId, byCase('第02001号'), { deductions: [{ itemId: 'S2.1', points: 2, reason: '仍有笔录未签名' }] })
    await scoreAs(ws, leadId, byCase('第02002号'), {})
    await ws.call('campaigns.close', { campaignId: followUp })
    const after = await ws.call('rectification.get', { id: notice!.id })
    expect(after.items.map((p) => [p.caseNumber.slice(-7), p.itemId, p.followUp?.result])).toEqual([
      ['第02001号', 'S2.1', 'reopened'],
      ['第02001号', 'S3.2', 'closed'],
      ['第02002号', 'S2.1', 'closed'],
    ])
    expect([after.state, after.reopened]).toEqual(['verifying', 1])
    // The follow-up's bulletin names the repeat first in the squad's 整改要求.
    const bulletin = await ws.call('bulletin.draft', { kind: 'campaign', campaignId: followUp })
    expect(bulletin.content.rectification.squads.find((r) => r.squadName === '夏阳街道中队')?.text).toMatch(/^回头看发现1件案卷“[^”]+”问题整改后再次出现/)

    await ws.call('campaigns.reopen', { campaignId: followUp, reason: '补充评查' })
    const reopened = await ws.call('rectification.get', { id: notice!.id })
    expect([reopened.state, reopened.reopened, nth(reopened.items, 0).followUp?.result]).toEqual(['closed', 0, 'pending'])
    await ws.call('campaigns.close', { campaignId: followUp })
  })

  it('回头看 on later cases of the same squad: checked for the same items, a repeat reopens the problem', async () => {
    const notice = (await ws.call('rectification.list', { campaignId })).find((n) => n.squadName === '朱家角镇中队')!
    const before = await ws.call('rectification.get', { id: notice.id })
    await ws.call('rectification.reply', { id: notice.id, repliedOn: '2023-05-20', problems: before.items.map((p) => ({ problemId: p.id, reply: '已重新调查取证' })) })
    await ws.call('rectification.verify', { problemId: nth(before.items, 0).id, verdict: 'rectified' })
    const input = { noticeIds: [notice.id], name: '2023年7月回头看（新案件）', scope: 'later_cases' as const }
    expect((await ws.fail('rectification.followUp', input)).code).toBe('no_later_cases')

    // Of 朱家角's cases, one was decided before the reply; two after it: one of them is drawn.
    const later = async (n: number, decidedOn: string) => (await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: `青城管罚字〔2023〕第0300${n}号`, decidedOn }))).id
    await later(1, '2023-05-10')
    const laterIds = [await later(2, '2023-06-20'), await later(3, '2023-07-03')]
    const created = await ws.call('rectification.followUp', input)
    expect([created.cases, created.problems]).toEqual([1, 1])
    const detail = await ws.call('campaigns.get', { id: created.campaignId })
    expect(laterIds).toContain(nth(detail.cases, 0).case.id)

    await ws.call('campaigns.assign', { campaignId: created.campaignId, reviewerIds: [leadId] })
    await ws.call('campaigns.start', { campaignId: created.campaignId })
    await scoreAs(ws, leadId, nth((await ws.call('campaigns.get', { id: created.campaignId })).assignments, 0).assignmentId, { vetoes: ['V6'] })
    await ws.call('campaigns.close', { campaignId: created.campaignId })
    expect(nth((await ws.call('rectification.get', { id: notice.id })).items, 0).followUp?.result).toBe('reopened')
  })

  it('lets only a lead issue and verify, and audits every change against the data', async () => {
    const reviewer = await ws.call('people.createReviewer', { name: '李强', role: 'reviewer', squadId: null, officerId: null })
    await ws.signInAs(reviewer.id)
    expect((await ws.fail('rectification.issue', { campaignId, squadIds, issuedOn: '2023-05-04' })).code).toBe('lead_only')
    expect((await ws.call('rectification.list', {})).length).toBe(2)
    await ws.signInAs(leadId)
    const report = await verifyAudit(ws.app.ctx.db, ws.dir)
    expect(report.ok).toBe(true)
  })
})
