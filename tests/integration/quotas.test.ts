import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { PDFDocument } from 'pdf-lib'
import { convertWithLibreOffice } from '../support/libreoffice'
import { ARTIFACTS_DIR } from '../support/paths'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { QuotaFigure } from '../../shared/contract/quotas'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { scoreAs } from '../support/double-review'
import { nth } from '../support/defined'

let ws: TestWorkspace
let squadIds: [number, number]
let officerIds: [number, number, number]
beforeEach(async () => {
  ws = await openTestWorkspace({ now: () => new Date('2023-12-20T09:00:00+08:00') })
  ;({ squadIds, officerIds } = await seedRegistry(ws))
})
afterEach(() => ws.close())

const figure = (figures: QuotaFigure[], key: QuotaFigure['key']) => figures.find((f) => f.key === key)!

/** A submitted review of an A/V record or a complaint, as a campaign on them leaves it (ADR 0013). */
async function reviewedObject(campaignId: number, reviewerId: number, object: { avRecordId: number } | { complaintId: number }) {
  const db = ws.app.ctx.db
  const now = new Date().toISOString()
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  const a = await db.insertInto('assignments').values({ campaignId, caseId: null, ...object, reviewerId }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('evaluations').values({ assignmentId: a.id, rubricId: rubric.id, status: 'submitted', total: 100, grade: 'excellent', startedAt: now, updatedAt: now, submittedAt: now }).execute()
}

describe('the quota dashboard (年度执法监督工作台账)', () => {
  it('counts each of the plan’s figures for the year, per squad and in total', async () => {
    // Squad A closed 12 cases in 2023, squad B 5; two of A's are reviewed, one of them a major decision.
    const caseIds: number[] = []
    for (let i = 0; i < 17; i++) {
      const squadId = i < 12 ? squadIds[0] : squadIds[1]
      const c = await ws.call('cases.create', caseInput(squadId, { caseNumber: `青城管罚字〔2023〕第${String(2000 + i)}号`, isMajor: i < 2, closedOn: '2023-06-30' }))
      caseIds.push(c.id)
    }
    await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: '青城管罚字〔2022〕第0001号', decidedOn: '2022-11-01', closedOn: '2022-12-30' }))
    const { campaignId, assignmentIds } = await seedCampaign(ws, [nth(caseIds, 0), nth(caseIds, 5)])
    const lead = await ws.app.ctx.db.selectFrom('reviewers').select('id').where('name', '=', '王敏').executeTakeFirstOrThrow()
    for (const a of assignmentIds) await scoreAs(ws, lead.id, a, {})
    await ws.app.ctx.db.updateTable('campaigns').set({ status: 'in_progress', startsOn: '2023-03-01' }).where('id', '=', campaignId).execute()

    // A/V: two records of squad A, one reviewed (张伟 on it); complaints: three on one address, one reviewed.
    const av1 = await ws.call('avRecords.create', { recordNumber: 'DSJ-1', recordedOn: '2023-05-01', squadId: squadIds[0], officerIds: [officerIds[0]] })
    await ws.call('avRecords.create', { recordNumber: 'DSJ-2', recordedOn: '2023-05-02', squadId: squadIds[0], officerIds: [officerIds[1]] })
    await reviewedObject(campaignId, lead.id, { avRecordId: av1.id })
    const complaints = []
    for (const [i, receivedOn] of ['2023-02-01', '2023-03-01', '2023-04-01'].entries()) {
      complaints.push(await ws.call('complaints.create', { ticketNumber: `GD-${i}`, receivedOn, subject: '噪声扰民', address: '华腾路8号', squadId: squadIds[1] }))
    }
    await reviewedObject(campaignId, lead.id, { complaintId: nth(complaints, 0).id })

    const d = await ws.call('quotas.dashboard', { year: 2023 })
    expect(d).toMatchObject({ from: '2023-01-01', to: '2023-12-31' })
    expect(figure(d.total, 'caseFiles')).toEqual({ key: 'caseFiles', value: 2, base: 17, target: 2, met: true, missing: 0 })
    expect(figure(d.total, 'legalReviews')).toMatchObject({ value: 1, base: 2, target: 1, met: true })
    expect(figure(d.total, 'avRecords')).toMatchObject({ value: 1, base: null, target: 100, missing: 99 })
    expect(figure(d.total, 'officers')).toMatchObject({ value: 1, base: 3, target: 3, missing: 2 })
    expect(d.uncoveredOfficers.map((o: { name: string }) => o.name)).toEqual(['李娜', '王磊'])
    expect(figure(d.total, 'complaints')).toMatchObject({ value: 1, base: 3, target: 1, met: true })
    expect(figure(d.total, 'repeatComplaints')).toMatchObject({ value: 1, base: 3, target: 3, missing: 2 })
    // One monthly campaign, in March, of the twelve months up to 20 December.
    expect(figure(d.total, 'monthlyCampaigns')).toMatchObject({ value: 1, base: 12, missing: 11 })
    expect(d.monthsWithoutCampaign).toHaveLength(11)

    const [a, b] = d.squads
    expect(a).toMatchObject({ squadName: '夏阳街道中队' })
    expect(figure(a!.figures, 'caseFiles')).toMatchObject({ value: 2, base: 12, target: 2, met: true })
    expect(figure(b!.figures, 'caseFiles')).toMatchObject({ value: 0, base: 5, target: 1, met: false, missing: 1 })
    expect(figure(b!.figures, 'repeatComplaints')).toMatchObject({ value: 1, base: 3 })

    // The first quarter: the complaints of February and March, and the March campaign.
    const q1 = await ws.call('quotas.dashboard', { year: 2023, quarter: 1 })
    expect(q1).toMatchObject({ from: '2023-01-01', to: '2023-03-31' })
    expect(figure(q1.total, 'caseFiles')).toMatchObject({ base: 0 })
    expect(figure(q1.total, 'avRecords')).toMatchObject({ target: 25 })
    expect(figure(q1.total, 'complaints')).toMatchObject({ value: 1, base: 2 })
    expect(figure(q1.total, 'monthlyCampaigns')).toMatchObject({ value: 1, base: 3 })
  })

  it('keeps the lead’s targets per year and exports the dashboard as a workbook', async () => {
    const targets = await ws.call('quotas.targets', { year: 2024 })
    expect(targets.caseReviewPercent).toBe(10)
    await ws.call('quotas.setTargets', { year: 2024, targets: { ...targets, caseReviewPercent: 15, avRecordsPerYear: 120 } })
    expect((await ws.call('quotas.targets', { year: 2024 })).caseReviewPercent).toBe(15)
    expect((await ws.call('quotas.targets', { year: 2023 })).caseReviewPercent).toBe(10)
    expect(figure((await ws.call('quotas.dashboard', { year: 2024, quarter: 2 })).total, 'avRecords').target).toBe(30)

    const exported = await ws.call('quotas.exportWorkbook', { year: 2024 })
    expect(exported.fileName).toMatch(/^2024年执法监督工作台账-.*\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(exported.filePath)
    const sheet = wb.getWorksheet('年度执法监督工作台账')!
    expect(sheet.getRow(1).getCell(2).value).toBe('案卷评查（结案）')
    expect(sheet.getRow(2).getCell(1).value).toBe('夏阳街道中队')
    expect(String(sheet.getRow(4).getCell(4).value)).toBe('0，目标 120，尚差 120')
    expect(wb.getWorksheet('尚未覆盖的执法队员')!.rowCount).toBe(4)
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 })

    // As LibreOffice prints it: A4 landscape pages, kept as pictures to look at.
    const pdf = await convertWithLibreOffice(exported.filePath, 'pdf')
    const doc = await PDFDocument.load(pdf)
    for (const page of doc.getPages()) expect([Math.round(page.getSize().width), Math.round(page.getSize().height)]).toEqual([842, 595])
    const artifacts = join(ARTIFACTS_DIR, 'quotas')
    await mkdir(artifacts, { recursive: true })
    await writeFile(join(artifacts, 'quotas.pdf'), pdf)
    await promisify(execFile)('pdftoppm', ['-r', '60', '-png', join(artifacts, 'quotas.pdf'), join(artifacts, 'quotas')])
    expect((await ws.call('audit.verify', {})).ok).toBe(true)
  }, 120_000)

  it('opens on the newest year with work in it, never one still to come', async () => {
    // Nothing yet: today's year (the workspace's clock says 2023-12-20).
    expect(await ws.call('quotas.currentYear', {})).toEqual({ year: 2023 })
    await ws.call('complaints.create', { ticketNumber: 'GD-2022', receivedOn: '2022-06-01', subject: '噪声扰民', squadId: squadIds[0] })
    expect(await ws.call('quotas.currentYear', {})).toEqual({ year: 2022 })
    await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第09001号', closedOn: '2023-03-01' }))
    expect(await ws.call('quotas.currentYear', {})).toEqual({ year: 2023 })
    // A date still to come does not count.
    await ws.call('avRecords.create', { recordNumber: 'DSJ-2024', recordedOn: '2024-01-05', squadId: squadIds[0] })
    expect(await ws.call('quotas.currentYear', {})).toEqual({ year: 2023 })
  })
})
