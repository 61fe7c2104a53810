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
import { doubleReviewResults } from '../adjudication/results'

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
  // A deduction picked from the rubric's list without a reason of its own reads as the option's words.
  const reasonOf = (d: { itemId: string; optionId: string | null; reason: string }) => {
    const option = d.optionId ? items.get(d.itemId)?.deductions.find((o) => o.id === d.optionId) : undefined
    return d.reason || (option ? (locale === 'en' && option.labelEn ? option.labelEn : option.label) : '')
  }
  // The meeting reads a veto by its words, not only its number.
  const vetoText = (id: string) => {
    const veto = rubric.vetoes.find((v) => v.id === id)
    return veto ? `${id} ${locale === 'en' && veto.titleEn ? veto.titleEn : veto.title}` : id
  }
  const vetoes = await db.selectFrom('vetoFindings').selectAll().where('evaluationId', 'in', ids).orderBy('vetoId').execute()
  // A double-reviewed case's campaign score: agreed (mean), the lead's ruling, or 待裁定.
  const doubleResults = await doubleReviewResults(db, campaignId)
  const campaignResult = (a: (typeof assignments)[number]) => {
    const r = doubleResults.get(a.case.id)
    if (r) return { total: r.state === 'waiting' ? L.doubleReview.waiting : r.total, grade: r.grade, state: L.doubleReview[r.state] }
    return a.evaluationStatus === 'submitted' ? { total: a.total, grade: a.grade as Grade | null, state: null } : { total: null, grade: null, state: null }
  }

  const wb = new ExcelJS.Workbook()
  wb.creator = '案卷评查台'
  wb.title = campaign.name
  const casesSheet = wb.addWorksheet(L.sheets.cases)
  casesSheet.addRow(L.cases)
  styleHeader(casesSheet, [6, 30, 28, 16, 14, 10, 10, 10, 8, 8, 16, 10, 60, 10, 10, 20])
  const deductionsSheet = wb.addWorksheet(L.sheets.deductions)
  deductionsSheet.addRow(L.deductions)
  styleHeader(deductionsSheet, [30, 16, 22, 40, 8, 50, 10, 16, 10])

  assignments.forEach((a, index) => {
    const evaluationId = evaluationOf.get(a.assignmentId)
    const own = deductions.filter((d) => d.evaluationId === evaluationId)
    const ownVetoes = vetoes.filter((v) => v.evaluationId === evaluationId)
    const deducted = own.reduce((sum, d) => sum + d.pointsTenths, 0) / 10
    const result = campaignResult(a)
    casesSheet.addRow([
      index + 1,
      a.case.caseNumber,
      a.case.party,
      a.case.squadName,
      L.enums.domain[a.case.domain],
      L.enums.procedure[a.case.procedure],
      a.reviewerName,
      L.enums.evaluationStatus[a.evaluationStatus],
      a.total ?? (a.evaluationStatus === 'submitted' ? null : L.notScored),
      a.grade ? L.enums.grade[a.grade as Grade] : null,
      ownVetoes.map((v) => vetoText(v.vetoId)).join('、') || null,
      deducted,
      own.map((d) => `${d.itemId} −${d.pointsTenths / 10}${reasonOf(d) ? `：${reasonOf(d)}` : ''}`).join('；') || null,
      result.total,
      result.grade ? L.enums.grade[result.grade] : null,
      result.state,
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
        reasonOf(d),
        d.page ? L.page(d.page) : null,
        option?.category ?? item?.category ?? '',
        a.reviewerName,
      ])
    }
  })

  const squadsSheet = wb.addWorksheet(L.sheets.squads)
  squadsSheet.addRow(L.squads)
  styleHeader(squadsSheet, [18, 12, 10, 10, 8, 8, 8, 8])
  // One result per case: a double-reviewed case counts once, with its campaign score.
  const bySquad = new Map<string, { total: number | null; grade: string | null; scored: boolean }[]>()
  const counted = new Set<number>()
  for (const a of assignments) {
    if (doubleResults.has(a.case.id) && counted.has(a.case.id)) continue
    counted.add(a.case.id)
    const r = doubleResults.get(a.case.id)
    const row = r
      ? { total: r.total, grade: r.grade, scored: r.state === 'agreed' || r.state === 'decided' }
      : { total: a.total, grade: a.grade, scored: a.evaluationStatus === 'submitted' }
    bySquad.set(a.case.squadName, [...(bySquad.get(a.case.squadName) ?? []), row])
  }
  for (const [squad, rows] of bySquad) {
    const scored = rows.filter((r) => r.scored)
    const average = scored.length ? Math.round((scored.reduce((s, r) => s + (r.total ?? 0), 0) / scored.length) * 10) / 10 : null
    const count = (g: string) => scored.filter((r) => r.grade === g).length
    squadsSheet.addRow([squad, rows.length, scored.length, average, count('excellent'), count('good'), count('pass'), count('fail')])
  }
  return { workbook: wb, campaignName: campaign.name, suffix: L.fileSuffix }
}
