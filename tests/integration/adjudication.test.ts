import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { scoreAs, seedDoubleReviewCampaign } from '../support/double-review'
import { nth, only } from '../support/defined'

let ws: TestWorkspace
let seed: Awaited<ReturnType<typeof seedDoubleReviewCampaign>>
const asLead = () => ws.signInAs(seed.reviewers.lead.id)
const asFirst = () => ws.signInAs(seed.reviewers.first.id)
const adjudicationAudit = () =>
  ws.app.ctx.db.selectFrom('auditLog').select(['actor', 'action', 'entityId', 'before', 'after']).where('entity', '=', 'adjudication').orderBy('id').execute()

beforeAll(async () => {
  ws = await openTestWorkspace()
  seed = await seedDoubleReviewCampaign(ws)
  const { first, second } = seed.reviewers
  const A = (i: number) => seed.assignmentOf(i, 1)
  const B = (i: number) => seed.assignmentOf(i, 2)
  // Case 1: 90 against 96, six points apart (beyond the five allowed), on S2.1 and S3.2.
  await scoreAs(ws, first.id, A(0), { deductions: [{ itemId: 'S3.2', points: 8, reason: '罚款超出裁量档次', page: 12 }, { itemId: 'S2.1', points: 2, reason: '笔录未签名', page: 5 }] })
  // Case 2: 99 against 98, within the tolerance and both 优秀.
  await scoreAs(ws, first.id, A(1), { deductions: [{ itemId: 'S1.2', points: 1 }] })
  await scoreAs(ws, second.id, B(1), { deductions: [{ itemId: 'S1.2', points: 1 }, { itemId: 'S2.1', points: 1 }] })
  // Case 3: both 100, but one found a veto.
  await scoreAs(ws, first.id, A(2), { vetoes: ['V6'] })
  await scoreAs(ws, second.id, B(2), {})
  // Case 4: round 1 submitted, round 2 still scoring.
  await scoreAs(ws, first.id, A(3), { deductions: [{ itemId: 'S7.1', points: 1 }] })
  await scoreAs(ws, second.id, B(3), { deductions: [{ itemId: 'S3.2', points: 5 }], submit: false })
  // Case 1's round 2 is scored but not yet submitted: the blindness tests look at it first.
  await scoreAs(ws, second.id, B(0), { deductions: [{ itemId: 'S3.2', points: 4, reason: '裁量偏重' }], submit: false })
}, 120_000)
afterAll(() => ws.close())

describe('blind double review', () => {
  it("hides the other reviewer's score from a reviewer until both have submitted, in forCase and get", async () => {
    await asFirst()
    const rows = await ws.call('campaigns.forCase', { caseId: seed.cases[0].id })
    const own = rows.find((r) => r.reviewerName === '张三')!
    const other = rows.find((r) => r.reviewerName === '李四')!
    expect([own.total, own.grade]).toEqual([90, 'excellent'])
    expect([other.total, other.grade]).toEqual([null, null])
    expect(other.evaluationStatus).toBe('in_progress')
    const campaign = await ws.call('campaigns.get', { id: seed.campaignId })
    const hidden = campaign.assignments.filter((a) => a.total === null).map((a) => [a.case.caseNumber, a.reviewerName])
    // Case 2 and 3 are submitted by both: open to all. Cases 1 and 4 hide 李四's running score.
    expect(hidden).toEqual([
      ['青城管罚字〔2023〕第02001号', '李四'],
      ['青城管罚字〔2023〕第02004号', '李四'],
    ])
  })

  it("refuses a reviewer the other reviewer's evaluation, blind or not, but not their own", async () => {
    await asFirst()
    expect((await ws.fail('evaluations.open', { assignmentId: seed.assignmentOf(0, 2) })).code).toBe('not_your_evaluation')
    expect((await ws.call('evaluations.open', { assignmentId: seed.assignmentOf(0, 1) })).total).toBe(90)
    // Even once both have submitted (case 2): the lead compares them, in the adjudication.
    expect((await ws.fail('evaluations.open', { assignmentId: seed.assignmentOf(1, 2) })).code).toBe('not_your_evaluation')
  })

  it('shows the lead every score', async () => {
    await asLead()
    const rows = await ws.call('campaigns.forCase', { caseId: seed.cases[0].id })
    expect(rows.map((r) => r.total).sort()).toEqual([90, 96])
  })
})

