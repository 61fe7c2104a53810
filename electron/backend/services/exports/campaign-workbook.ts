import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Locale } from '../../../../shared/contract/workspace'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'
import type { Grade } from '../../../../shared/domain/scoring'
import { readSetting } from '../workspace/preferences'
import { localIsoDate, localMinute } from '../../../../shared/format/date'
import { SYSTEM_ACTOR } from '../auth/actor'
import { groupBy, loadCampaignData, type CampaignData } from './campaign-data'
import { campaignFigures, type CampaignFigures, type Tally } from './campaign-figures'
import { addHeaderRow, addPrintSheet, addTableSheet, frame, setColumns, type Column } from './print-sheet'

type Labels = (typeof EXPORT_LABELS)[Locale]

/** The setting that names who issues the meeting's papers; without it, the section's own name. */
export const ISSUING_UNIT_SETTING = 'issuingUnit'

const AVERAGE = '0.00'
const RATE = '0.0%'

function addSummarySheet(wb: ExcelJS.Workbook, L: Labels, data: CampaignData, figures: CampaignFigures, unit: string, now: Date) {
  const S = L.summary
  const width = S.rankingHeader.length
  const sheet = addPrintSheet(wb, L.sheets.summary, L.footer, 2)
  setColumns(sheet, [{ width: 8 }, { width: 22 }, ...Array.from({ length: width - 2 }, () => ({ width: 11 }))])
  const merged = (text: string, height: number) => {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, width)
    row.height = height
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    return row
  }
  merged(S.title(data.campaign.name), 30).getCell(1).font = { bold: true, size: 16 }
  const { startsOn, endsOn } = data.campaign
  const period = startsOn || endsOn ? `　　${S.period}：${S.periodRange(startsOn ?? '', endsOn ?? '')}` : ''
  merged(`${S.unit}：${unit}${period}　　${S.exportedOn}：${localIsoDate(now)}`, 20)
  sheet.addRow([])

  const o = figures.overall
  const head = addHeaderRow(sheet, ['', ...S.headline])
  const values = sheet.addRow([null, o.cases, o.counted, o.open, o.average, o.goodRate, o.passRate, o.vetoed])
  frame(values, S.headline.length + 1)
  sheet.mergeCells(head.number, 1, values.number, 1)
  head.getCell(1).value = S.overall
  values.height = 22
  values.getCell(5).numFmt = AVERAGE
  for (const c of [6, 7]) values.getCell(c).numFmt = RATE
  sheet.addRow([])

  const subtitle = sheet.addRow([S.ranking])
  sheet.mergeCells(subtitle.number, 1, subtitle.number, width)
  subtitle.getCell(1).font = { bold: true, size: 12 }
  addHeaderRow(sheet, S.rankingHeader)
  const rankingRow = (first: (string | number | null)[], t: Tally) => {
    const row = sheet.addRow([...first, t.cases, t.counted, t.average, t.grades.excellent, t.grades.good, t.grades.pass, t.grades.fail, t.passRate, t.vetoed])
    frame(row, width)
    row.getCell(5).numFmt = AVERAGE
    row.getCell(10).numFmt = RATE
    return row
  }
  for (const s of figures.squads) rankingRow([s.rank, s.name], s.tally)
  const totals = rankingRow([S.totals, null], o)
  totals.font = { bold: true }
  sheet.mergeCells(totals.number, 1, totals.number, 2)
  const note = merged(S.note(o.open), 32)
  note.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true }
}

