import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Locale } from '../../../shared/contract/workspace'
import { EXPORT_LABELS } from '../../../shared/i18n/export-labels'
import { allItems } from '../../../shared/domain/rubric'
import type { Grade } from '../../../shared/domain/scoring'
import { listAssignments } from '../campaigns/queries'
import { loadRubric } from '../rubrics/load'
import { notFound } from '../errors'

type Labels = (typeof EXPORT_LABELS)[Locale]

function styleHeader(sheet: ExcelJS.Worksheet, widths: number[]) {
  sheet.columns = widths.map((width) => ({ width }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } }
  header.alignment = { vertical: 'middle', horizontal: 'center' }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The campaign's results as the monthly meeting reads them: per case, per deduction, per squad. */
export async function buildCampaignWorkbook(db: Kysely<DB>, campaignId: number, locale: Locale) {
  const L: Labels = EXPORT_LABELS[locale]
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw notFound('campaign', campaignId)
  const rubric = await loadRubric(db, campaign.rubricId)
  const items = new Map(allItems(rubric).map((i) => [i.id, i]))
  const sections = new Map(rubric.sections.flatMap((s) => s.items.map((i) => [i.id, s] as const)))
  const assignments = await listAssignments(db, { campaignId })
  const evaluations = await db
    .selectFrom('evaluations')
    .select(['id', 'assignmentId'])
    .where('assignmentId', 'in', assignments.length ? assignments.map((a) => a.assignmentId) : [0])
    .execute()
  const evaluationOf = new Map(evaluations.map((e) => [e.assignmentId, e.id]))
  const ids = evaluations.length ? evaluations.map((e) => e.id) : [0]
  const deductions = await db.selectFrom('deductions').selectAll().where('evaluationId', 'in', ids).orderBy('itemId').orderBy('id').execute()
  const vetoes = await db.selectFrom('vetoFindings').selectAll().where('evaluationId', 'in', ids).orderBy('vetoId').execute()

  const wb = new ExcelJS.Workbook()
  wb.creator = '案卷评查台'
  wb.title = campaign.name
  const casesSheet = wb.addWorksheet(L.sheets.cases)
  casesSheet.addRow(L.cases)
  styleHeader(casesSheet, [6, 30, 28, 16, 14, 10, 10, 10, 8, 8, 16, 10, 60])
  const deductionsSheet = wb.addWorksheet(L.sheets.deductions)
  deductionsSheet.addRow(L.deductions)
  styleHeader(deductionsSheet, [30, 16, 22, 40, 8, 50, 10, 16, 10])

  assignments.forEach((a, index) => {
    const evaluationId = evaluationOf.get(a.assignmentId)
    const own = deductions.filter((d) => d.evaluationId === evaluationId)
    const ownVetoes = vetoes.filter((v) => v.evaluationId === evaluationId)
    const deducted = own.reduce((sum, d) => sum + d.pointsTenths, 0) / 10
    casesSheet.addRow([
      index + 1,
      a.case.caseNumber,
      a.case.party,
      a.case.squadName,
      L.enums.domain[a.case.domain],
      L.enums.procedure[a.case.procedure],
      a.reviewerName,
      L.enums.evaluationStatus[a.evaluationStatus],
      a.total,
      a.grade ? L.enums.grade[a.grade as Grade] : null,
      ownVetoes.map((v) => v.vetoId).join('、') || null,
      deducted,
      own.map((d) => `${d.itemId} −${d.pointsTenths / 10}${d.reason ? `：${d.reason}` : ''}`).join('；') || null,
    ])
    for (const d of own) {
      const item = items.get(d.itemId)
      const option = item?.deductions.find((o) => o.id === d.optionId)
      deductionsSheet.addRow([
        a.case.caseNumber,
        a.case.squadName,
        sections.get(d.itemId)?.title ?? '',
        item ? `${item.id} ${item.title}` : d.itemId,
        d.pointsTenths / 10,
        d.reason,
        d.page ? L.page(d.page) : null,
        option?.category ?? item?.category ?? '',
        a.reviewerName,
      ])
    }
  })

  const squadsSheet = wb.addWorksheet(L.sheets.squads)
  squadsSheet.addRow(L.squads)
  styleHeader(squadsSheet, [18, 12, 10, 10, 8, 8, 8, 8])
  const bySquad = new Map<string, typeof assignments>()
  for (const a of assignments) bySquad.set(a.case.squadName, [...(bySquad.get(a.case.squadName) ?? []), a])
  for (const [squad, rows] of bySquad) {
    const scored = rows.filter((r) => r.evaluationStatus === 'submitted')
    const average = scored.length ? Math.round((scored.reduce((s, r) => s + (r.total ?? 0), 0) / scored.length) * 10) / 10 : null
    const count = (g: string) => scored.filter((r) => r.grade === g).length
    squadsSheet.addRow([squad, rows.length, scored.length, average, count('excellent'), count('good'), count('pass'), count('fail')])
  }
  return { workbook: wb, campaignName: campaign.name, suffix: L.fileSuffix }
}
