import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth, take } from '../support/defined'

/** An evaluation not begun is 未评, not the rubric's empty 100 / 优秀; a grade only once submitted. */
let ws: TestWorkspace
let campaignId: number
let assignmentIds: [number, number, number, number]

beforeAll(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const cases = []
  for (let i = 1; i <= 4; i++) cases.push(await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: `青城管罚字〔2023〕第0100${i}号`, party: `当事人${i}` })))
  const seeded = await seedCampaign(ws, cases.map((c) => c.id))
  campaignId = seeded.campaignId
  assignmentIds = take(seeded.assignmentIds, 4)
})
afterAll(() => ws.close())

const rowOf = async (assignmentId: number) => (await ws.call('campaigns.get', { id: campaignId })).assignments.find((a) => a.assignmentId === assignmentId)!

describe('the score before, during and after scoring', () => {
  it('is not scored when opened, in the evaluation and in the lists', async () => {
    const opened = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(opened).toMatchObject({ status: 'in_progress', scored: false })
    expect(await rowOf(assignmentIds[0])).toMatchObject({ evaluationStatus: 'in_progress', total: null, grade: null })
    expect(await rowOf(assignmentIds[3])).toMatchObject({ evaluationStatus: 'not_started', total: null, grade: null })
    expect((await ws.call('campaigns.mine', {})).find((a) => a.assignmentId === assignmentIds[0])).toMatchObject({ total: null, grade: null })
  })

  it('is a running total without a grade once anything is recorded, and again 未评 when it is all taken back', async () => {
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const deducted = await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S2.1', points: 1, reason: '笔录未签名' })
    expect(deducted).toMatchObject({ scored: true, total: 99 })
    expect(await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).toEqual(deducted)
    expect(await rowOf(assignmentIds[0])).toMatchObject({ total: 99, grade: null })
    const removed = await ws.call('evaluations.removeDeduction', { evaluationId: e.id, deductionId: nth(deducted.deductions, 0).id })
    expect(removed).toMatchObject({ scored: false, total: 100 })
    expect(await rowOf(assignmentIds[0])).toMatchObject({ total: null, grade: null })
  })

  it('counts a note, a not-applicable mark, a veto and a decision on a finding as begun', async () => {
    const open = (i: number) => ws.call('evaluations.open', { assignmentId: nth(assignmentIds, i) })
    const noted = await ws.call('evaluations.setNote', { evaluationId: (await open(1)).id, itemId: 'S1.1', note: '审批表在第3页' })
    expect(noted.scored).toBe(true)
    const vetoed = await ws.call('evaluations.setVeto', { evaluationId: (await open(2)).id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
    expect(vetoed).toMatchObject({ scored: true, grade: 'fail' })
    expect(await rowOf(assignmentIds[2])).toMatchObject({ total: vetoed.total, grade: null })

    // A decision on a finding alone, as the override answers it and as a fresh read sees it.
    const e = await open(3)
    const findings = await ws.call('checks.forEvaluation', { evaluationId: e.id })
    const key = findings.find((f) => f.outcome !== 'ok')?.key ?? nth(findings, 0).key
    const overridden = await ws.call('checks.override', { evaluationId: e.id, key, reason: '卷内另有说明' })
    expect(overridden.evaluation.scored).toBe(true)
    expect(await open(3)).toEqual(overridden.evaluation)
  })

  it('has its grade once submitted, even with nothing deducted', async () => {
    await ws.call('evaluations.setNote', { evaluationId: (await ws.call('evaluations.open', { assignmentId: assignmentIds[1] })).id, itemId: 'S1.1', note: '' })
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[1] })
    const submitted = await ws.call('evaluations.submit', { evaluationId: e.id })
    expect(submitted).toMatchObject({ status: 'submitted', total: 100, grade: 'excellent' })
    expect(await rowOf(assignmentIds[1])).toMatchObject({ evaluationStatus: 'submitted', total: 100, grade: 'excellent' })
  })

  it('says 未评 in the exported workbook, a running total without grade, and the grade of a submitted one', async () => {
    const opened = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(opened.scored).toBe(false)
    const file = await ws.call('exports.campaignWorkbook', { campaignId })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.filePath)
    const sheet = wb.getWorksheet('评查结果')!
    const byCase = new Map<string, unknown[]>()
    sheet.eachRow((row, n) => n > 1 && byCase.set(String(row.getCell(2).value), [row.getCell(8).value, row.getCell(9).value, row.getCell(10).value]))
    expect(byCase.get('青城管罚字〔2023〕第01001号')).toEqual(['评查中', '未评', null])
    expect(byCase.get('青城管罚字〔2023〕第01002号')).toEqual(['已提交', 100, '优秀'])
    expect(byCase.get('青城管罚字〔2023〕第01003号')).toEqual(['评查中', 100, null])
  })
})
