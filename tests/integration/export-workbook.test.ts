import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { convertWithLibreOffice } from '../support/libreoffice'

let ws: TestWorkspace
let campaignId: number
let file: { fileName: string; filePath: string; byteSize: number }

beforeAll(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const a = await ws.call('cases.create', caseInput(squadIds[0]))
  const b = await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第01002号', party: '钱某' }))
  const seeded = await seedCampaign(ws, [a.id, b.id])
  campaignId = seeded.campaignId
  const e1 = await ws.call('evaluations.open', { assignmentId: seeded.assignmentIds[0] })
  await ws.call('evaluations.addDeduction', { evaluationId: e1.id, itemId: 'S5.2', points: 4, reason: '无送达回证', page: 31 })
  await ws.call('evaluations.addDeduction', { evaluationId: e1.id, itemId: 'S1.2', points: 1, reason: '超期立案' })
  await ws.call('evaluations.submit', { evaluationId: e1.id })
  const e2 = await ws.call('evaluations.open', { assignmentId: seeded.assignmentIds[1] })
  await ws.call('evaluations.setVeto', { evaluationId: e2.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  file = await ws.call('exports.campaignWorkbook', { campaignId })
}, 120_000)
afterAll(() => ws.close())

describe('campaign workbook', () => {
  it('is named after the campaign and lands in the exports folder', () => {
    expect(file.fileName).toMatch(/^2023年3月案卷月度抽查-评查结果-\d{8}-\d{6}\.xlsx$/)
    expect(file.byteSize).toBeGreaterThan(1000)
  })

  it('holds each case with its score, grade, vetoes and deductions (read back by exceljs)', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file.filePath)
    expect(wb.worksheets.map((s) => s.name)).toEqual(['评查结果', '扣分明细', '中队汇总'])
    const results = wb.getWorksheet('评查结果')!
    expect(results.getRow(1).values).toContain('得分')
    const row2 = results.getRow(2)
    expect(row2.getCell(2).value).toBe('青城管罚字〔2023〕第01001号')
    expect(row2.getCell(8).value).toBe('已提交')
    expect(row2.getCell(9).value).toBe(95)
    expect(row2.getCell(10).value).toBe('优秀')
    expect(row2.getCell(12).value).toBe(5)
    // Still being scored: the running total, and no grade before it is submitted.
    const row3 = results.getRow(3)
    expect(row3.getCell(8).value).toBe('评查中')
    expect(row3.getCell(10).value).toBeNull()
    expect(row3.getCell(11).value).toBe('V6 超出法定处罚种类、幅度')
    // Single review: the campaign's score is the submitted one; no double-review state.
    expect([14, 15, 16].map((c) => row2.getCell(c).value)).toEqual([95, '优秀', null])
    expect([14, 15, 16].map((c) => row3.getCell(c).value)).toEqual([null, null, null])

    const deductions = wb.getWorksheet('扣分明细')!
    const rows = deductions.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toEqual(expect.arrayContaining(['青城管罚字〔2023〕第01001号', 4, '无送达回证', '第31页', '送达不规范']))

    const squads = wb.getWorksheet('中队汇总')!
    expect(squads.getRow(2).values).toEqual([undefined, '夏阳街道中队', 1, 1, 95, 1, 0, 0, 0])
  })

  it('opens in LibreOffice as a real client would, Chinese text intact', async () => {
    const csv = (await convertWithLibreOffice(file.filePath, 'csv:Text - txt - csv (StarCalc):44,34,76')).toString('utf8')
    expect(csv).toContain('青城管罚字〔2023〕第01001号')
    expect(csv).toContain('上海某某渣土运输有限公司')
    expect(csv).toMatch(/优秀/)
    expect(csv).toContain('V6 超出法定处罚种类、幅度')
  })
})
