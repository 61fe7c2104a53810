import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvaluationSheet } from '../../shared/contract/sheets'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { scoreAs, seedDoubleReviewCampaign } from '../support/double-review'
import { plainPdf } from '../support/pdf-bytes'
import { nth, only } from '../support/defined'

const item = (sheet: EvaluationSheet, id: string) => sheet.sections.flatMap((s) => s.items).find((i) => i.id === id)!

describe('案卷评查表 of a single-review campaign', () => {
  let ws: TestWorkspace
  let campaignId: number
  let documentId: number
  const caseIds: number[] = []

  /*
   * Three cases on 城管行政处罚案卷（普通程序）评查标准, assigned to 王敏:
   *   01001 (张伟, 李娜) submitted: S5.2 −4 "无送达回证" (scan p. 1, a box on it), S1.2 −1 without
   *         words (reads as the option), S4.4 not applicable (2 points) → 93 of 98 → 94.9 优秀
   *   01002 (王磊) in review: S2.1 −5 and veto V6 → running 95, not final, vetoed
   *   01003 not started
   */
  beforeAll(async () => {
    ws = await openTestWorkspace()
    const { squadIds, officerIds } = await seedRegistry(ws)
    const create = (squad: number, n: number, officers: number[]) =>
      ws.call('cases.create', caseInput(nth(squadIds, squad), { caseNumber: `青城管罚字〔2023〕第0100${n}号`, party: `当事人${n}`, officerIds: officers }))
    caseIds.push((await create(0, 1, [officerIds[0], officerIds[1]])).id, (await create(1, 2, [officerIds[2]])).id, (await create(1, 3, [])).id)
    const path = join(ws.dir, '案卷扫描件.pdf')
    await writeFile(path, plainPdf())
    documentId = (await ws.call('documents.attach', { caseId: nth(caseIds, 0), path })).document.id
    const seeded = await seedCampaign(ws, caseIds)
    campaignId = seeded.campaignId
    const first = await ws.call('evaluations.open', { assignmentId: nth(seeded.assignmentIds, 0) })
    const rect = { x: 0.1, y: 0.2, w: 0.5, h: 0.25 }
    await ws.call('evaluations.addDeduction', { evaluationId: first.id, itemId: 'S5.2', points: 4, reason: '无送达回证', documentId, page: 1, rect })
    await ws.call('evaluations.addDeduction', { evaluationId: first.id, itemId: 'S1.2', optionId: 'late', points: 1 })
    await ws.call('evaluations.setNotApplicable', { evaluationId: first.id, itemId: 'S4.4', notApplicable: true })
    await ws.call('evaluations.setNote', { evaluationId: first.id, itemId: 'S5.2', note: '已电话核实' })
    await ws.call('evaluations.submit', { evaluationId: first.id })
    const second = await ws.call('evaluations.open', { assignmentId: nth(seeded.assignmentIds, 1) })
    await ws.call('evaluations.addDeduction', { evaluationId: second.id, itemId: 'S2.1', points: 5, reason: '笔录无执法人员签名' })
    await ws.call('evaluations.setVeto', { evaluationId: second.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  }, 60_000)
  afterAll(() => ws.close())

  it('gives every case of the campaign a sheet, in case-number order, page by page', async () => {
    const all = await ws.call('sheets.list', { campaignId })
    expect(all.total).toBe(3)
    expect(all.sheets.map((s) => s.case.id)).toEqual(caseIds)
    expect(all.campaign).toMatchObject({ id: campaignId, name: '2023年3月案卷月度抽查', kind: 'monthly', doubleReview: false })
    expect(all.issuingUnit).toBe('执法监督科')
    const first = await ws.call('sheets.list', { campaignId, limit: 2 })
    const rest = await ws.call('sheets.list', { campaignId, offset: 2, limit: 2 })
    expect([first.total, rest.total, rest.offset]).toEqual([3, 3, 2])
    expect([...first.sheets, ...rest.sheets].map((s) => s.case.id)).toEqual(caseIds)
    expect((await ws.fail('sheets.list', { campaignId, limit: 51 })).code).toBe('invalid_input')
  })

  it('reads a submitted case: facts, items with points, deductions with reasons, pages and evidence, N/A, total and grade', async () => {
    const sheet = only((await ws.call('sheets.list', { campaignId, caseId: nth(caseIds, 0) })).sheets)
    expect(sheet.case).toMatchObject({
      caseNumber: '青城管罚字〔2023〕第01001号',
      party: '当事人1',
      squadName: '夏阳街道中队',
      violation: '运输渣土车辆未密闭',
      procedure: 'ordinary',
      penaltyFen: 500000,
      filedOn: '2023-03-03',
      decidedOn: '2023-04-20',
      officers: [
        { name: '张伟', badgeNumber: '3111800001' },
        { name: '李娜', badgeNumber: '3111800002' },
      ],
    })
    expect(sheet.rubric).toMatchObject({ name: '城管行政处罚案卷（普通程序）评查标准', version: 1, totalPoints: 100 })
    expect(sheet.documents).toEqual([expect.objectContaining({ id: documentId, fileName: '案卷扫描件.pdf' })])
    // Every item of the rubric, its points adding up to the total.
    expect(sheet.sections.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'])
    expect(sheet.sections.flatMap((s) => s.items).reduce((sum, i) => sum + i.maxPoints * 10, 0)).toBe(1000)
    expect(sheet.reviews).toEqual([
      expect.objectContaining({ round: 1, reviewerName: '王敏', status: 'submitted', withheld: false, total: 94.9, grade: 'excellent', applicableMax: 98, earned: 93 }),
    ])
    expect(sheet.reviews[0]?.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(item(sheet, 'S5.2')).toMatchObject({
      maxPoints: 4,
      outcomes: [{ deducted: 4, notApplicable: false }],
      ruled: null,
      deductions: [{ review: 0, points: 4, reason: '无送达回证', documentId, page: 1, rect: { x: 0.1, y: 0.2, w: 0.5, h: 0.25 } }],
      notes: [{ review: 0, note: '已电话核实' }],
    })
    // Without words of the reviewer's own, the sheet reads the rubric option's.
    const late = nth(item(sheet, 'S1.2').deductions, 0)
    expect(late).toMatchObject({ points: 1, reason: '', page: null, rect: null })
    expect(late.optionLabel).toBeTruthy()
    expect(item(sheet, 'S4.4').outcomes).toEqual([{ deducted: 0, notApplicable: true }])
    expect(item(sheet, 'S2.1')).toMatchObject({ outcomes: [{ deducted: 0, notApplicable: false }], deductions: [] })
    expect(sheet.vetoes).toEqual([])
    expect(sheet.result).toEqual({ state: 'submitted', final: true, total: 94.9, grade: 'excellent', vetoed: false })
    expect(sheet.adjudication).toBeNull()
  })

  it('marks a case in review as not final, with its running total and its veto named', async () => {
    const sheet = only((await ws.call('sheets.list', { campaignId, caseId: nth(caseIds, 1) })).sheets)
    expect(sheet.result).toEqual({ state: 'in_progress', final: false, total: 95, grade: null, vetoed: true })
    expect(sheet.reviews[0]).toMatchObject({ status: 'in_progress', total: 95, grade: null, submittedAt: null })
    expect(sheet.vetoes).toEqual([
      { review: 0, vetoId: 'V6', title: '超出法定处罚种类、幅度', titleEn: expect.any(String), article: null, reason: '罚款超出法定幅度', documentId: null, page: null },
    ])
    expect(item(sheet, 'S2.1').deductions).toMatchObject([{ points: 5, reason: '笔录无执法人员签名' }])
  })

  it('gives a case not yet started its facts and rubric, with nothing scored', async () => {
    const sheet = only((await ws.call('sheets.list', { campaignId, caseId: nth(caseIds, 2) })).sheets)
    expect(sheet.result).toEqual({ state: 'not_started', final: false, total: null, grade: null, vetoed: false })
    expect(sheet.reviews).toEqual([expect.objectContaining({ reviewerName: '王敏', status: 'not_started', total: null, updatedAt: null })])
    expect(sheet.case.officers).toEqual([])
    expect(sheet.sections.flatMap((s) => s.items).every((i) => i.deductions.length === 0)).toBe(true)
  })

  it('refuses a case outside the campaign and an unknown campaign', async () => {
    const other = await ws.call('cases.create', caseInput((await ws.app.ctx.db.selectFrom('squads').select('id').executeTakeFirstOrThrow()).id, { caseNumber: '青城管罚字〔2023〕第09999号' }))
    expect((await ws.fail('sheets.list', { campaignId, caseId: other.id })).code).toBe('not_found')
    expect((await ws.fail('sheets.list', { campaignId: 999 })).code).toBe('not_found')
  })
})

describe('案卷评查表 of a double-review campaign', () => {
  let ws: TestWorkspace
  let seeded: Awaited<ReturnType<typeof seedDoubleReviewCampaign>>

  /*
   * Tolerance 5 points. 张三 round 1, 李四 round 2, 王敏 the lead:
   *   02001 agreed:  张三 S2.1 −2 (98), 李四 S2.1 −3 (97) → mean 97.5 优秀
   *   02002 decided: 张三 S3.2 −8 (92), 李四 nothing (100) → the lead rules S3.2 −4 → 96 优秀
   *   02003 pending: 张三 submitted S1.1 −2 (98), 李四 in review S1.2 −1
   *   02004 nobody has begun
   */
  beforeAll(async () => {
    ws = await openTestWorkspace()
    seeded = await seedDoubleReviewCampaign(ws)
    const { first, second, lead } = seeded.reviewers
    await scoreAs(ws, first.id, seeded.assignmentOf(0, 1), { deductions: [{ itemId: 'S2.1', points: 2, reason: '笔录未签名', page: 4 }] })
    await scoreAs(ws, second.id, seeded.assignmentOf(0, 2), { deductions: [{ itemId: 'S2.1', points: 3, reason: '笔录未签名且无日期', page: 4 }] })
    await scoreAs(ws, first.id, seeded.assignmentOf(1, 1), { deductions: [{ itemId: 'S3.2', points: 8, reason: '裁量阶次适用错误' }] })
    await scoreAs(ws, second.id, seeded.assignmentOf(1, 2), {})
    await scoreAs(ws, first.id, seeded.assignmentOf(2, 1), { deductions: [{ itemId: 'S1.1', points: 2, reason: '立案审批表未签字' }] })
    await scoreAs(ws, second.id, seeded.assignmentOf(2, 2), { deductions: [{ itemId: 'S1.2', points: 1, reason: '立案超期' }], submit: false })
    await ws.signInAs(lead.id)
    await ws.call('adjudication.decide', { campaignId: seeded.campaignId, caseId: nth(seeded.cases, 1).id, items: [{ itemId: 'S3.2', choice: 'own', points: 4 }], vetoes: [], reason: '裁量阶次部分适用错误' })
  }, 60_000)
  afterAll(() => ws.close())

  const sheets = async () => (await ws.call('sheets.list', { campaignId: seeded.campaignId })).sheets

  it('names both reviewers and, where they agree, takes the mean of their totals', async () => {
    const agreed = nth(await sheets(), 0)
    expect(agreed.reviews.map((r) => [r.round, r.reviewerName, r.status, r.total, r.grade])).toEqual([
      [1, '张三', 'submitted', 98, 'excellent'],
      [2, '李四', 'submitted', 97, 'excellent'],
    ])
    expect(item(agreed, 'S2.1')).toMatchObject({
      outcomes: [
        { deducted: 2, notApplicable: false },
        { deducted: 3, notApplicable: false },
      ],
      ruled: null,
      deductions: [
        { review: 0, points: 2, reason: '笔录未签名', page: 4 },
        { review: 1, points: 3, reason: '笔录未签名且无日期', page: 4 },
      ],
    })
    expect(agreed.result).toEqual({ state: 'agreed', final: true, total: 97.5, grade: 'excellent', vetoed: false })
    expect(agreed.adjudication).toBeNull()
  })

  it('gives the lead’s ruling item by item, with who ruled, when and why', async () => {
    const decided = nth(await sheets(), 1)
    expect(decided.reviews.map((r) => r.total)).toEqual([92, 100])
    expect(item(decided, 'S3.2')).toMatchObject({
      outcomes: [
        { deducted: 8, notApplicable: false },
        { deducted: 0, notApplicable: false },
      ],
      ruled: { deducted: 4, notApplicable: false },
    })
    expect(item(decided, 'S2.1').ruled).toEqual({ deducted: 0, notApplicable: false })
    expect(decided.result).toEqual({ state: 'decided', final: true, total: 96, grade: 'excellent', vetoed: false })
    expect(decided.adjudication).toMatchObject({ decidedBy: '王敏', reason: '裁量阶次部分适用错误', total: 96, grade: 'excellent' })
    expect(decided.adjudication!.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('marks a case with a round still open as not final, and one nobody began as not started', async () => {
    const all = await sheets()
    const [pending, untouched] = [nth(all, 2), nth(all, 3)]
    expect(pending.result).toEqual({ state: 'pending', final: false, total: null, grade: null, vetoed: false })
    expect(pending.reviews.map((r) => [r.status, r.total])).toEqual([
      ['submitted', 98],
      ['in_progress', 99],
    ])
    expect(untouched.result.state).toBe('pending')
    expect(untouched.result.final).toBe(false)
    expect(untouched.reviews.map((r) => r.status)).toEqual(['not_started', 'not_started'])
  })

  it('keeps the review blind: a reviewer sees only their own round of a case still open', async () => {
    await ws.signInAs(seeded.reviewers.first.id)
    const all = await sheets()
    const [agreed, pending] = [nth(all, 0), nth(all, 2)]
    // Both rounds submitted: nothing is blind any more.
    expect(agreed.reviews.every((r) => !r.withheld)).toBe(true)
    expect(pending.reviews.map((r) => [r.reviewerName, r.withheld, r.total])).toEqual([
      ['张三', false, 98],
      ['李四', true, null],
    ])
    expect(item(pending, 'S1.1').deductions).toMatchObject([{ review: 0, reason: '立案审批表未签字' }])
    expect(item(pending, 'S1.2')).toMatchObject({ deductions: [], outcomes: [{ deducted: 0 }, { deducted: 0 }] })
    await ws.signInAs(seeded.reviewers.lead.id)
    expect(item(nth(await sheets(), 2), 'S1.2').deductions).toMatchObject([{ review: 1, reason: '立案超期' }])
  })
})
