import { execFile } from 'node:child_process'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { convertWithLibreOffice } from '../support/libreoffice'
import type { SystemPorts } from '../../electron/backend/services/context'
import { nth } from '../support/defined'

let ws: TestWorkspace
let file: { fileName: string; filePath: string; byteSize: number }
let wb: ExcelJS.Workbook
let campaignId: number
const NOW = new Date(2023, 3, 5, 9, 30)

/** A sheet's rows below its header as plain arrays, empty cells null (exceljs rows are 1-based and sparse). */
function rowsOf(name: string, from = 2) {
  return wb
    .getWorksheet(name)!
    .getSheetValues()
    .slice(from)
    .map((r) => Array.from((r as unknown[] | undefined)?.slice(1) ?? [], (v) => v ?? null))
}

/*
 * Five cases, one reviewer assigned (王敏):
 *   a 夏阳 (张伟, 李娜)  submitted, S5.2 −4 (p. 31), S1.2 −1 → 95 优秀; notes on S5.2 and S2.1
 *   b 朱家角 (王磊)      in review, veto V6: left out
 *   c 夏阳 (张伟)        submitted, S3.2 −8 made by 李科长, S2.1 −5 → 87 良好
 *   d 朱家角             not started: left out
 *   e 朱家角 (王磊)      submitted, S2.3 −5, S3.2 −8, S5.2 −4 and veto V6 → 83 不合格
 */