/** The campaign's results as the monthly meeting reads them: a summary first, then per case, deduction, squad, officer and problem category. */
export async function buildCampaignWorkbook(db: Kysely<DB>, campaignId: number, locale: Locale, now: Date) {
  const L: Labels = EXPORT_LABELS[locale]
  const en = locale === 'en'
  const data = await loadCampaignData(db, campaignId)
  const figures = campaignFigures(data)
  const unit = (await readSetting(db, ISSUING_UNIT_SETTING))?.trim() || L.summary.defaultUnit
  const { rubrics, notes, makers, doubleResults } = data
  const rubricOf = new Map(data.evaluations.map((e) => [e.id, rubrics.get(e.rubricId)!]))
  const notesOf = new Map(notes.map((n) => [`${n.evaluationId}|${n.itemId}`, n.note]))
  const notesOfEvaluation = groupBy(notes, (n) => n.evaluationId)
  const maker = (name: string | undefined) => (name === SYSTEM_ACTOR ? L.system : (name ?? null))

  // A deduction picked from the rubric's list without a reason of its own reads as the option's words.
  const reasonOf = (d: CampaignData['deductions'][number], option: { label: string; labelEn: string } | undefined) =>
    d.reason || (option ? (en ? option.labelEn : option.label) : '')
  // The meeting reads a veto by its words, not only its number.
  const vetoText = (evaluationId: number, id: string) => {
    const veto = (rubricOf.get(evaluationId) ?? rubrics.get(data.campaign.rubricId))?.vetoes.find((v) => v.id === id)
    return veto ? `${id} ${en && veto.titleEn ? veto.titleEn : veto.title}` : id
  }
  // A double-reviewed case's campaign score: agreed (mean), the lead's ruling, or 待裁定.
  const campaignResult = (a: CampaignData['assignments'][number]) => {
    const r = doubleResults.get(a.case.id)
    if (r) return { total: r.state === 'waiting' ? L.doubleReview.waiting : r.total, grade: r.grade, state: L.doubleReview[r.state] }
    return a.evaluationStatus === 'submitted' ? { total: a.total, grade: a.grade as Grade | null, state: null } : { total: null, grade: null, state: null }
  }

  const wb = new ExcelJS.Workbook()
  wb.creator = '案卷评查台'
  wb.title = data.campaign.name
  addSummarySheet(wb, L, data, figures, unit, now)

  const wrap = (width: number): Column => ({ width, wrap: true })
  const cases = addTableSheet(wb, L.sheets.cases, L.footer, L.cases, [
    { width: 5 },
    { width: 26 },
    wrap(20),
    wrap(12),
    { width: 10 },
    { width: 8 },
    { width: 8 },
    { width: 8 },
    { width: 7 },
    { width: 7 },
    wrap(20),
    { width: 7 },
    wrap(44),
    { width: 7 },
    { width: 7 },
    wrap(12),
  ])
  const deductions = addTableSheet(wb, L.sheets.deductions, L.footer, L.deductions, [
    { width: 26 },
    { width: 12 },
    { width: 8 },
    { width: 8 },
    { width: 7 },
    { width: 14 },
    wrap(26),
    { width: 14 },
    { width: 6 },
    wrap(36),
    { width: 6 },
    wrap(20),
    { width: 8 },
    { width: 16 },
  ])

  data.assignments.forEach((a, index) => {
    const evaluation = figures.evaluationOfAssignment.get(a.assignmentId)
    const own = evaluation ? (figures.deductionsOf.get(evaluation.id) ?? []) : []
    const ownVetoes = evaluation ? (figures.vetoesOf.get(evaluation.id) ?? []) : []
    const described = own.map((d) => ({ d, ...figures.describe(d) }))
    const deducted = own.reduce((sum, d) => sum + d.pointsTenths, 0) / 10
    const result = campaignResult(a)
    const status = L.enums.evaluationStatus[a.evaluationStatus]
    cases.add([
      index + 1,
      a.case.caseNumber,
      a.case.party,
      a.case.squadName,
      L.enums.domain[a.case.domain],
      L.enums.procedure[a.case.procedure],
      a.reviewerName,
      status,
      a.total ?? (a.evaluationStatus === 'submitted' ? null : L.notScored),
      a.grade ? L.enums.grade[a.grade as Grade] : null,
      ownVetoes.map((v) => vetoText(v.evaluationId, v.vetoId)).join('、') || null,
      deducted,
      described.map(({ d, option }) => `${d.itemId} −${d.pointsTenths / 10}${reasonOf(d, option) ? `：${reasonOf(d, option)}` : ''}`).join('；') || null,
      result.total,
      result.grade ? L.enums.grade[result.grade] : null,
      result.state,
    ])
    if (!evaluation) return
    const facts = [a.case.caseNumber, a.case.squadName, a.reviewerName, status]
    const deductedItems = new Set<string>()
    for (const { d, item, section, option, category } of described) {
      deductedItems.add(d.itemId)
      deductions.add([
        ...facts,
        L.deductionKind.deduction,
        section ? (en ? section.titleEn : section.title) : '',
        item ? `${item.id} ${en ? item.titleEn : item.title}` : d.itemId,
        category,
        d.pointsTenths / 10,
        reasonOf(d, option),
        d.page,
        notesOf.get(`${d.evaluationId}|${d.itemId}`) ?? null,
        maker(makers.deductions.get(d.id)),
        localMinute(d.createdAt),
      ])
    }
    for (const v of ownVetoes) {
      deductions.add([...facts, L.deductionKind.veto, null, vetoText(v.evaluationId, v.vetoId), null, null, v.reason || null, v.page, null, maker(makers.vetoes.get(`${v.evaluationId}|${v.vetoId}`)), null])
    }
    // Notes on items without a deduction get a row of their own.
    for (const n of notesOfEvaluation.get(evaluation.id) ?? []) {
      if (deductedItems.has(n.itemId)) continue
      const { item, section } = figures.describe({ ...n, optionId: null })
      deductions.add([...facts, L.deductionKind.note, section ? (en ? section.titleEn : section.title) : '', item ? `${item.id} ${en ? item.titleEn : item.title}` : n.itemId, null, null, null, null, n.note, null, null])
    }
  })

  // The per-squad sheet keeps the bureau's order and its earlier columns; the ranking is on the 汇总 sheet.
  const squads = addTableSheet(wb, L.sheets.squads, L.footer, L.squads, [wrap(18), { width: 12 }, { width: 10 }, { width: 10, numFmt: AVERAGE }, ...[8, 8, 8, 8].map((width) => ({ width }))])
  for (const { name, tally: t } of figures.squadsInOrder) squads.add([name, t.cases, t.counted, t.average, t.grades.excellent, t.grades.good, t.grades.pass, t.grades.fail])

  const officers = addTableSheet(wb, L.sheets.officers, L.footer, L.officers, [
    { width: 10 },
    { width: 13 },
    wrap(16),
    { width: 8 },
    { width: 8 },
    { width: 8, numFmt: AVERAGE },
    ...[7, 7, 7, 7, 7, 8, 8].map((width) => ({ width })),
  ])
  for (const { name, badgeNumber, squadName, tally: t, problems } of figures.officers) {
    officers.add([name, badgeNumber, squadName, t.cases, t.counted, t.average, t.grades.excellent, t.grades.good, t.grades.pass, t.grades.fail, t.vetoed, problems.deductions, problems.points])
  }

  const categories = addTableSheet(wb, L.sheets.categories, L.footer, L.categories, [
    { width: 6 },
    wrap(20),
    { width: 10 },
    { width: 12, numFmt: RATE },
    { width: 10 },
    { width: 10 },
    wrap(60),
  ])
  const counted = figures.overall.counted
  figures.problemCategories.forEach((c, i) => {
    categories.add([
      c.cases ? i + 1 : null,
      c.name,
      c.cases,
      counted ? c.cases / counted : null,
      c.deductions,
      c.points,
      c.squads.map(([squad, n]) => L.squadCount(squad, n)).join('、') || null,
    ])
  })
  return wb
}
