import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { plainPdf } from '../pdf-bytes'
import { writeRegisterCsv } from '../register'
import { caseInput, TEST_PASSWORD, type TestWorkspace } from '../workspace'
import { nth } from '../defined'

/**
 * A small bureau as the demo has it, built through the services: squads, officers, a lead at this
 * PC and two reviewers; eight cases closed in February 2024, one with a scanned file; a monthly
 * campaign under way with a scored evaluation (a deduction pinned to the scan, a veto, a typical
 * mark), a draft campaign, a double-reviewed campaign whose two reviews disagree, a register
 * opened for import and a backup.
 */
export interface FuzzFixture {
  squadId: number
  officerId: number
  leadId: number
  reviewerId: number
  caseId: number
  spareCaseId: number
  doubleCaseId: number
  documentId: number
  rubricId: number
  campaignId: number
  draftCampaignId: number
  doubleCampaignId: number
  assignmentId: number
  evaluationId: number
  deductionId: number
  findingKey: string
  importSessionId: string
  backupName: string
  registerPath: string
  pdfPath: string
  lawTitle: string
  rubricJson: string
}

/** The cases closed on one day: each campaign samples the one case closed that day. */
const closedOn = (day: string) => ({ basis: 'closed' as const, from: day, to: day })
const countOf = (count: number) => ({ method: 'simple' as const, size: { kind: 'count' as const, count }, alwaysInclude: { major: false, complaint: false }, seed: 7 })

export async function seedFuzzFixture(ws: TestWorkspace): Promise<FuzzFixture> {
  // The first start signs the workspace's window in as its administrator, a lead.
  const lead = (await ws.call('workspace.startEmpty', { reviewerName: '王敏', login: 'wangmin', password: TEST_PASSWORD })).reviewer!
  const squads = await ws.call('people.squads', {})
  const [squad, otherSquad] = [nth(squads, 0, 'squad'), nth(squads, 1, 'squad')]
  const officer = await ws.call('people.createOfficer', { name: '张伟', badgeNumber: '3111800001', squadId: squad.id, certified: true })
  const zhang = await ws.call('people.createReviewer', { name: '张三', role: 'reviewer' })
  const li = await ws.call('people.createReviewer', { name: '李四', role: 'reviewer' })

  const caseIds: number[] = []
  for (let i = 1; i <= 8; i++) {
    const c = await ws.call(
      'cases.create',
      caseInput(i % 2 ? squad.id : otherSquad.id, {
        caseNumber: `青城管罚字〔2024〕第${String(i).padStart(5, '0')}号`,
        party: `当事人${i}`,
        discoveredOn: '2024-01-02',
        filedOn: '2024-01-03',
        decidedOn: '2024-01-20',
        servedOn: '2024-01-25',
        closedOn: `2024-02-${String(i + 1).padStart(2, '0')}`,
        officerIds: [officer.id],
      }),
    )
    caseIds.push(c.id)
  }
  // Closed on 2, 3 and 4 February: the samples of the monthly, double-reviewed and draft campaigns; the fourth is in none.
  const [caseId, doubleCaseId, spareCaseId] = [nth(caseIds, 0), nth(caseIds, 1), nth(caseIds, 3)]

  const pdfPath = join(ws.dir, '案卷扫描件.pdf')
  await writeFile(pdfPath, plainPdf())
  const document = (await ws.call('documents.attach', { caseId, path: pdfPath })).document
  await ws.call('documents.setPageTags', { documentId: document.id, tags: [{ firstPage: 1, lastPage: 1, docType: '处罚决定书' }] })

  const rubricId = (await ws.call('rubrics.list', {})).find((r) => r.code === 'penalty-ordinary')!.id

  // The monthly campaign: the case with the scan, scored by the lead at this PC.
  const campaign = await ws.call('campaigns.create', { name: '2024年3月案卷月度抽查', kind: 'monthly', rubricId, population: closedOn('2024-02-02'), sampling: countOf(1) })
  await ws.call('campaigns.assign', { campaignId: campaign.id, reviewerIds: [lead.id] })
  await ws.call('campaigns.start', { campaignId: campaign.id })
  const assignmentId = nth((await ws.call('campaigns.get', { id: campaign.id })).assignments, 0, 'assignment').assignmentId
  const evaluationId = (await ws.call('evaluations.open', { assignmentId })).id
  const scored = await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S5.2', points: 2, reason: '无送达回证', documentId: document.id, page: 1, rect: { x: 0.1, y: 0.1, w: 0.5, h: 0.2 } })
  const deductionId = nth(scored.deductions, 0, 'deduction').id
  await ws.call('evaluations.setVeto', { evaluationId, vetoId: 'V1', on: true, reason: '主体不适格', documentId: document.id, page: 1 })
  await ws.call('typical.mark', { target: { type: 'deduction', deductionId }, kind: 'bad', note: '送达程序缺失' })
  const findingKey = nth(await ws.call('checks.forEvaluation', { evaluationId }), 0, 'finding').key

  // A draft: what can still change before a campaign starts.
  const draft = await ws.call('campaigns.create', { name: '2024年3月专项评查', kind: 'special', rubricId, population: closedOn('2024-02-04'), sampling: countOf(1) })
  await ws.call('campaigns.assign', { campaignId: draft.id, reviewerIds: [zhang.id] })

  // Blind double review: 张三 finds a veto that 李四 does not; the lead must rule.
  const double = await ws.call('campaigns.create', {
    name: '2024年上半年案卷集中评查',
    kind: 'centralized',
    rubricId,
    doubleReview: true,
    population: closedOn('2024-02-03'),
    sampling: countOf(1),
  })
  await ws.call('campaigns.assign', { campaignId: double.id, reviewerIds: [zhang.id, li.id] })
  await ws.call('campaigns.start', { campaignId: double.id })
  for (const a of (await ws.call('campaigns.get', { id: double.id })).assignments) {
    await ws.signInAs(a.reviewerId)
    const e = await ws.call('evaluations.open', { assignmentId: a.assignmentId })
    if (a.reviewerId === zhang.id) await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId: 'V1', on: true, reason: '主体不适格' })
    await ws.call('evaluations.submit', { evaluationId: e.id })
  }
  await ws.signInAs(lead.id)

  const registerPath = await writeRegisterCsv(join(ws.dir, '案件台账.csv'), { rows: 3, start: 101, encoding: 'utf-8' })
  const importSessionId = (await ws.call('imports.open', { target: 'cases', path: registerPath }))!.sessionId
  const backupName = (await ws.call('backups.run', {})).name
  const lawTitle = nth(await ws.call('statutes.list', {}), 0, 'law').title
  const rubricJson = JSON.stringify((await ws.call('rubrics.get', { id: rubricId })).body)
  // Reads that store a default on first use: done here, so a later read writes nothing.
  await ws.call('settings.discretion', {})

  return {
    squadId: squad.id,
    officerId: officer.id,
    leadId: lead.id,
    reviewerId: zhang.id,
    caseId,
    spareCaseId,
    doubleCaseId,
    documentId: document.id,
    rubricId,
    campaignId: campaign.id,
    draftCampaignId: draft.id,
    doubleCampaignId: double.id,
    assignmentId,
    evaluationId,
    deductionId,
    findingKey,
    importSessionId,
    backupName,
    registerPath,
    pdfPath,
    lawTitle,
    rubricJson,
  }
}