beforeAll(async () => {
  ws = await openTestWorkspace({ now: () => NOW })
  const { squadIds, officerIds } = await seedRegistry(ws)
  const create = (squad: number, n: number, officers: number[]) =>
    ws.call('cases.create', caseInput(nth(squadIds, squad), { caseNumber: `青城管罚字〔2023〕第0100${n}号`, party: `当事人${n}`, officerIds: officers }))
  const a = await ws.call('cases.create', caseInput(squadIds[0], { officerIds: [officerIds[0], officerIds[1]] }))
  const b = await create(1, 2, [officerIds[2]])
  const c = await create(0, 3, [officerIds[0]])
  const d = await create(1, 4, [])
  const e = await create(1, 5, [officerIds[2]])
  const seeded = await seedCampaign(ws, [a.id, b.id, c.id, d.id, e.id])
  const db = ws.app.ctx.db
  const open = (i: number) => ws.call('evaluations.open', { assignmentId: nth(seeded.assignmentIds, i) })
  const ea = await open(0)
  const eb = await open(1)
  const ec = await open(2)
  const ee = await open(4)
  const deduct = (evaluationId: number, itemId: string, points: number, reason = '', page: number | null = null) =>
    ws.call('evaluations.addDeduction', { evaluationId, itemId, points, reason, page })
  await deduct(ea.id, 'S5.2', 4, '无送达回证', 31)
  await deduct(ea.id, 'S1.2', 1, '超期立案')
  await ws.call('evaluations.setNote', { evaluationId: ea.id, itemId: 'S5.2', note: '已电话核实' })
  await ws.call('evaluations.setNote', { evaluationId: ea.id, itemId: 'S2.1', note: '询问笔录未签名，未扣分' })
  await ws.call('evaluations.submit', { evaluationId: ea.id })
  await ws.call('evaluations.setVeto', { evaluationId: eb.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  // A lead signs in and makes one of c's deductions: the workbook credits the lead, not the assignee.
  const lead = await db.insertInto('reviewers').values({ name: '李科长', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
  const assignee = await db.selectFrom('reviewers').select('id').where('name', '=', '王敏').executeTakeFirstOrThrow()
  await ws.signInAs(lead.id)
  await deduct(ec.id, 'S3.2', 8, '未说明从重理由', 12)
  await ws.signInAs(assignee.id)
  await deduct(ec.id, 'S2.1', 5, '笔录无执法人员签名', 8)
  await ws.call('evaluations.submit', { evaluationId: ec.id })
  await deduct(ee.id, 'S2.3', 5, '无执法记录仪视频')
  await deduct(ee.id, 'S3.2', 8, '裁量档次适用错误')
  await deduct(ee.id, 'S5.2', 4, '送达回证无签收日期', 40)
  await ws.call('evaluations.setVeto', { evaluationId: ee.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  await ws.call('evaluations.submit', { evaluationId: ee.id })
  campaignId = seeded.campaignId
  file = await ws.call('exports.campaignWorkbook', { campaignId })
  wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file.filePath)
}, 120_000)
afterAll(() => ws.close())

describe('campaign workbook', () => {
  it('is named after the campaign and lands in the exports folder', () => {
    expect(file.fileName).toBe('2023年3月案卷月度抽查-评查结果-20230405-093000.xlsx')
    expect(file.byteSize).toBeGreaterThan(1000)
  })

  it('is handed to the user through the caller’s ports once written (shown in its folder, or downloaded)', async () => {
    const delivered: { fileName: string; byteSize: number; written: number }[] = []
    const ports: SystemPorts = { deliverExport: async (f) => void delivered.push({ fileName: f.fileName, byteSize: f.byteSize, written: (await stat(f.filePath)).size }) }
    const r = await ws.dispatch('exports.campaignWorkbook', { campaignId }, ports)
    if (!r.ok) throw new Error(r.error.message)
    // Each export is written anew (its zip need not match the first one's bytes): what was delivered is this one, whole.
    const { fileName, byteSize } = r.value as { fileName: string; byteSize: number }
    expect(fileName).toBe(file.fileName)
    expect(delivered).toEqual([{ fileName, byteSize, written: byteSize }])
  })

  it('puts the summary first, then per case, deduction, squad, officer and problem category', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '评查结果', '扣分明细', '中队汇总', '执法人员', '问题类别'])
  })

  it('sums up the campaign on the 汇总 sheet, counting only completed cases (figures by hand)', () => {
    const rows = rowsOf('汇总', 1)
    expect(rows[0]?.[0]).toBe('2023年3月案卷月度抽查评查结果汇总')
    expect(rows[1]?.[0]).toBe('印发单位：执法监督科　　评查期间：2023-03-01 至 2023-03-31　　导出日期：2023-04-05')
    expect(rows[3]).toEqual(['总体情况', '评查案卷数', '完成评查', '未完成', '平均分', '优良率', '合格率', '否决案卷'])
    // a 95, c 87, e 83 (vetoed: 不合格); b (in review) and d (not started) are left out.
    const [cases, counted, open, average, goodRate, passRate, vetoed] = nth(rows, 4).slice(1) as number[]
    expect([cases, counted, open, average, vetoed]).toEqual([5, 3, 2, 88.33, 1])
    expect(goodRate).toBeCloseTo(2 / 3, 10)
    expect(passRate).toBeCloseTo(2 / 3, 10)
    expect(rows[6]?.[0]).toBe('中队排名（按平均分）')
    expect(rows[7]).toEqual(['排名', '中队', '评查案卷数', '完成评查', '平均分', '优秀', '良好', '合格', '不合格', '合格率', '否决'])
    expect(rows[8]).toEqual([1, '夏阳街道中队', 2, 2, 91, 1, 1, 0, 0, 1, 0])
    expect(rows[9]).toEqual([2, '朱家角镇中队', 3, 1, 83, 0, 0, 0, 1, 0, 1])
    expect(rows[10]?.slice(2)).toEqual([5, 3, 88.33, 1, 1, 0, 1, rows[4]?.[6], 1])
    expect(rows[10]?.[0]).toBe('合计')
    expect(String(rows[11]?.[0])).toContain('未完成的 2 件未计入')
  })

  it('agrees with 统计与讲评 on the same campaign', async () => {
    const report = await ws.call('statistics.report', { kind: 'campaign', campaignId })
    const summary = rowsOf('汇总', 1)
    const { headline: h } = report
    expect(summary[4]?.slice(1)).toEqual([h.sampled, h.evaluated, h.sampled - h.evaluated, h.average, h.excellentGoodRate, h.passRate, h.vetoed])
    expect(summary.slice(8, 10).map((r) => [r[0], r[1], r[4], r[9], r[10]])).toEqual(report.squads.map((s) => [s.rank, s.squadName, s.average, s.passRate, s.vetoed]))
    const categories = rowsOf('问题类别').filter((r) => r[2] !== 0)
    expect(categories.map((r) => [r[1], r[2], r[5]])).toEqual(report.categories.map((c) => [c.category, c.cases, c.pointsLost]))
  })

  it('marks open evaluations in the per-case sheet and shows unstarted ones as 未评', () => {
    const rows = rowsOf('评查结果')
    expect(rows.map((r) => [r[1], r[3], r[7], r[8], r[9], r[10]])).toEqual([
      ['青城管罚字〔2023〕第01001号', '夏阳街道中队', '已提交', 95, '优秀', null],
      ['青城管罚字〔2023〕第01002号', '朱家角镇中队', '评查中', 100, null, 'V6 超出法定处罚种类、幅度'],
      ['青城管罚字〔2023〕第01003号', '夏阳街道中队', '已提交', 87, '良好', null],
      ['青城管罚字〔2023〕第01004号', '朱家角镇中队', '未开始', '未评', null, null],
      ['青城管罚字〔2023〕第01005号', '朱家角镇中队', '已提交', 83, '不合格', 'V6 超出法定处罚种类、幅度'],
    ])
    // The campaign's score: submitted only.
    expect(rows.map((r) => r[13] ?? null)).toEqual([95, null, 87, null, 83])
    expect(rows[0]?.[11]).toBe(5)
    expect(rows[0]?.[12]).toBe('S1.2 −1：超期立案；S5.2 −4：无送达回证')
  })

  it('lists every deduction, veto and note with its page, reason and the person who made it', () => {
    const rows = rowsOf('扣分明细')
    const c = rows.filter((r) => r[0] === '青城管罚字〔2023〕第01003号')
    // Assigned to 王敏, but 李科长 made the S3.2 deduction.
    expect(c.map((r) => [r[2], r[4], String(r[6]).slice(0, 4), r[7], r[8], r[9], r[10], r[12]])).toEqual([
      ['王敏', '扣分', 'S2.1', '笔录不规范', 5, '笔录无执法人员签名', 8, '王敏'],
      ['王敏', '扣分', 'S3.2', '裁量不当/未说理', 8, '未说明从重理由', 12, '李科长'],
    ])
    expect(c[1]?.[13]).toBe('2023-04-05 09:30')
    const a = rows.filter((r) => r[0] === '青城管罚字〔2023〕第01001号')
    expect(a.map((r) => [r[4], String(r[6]).slice(0, 4), r[9], r[10], r[11]])).toEqual([
      ['扣分', 'S1.2', '超期立案', null, null],
      ['扣分', 'S5.2', '无送达回证', 31, '已电话核实'],
      ['备注', 'S2.1', null, null, '询问笔录未签名，未扣分'],
    ])
    const vetoes = rows.filter((r) => r[4] === '否决项')
    expect(vetoes.map((r) => [r[0], r[3], r[6], r[9], r[12]])).toEqual([
      ['青城管罚字〔2023〕第01002号', '评查中', 'V6 超出法定处罚种类、幅度', '罚款超出法定幅度', '王敏'],
      ['青城管罚字〔2023〕第01005号', '已提交', 'V6 超出法定处罚种类、幅度', '罚款超出法定幅度', '王敏'],
    ])
  })

  it('tallies squads in the bureau\'s order, ranks officers by average and counts problems by category, completed cases only', () => {
    expect(rowsOf('中队汇总')).toEqual([
      ['夏阳街道中队', 2, 2, 91, 1, 1, 0, 0],
      ['朱家角镇中队', 3, 1, 83, 0, 0, 0, 1],
    ])
    expect(rowsOf('执法人员').map((r) => [r[0], r[2], r[3], r[4], r[5], r[9], r[10], r[11], r[12]])).toEqual([
      ['李娜', '夏阳街道中队', 1, 1, 95, 0, 0, 2, 5],
      ['张伟', '夏阳街道中队', 2, 2, 91, 0, 0, 4, 18],
      ['王磊', '朱家角镇中队', 2, 1, 83, 1, 1, 3, 17],
    ])
    const categories = rowsOf('问题类别')
    expect(categories.slice(0, 5).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]])).toEqual([
      [1, '裁量不当/未说理', 2, 2, 16, '夏阳街道中队（1）、朱家角镇中队（1）'],
      [2, '送达不规范', 2, 2, 8, '夏阳街道中队（1）、朱家角镇中队（1）'],
      [3, '笔录不规范', 1, 1, 5, '夏阳街道中队（1）'],
      [4, '全过程记录缺失', 1, 1, 5, '朱家角镇中队（1）'],
      [5, '超期立案', 1, 1, 1, '夏阳街道中队（1）'],
    ])
    expect(categories[0]?.[3]).toBeCloseTo(2 / 3, 10)
    // Every category of the rubric is listed; those without problems are not ranked.
    expect(categories).toHaveLength(16)
    expect(categories[5]?.slice(0, 3)).toEqual([null, '立案不规范', 0])
  })

  it('sets every sheet up for A4 landscape, one page wide, header rows repeated, page numbers', () => {
    for (const sheet of wb.worksheets) {
      const p = sheet.pageSetup
      expect({ name: sheet.name, paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight }).toEqual({
        name: sheet.name,
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      })
      expect(p.printTitlesRow).toBe(sheet.name === '汇总' ? '1:2' : '1:1')
      expect(sheet.headerFooter.oddFooter).toContain('&P')
    }
    expect(wb.getWorksheet('扣分明细')!.getRow(2).getCell(10).alignment?.wrapText).toBe(true)
  })

  it('opens in LibreOffice as a real client would, Chinese text intact', async () => {
    const csv = (await convertWithLibreOffice(file.filePath, 'csv:Text - txt - csv (StarCalc):44,34,76')).toString('utf8')
    expect(csv).toContain('2023年3月案卷月度抽查评查结果汇总')
    expect(csv).toContain('夏阳街道中队')
    expect(csv).toContain('88.33')
  })

  it('prints on few A4 landscape pages in LibreOffice, the summary on one page', async () => {
    const pdf = await convertWithLibreOffice(file.filePath, 'pdf')
    const doc = await PDFDocument.load(pdf)
    const sizes = doc.getPages().map((p) => p.getSize())
    // One page per sheet: nothing cut into vertical strips.
    expect(sizes).toHaveLength(wb.worksheets.length)
    for (const { width, height } of sizes) {
      expect(Math.abs(width - 841.9)).toBeLessThan(2)
      expect(Math.abs(height - 595.3)).toBeLessThan(2)
    }
    // Pages as pictures to look at: test-artifacts/export-workbook/page-N.png.
    const dir = join(process.cwd(), 'test-artifacts', 'export-workbook')
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'workbook.pdf'), pdf)
    await promisify(execFile)('pdftoppm', ['-r', '60', '-png', join(dir, 'workbook.pdf'), join(dir, 'page')])
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(sizes.length)
  }, 120_000)
})