describe('adjudication', () => {
  beforeAll(async () => {
    const e = await scoreAs(ws, seed.reviewers.second.id, seed.assignmentOf(0, 2), { submit: true })
    expect(e.total).toBe(96)
    await asLead()
  })

  it('lists the disagreements once both have submitted, with why, for the lead only', async () => {
    await asFirst()
    expect((await ws.fail('adjudication.list', { campaignId: seed.campaignId })).code).toBe('lead_only')
    expect((await ws.fail('adjudication.get', { campaignId: seed.campaignId, caseId: seed.cases[0].id })).code).toBe('lead_only')
    await asLead()
    const rows = await ws.call('adjudication.list', { campaignId: seed.campaignId })
    expect(rows.map((r) => [r.caseNumber, r.state, r.reasons, r.reviews.map((v) => v.total)])).toEqual([
      ['青城管罚字〔2023〕第02001号', 'waiting', ['total'], [90, 96]],
      ['青城管罚字〔2023〕第02003号', 'waiting', ['grade', 'veto'], [100, 100]],
    ])
  })

  it('shows one case side by side, item by item', async () => {
    const view = await ws.call('adjudication.get', { campaignId: seed.campaignId, caseId: seed.cases[0].id })
    expect(view.differingItems).toEqual(['S2.1', 'S3.2'])
    expect(view.differingVetoes).toEqual([])
    expect(view.reviews.map((r) => r.reviewerName)).toEqual(['张三', '李四'])
    expect(view.reviews[0].deductions).toEqual(
      expect.arrayContaining([expect.objectContaining({ itemId: 'S3.2', points: 8, reason: '罚款超出裁量档次', page: 12 })]),
    )
    expect(view.decision).toBeNull()
    // An agreeing case can be looked at but has nothing to rule on; a case not yet submitted twice cannot.
    expect((await ws.call('adjudication.get', { campaignId: seed.campaignId, caseId: seed.cases[1].id })).reasons).toEqual([])
    const agreeing = { campaignId: seed.campaignId, caseId: seed.cases[1].id, items: [{ itemId: 'S2.1', choice: 'a' as const }], vetoes: [], reason: '无' }
    expect((await ws.fail('adjudication.decide', agreeing)).code).toBe('adjudication_not_ready')
    expect((await ws.fail('adjudication.get', { campaignId: seed.campaignId, caseId: seed.cases[3].id })).code).toBe('adjudication_not_ready')
  })

  it('refuses a non-lead and an incomplete ruling, leaving nothing behind', async () => {
    const ruling = { campaignId: seed.campaignId, caseId: seed.cases[0].id, items: [{ itemId: 'S3.2', choice: 'own' as const, points: 6 }, { itemId: 'S2.1', choice: 'b' as const }], vetoes: [], reason: '裁量档次按一般情形' }
    await asFirst()
    expect((await ws.fail('adjudication.decide', ruling)).code).toBe('lead_only')
    await asLead()
    const incomplete = await ws.fail('adjudication.decide', { ...ruling, items: ruling.items.slice(0, 1) })
    expect(incomplete.code).toBe('adjudication_incomplete')
    expect(incomplete.message).toContain('S2.1')
    expect((await ws.fail('adjudication.decide', { ...ruling, reason: '  ' })).code).toBe('invalid_input')
    expect((await ws.fail('adjudication.decide', { ...ruling, items: [...ruling.items, { itemId: 'S1.1', choice: 'a' }] })).code).toBe('invalid_input')
    expect((await ws.fail('adjudication.decide', { ...ruling, items: [{ itemId: 'S3.2', choice: 'own', points: 9 }, ruling.items[1]] })).code).toBe('deduction_exceeds_max')
    expect(await ws.app.ctx.db.selectFrom('adjudications').selectAll().execute()).toEqual([])
    expect(await adjudicationAudit()).toEqual([])
  })

  it('records the ruling scored with the rubric, audited, and lets the lead revise it', async () => {
    const ruling = { campaignId: seed.campaignId, caseId: seed.cases[0].id, items: [{ itemId: 'S3.2', choice: 'own' as const, points: 6 }, { itemId: 'S2.1', choice: 'b' as const }], vetoes: [], reason: '裁量档次按一般情形' }
    const decided = await ws.call('adjudication.decide', ruling)
    expect(decided.decision).toMatchObject({ total: 94, grade: 'excellent', reason: '裁量档次按一般情形', decidedBy: '王敏' })
    const revised = await ws.call('adjudication.decide', { ...ruling, items: [{ itemId: 'S3.2', choice: 'a' }, { itemId: 'S2.1', choice: 'a' }], reason: '复议后从严' })
    expect(revised.decision).toMatchObject({ total: 90, grade: 'excellent', items: [{ itemId: 'S3.2', choice: 'a' }, { itemId: 'S2.1', choice: 'a' }] })
    const audit = await adjudicationAudit()
    expect(audit.map((a) => [a.actor, a.action, a.entityId])).toEqual([
      ['王敏', 'adjudication.decide', `${seed.campaignId}:${seed.cases[0].id}`],
      ['王敏', 'adjudication.revise', `${seed.campaignId}:${seed.cases[0].id}`],
    ])
    expect(JSON.parse(nth(audit, 0).after!)).toMatchObject({ total: 94, reason: '裁量档次按一般情形', items: [{ itemId: 'S3.2', choice: 'own', points: 6, a: { deducted: 8 }, b: { deducted: 4 } }, { itemId: 'S2.1', choice: 'b' }] })
    expect(JSON.parse(nth(audit, 1).before!)).toMatchObject({ total: 94, reason: '裁量档次按一般情形' })
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
    const rows = await ws.call('adjudication.list', { campaignId: seed.campaignId })
    expect(rows[0]).toMatchObject({ state: 'decided', total: 90, grade: 'excellent', decidedBy: '王敏' })
  })

  it('rules on a one-sided veto', async () => {
    const view = await ws.call('adjudication.decide', { campaignId: seed.campaignId, caseId: seed.cases[2].id, items: [], vetoes: [{ vetoId: 'V6', choice: 'a' }], reason: '罚款确超法定幅度' })
    expect(view.decision).toMatchObject({ total: 100, grade: 'fail', vetoes: [{ vetoId: 'V6', choice: 'a' }] })
  })

  it('keeps a stored ruling that does not parse from being read as if it were one', async () => {
    const db = ws.app.ctx.db
    const { items } = await db.selectFrom('adjudications').select('items').where('caseId', '=', seed.cases[2].id).executeTakeFirstOrThrow()
    await db.updateTable('adjudications').set({ items: '[{"kind":"item","itemId":"S1.1","choice":"maybe"}]' }).where('caseId', '=', seed.cases[2].id).execute()
    expect((await ws.fail('adjudication.get', { campaignId: seed.campaignId, caseId: seed.cases[2].id })).code).toBe('internal')
    await db.updateTable('adjudications').set({ items }).where('caseId', '=', seed.cases[2].id).execute()
  })

  it('reports agreement per reviewer pair and per item', async () => {
    const view = await ws.call('adjudication.agreement', { campaignId: seed.campaignId })
    const pair = only(view.pairs)
    // Three cases both submitted: |90 − 96|, |99 − 98|, |100 − 100| → 7 / 3.
    expect(pair).toMatchObject({ reviewerNames: ['张三', '李四'], cases: 3, n: 87, meanAbsTotalDifference: 2.3 })
    // 29 items × 3 cases: both deducted 2 (S3.2, S1.2), one side only 2 (S2.1 twice), neither 83.
    const po = 85 / 87
    const pe = (3 * 3 + 84 * 84) / (87 * 87)
    expect(pair.agreement).toBeCloseTo(po, 10)
    expect(pair.kappa).toBeCloseTo((po - pe) / (1 - pe), 10)
    const s21 = view.items.find((i) => i.itemId === 'S2.1')!
    expect(s21).toMatchObject({ cases: 3, meanAbsPointsDifference: 1 })
    expect(s21.kappa).toBeCloseTo(-0.5, 10)
    const s11 = view.items.find((i) => i.itemId === 'S1.1')!
    expect(s11).toMatchObject({ agreement: 1, kappa: null })
  })

  it("reports the adjudicated, agreed or awaited score as the campaign's in the workbook", async () => {
    const file = await ws.call('exports.campaignWorkbook', { campaignId: seed.campaignId })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.filePath)
    const results = wb.getWorksheet('评查结果')!
    const header = results.getRow(1).values as unknown[]
    expect(header.slice(14)).toEqual(['活动得分', '活动等级', '双人评查'])
    const rows = (results.getSheetValues().slice(2) as unknown[][]).map((r) => ({ caseNumber: r[2], reviewer: r[7], own: r[9], campaign: r.slice(14, 17) }))
    const of = (n: string, reviewer: string) => rows.find((r) => r.caseNumber === `青城管罚字〔2023〕${n}` && r.reviewer === reviewer)!
    expect(of('第02001号', '张三')).toMatchObject({ own: 90, campaign: [90, '优秀', '组长裁定'] })
    expect(of('第02001号', '李四')).toMatchObject({ own: 96, campaign: [90, '优秀', '组长裁定'] })
    expect(of('第02002号', '李四').campaign).toEqual([98.5, '优秀', '一致（取两人平均分）'])
    expect(of('第02003号', '张三').campaign).toEqual([100, '不合格', '组长裁定'])
    expect(of('第02004号', '张三').campaign).toEqual([undefined, undefined, '评查中'])
    // Each case counts once in the squad summary, with its campaign score.
    const squads = wb.getWorksheet('中队汇总')!
    expect(squads.getRow(2).values).toEqual([undefined, '夏阳街道中队', 2, 2, 95, 1, 0, 0, 1])
    expect(squads.getRow(3).values).toEqual([undefined, '朱家角镇中队', 2, 1, 98.5, 1, 0, 0, 0])
  })

  it('shows 待裁定 for a disagreement not yet ruled on', async () => {
    // Reopen and rescore case 2 so the two drift apart.
    const b = await ws.call('evaluations.open', { assignmentId: seed.assignmentOf(1, 2) })
    await ws.call('evaluations.reopen', { evaluationId: b.id, reason: '复核' })
    await ws.call('evaluations.addDeduction', { evaluationId: b.id, itemId: 'S3.2', points: 8 })
    await ws.call('evaluations.submit', { evaluationId: b.id })
    const file = await ws.call('exports.campaignWorkbook', { campaignId: seed.campaignId })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.filePath)
    const row = (wb.getWorksheet('评查结果')!.getSheetValues().slice(2) as unknown[][]).find((r) => r[2] === '青城管罚字〔2023〕第02002号')!
    expect(row.slice(14, 17)).toEqual(['待裁定', undefined, '待裁定'])
  })

  it('freezes rulings once the campaign is closed', async () => {
    await ws.app.ctx.db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', seed.campaignId).execute()
    const before = await adjudicationAudit()
    const error = await ws.fail('adjudication.decide', { campaignId: seed.campaignId, caseId: seed.cases[2].id, items: [], vetoes: [{ vetoId: 'V6', choice: 'b' }], reason: '改判' })
    expect(error.code).toBe('campaign_closed')
    expect(await adjudicationAudit()).toEqual(before)
  })
})
