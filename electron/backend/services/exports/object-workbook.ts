import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Locale } from '../../../../shared/contract/workspace'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'
import { allItems } from '../../../../shared/domain/rubric'
import type { Grade } from '../../../../shared/domain/scoring'
import { listObjectAssignments } from '../campaigns/object-assignments'
import { loadRubric } from '../rubrics/load'
import { groupBy } from './campaign-data'
import { addTableSheet, type Column } from './print-sheet'
import { localMinute } from '../../../../shared/format/date'

/**
 * The results of a campaign on A/V records or complaints (ADR 0013): a row per review with its
 * deductions in words, then a row per deduction. No squad ranking: the meeting's figures are the
 * case files'; these feed 年度台账.
 */
export async function buildObjectWorkbook(db: Kysely<DB>, campaign: { id: number; name: string; rubricId: number }, locale: Locale) {
  const L = EXPORT_LABELS[locale]
  const en = locale === 'en'
  const assignments = await listObjectAssignments(db, { campaignId: campaign.id })
  const evaluations = await db
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .select(['evaluations.id', 'evaluations.assignmentId', 'evaluations.rubricId'])
    .where('assignments.campaignId', '=', campaign.id)
    .execute()
  const evaluationIds = evaluations.map((e) => e.id)
  const deductions = evaluationIds.length
    ? await db.selectFrom('deductions').select(['evaluationId', 'itemId', 'pointsTenths', 'reason', 'createdAt']).where('evaluationId', 'in', evaluationIds).orderBy('evaluationId').orderBy('itemId').orderBy('id').execute()
    : []
  const notes = evaluationIds.length
    ? await db.selectFrom('itemStates').select(['evaluationId', 'itemId', 'note']).where('evaluationId', 'in', evaluationIds).where('note', '!=', '').execute()
    : []
  const rubricIds = [...new Set([campaign.rubricId, ...evaluations.map((e) => e.rubricId)])]
  const titles = new Map<string, string>()
  for (const id of rubricIds) for (const item of allItems(await loadRubric(db, id))) titles.set(`${id}|${item.id}`, `${item.id} ${en && item.titleEn ? item.titleEn : item.title}`)
  const evaluationOf = new Map(evaluations.map((e) => [e.assignmentId, e]))
  const deductionsOf = groupBy(deductions, (d) => d.evaluationId)
  const noteOf = new Map(notes.map((n) => [`${n.evaluationId}|${n.itemId}`, n.note]))

  const wb = new ExcelJS.Workbook()
  wb.creator = '案卷评查台'
  wb.title = campaign.name
  const wrap = (width: number): Column => ({ width, wrap: true })
  const results = addTableSheet(wb, L.sheets.cases, L.footer, L.objects.header, [{ width: 5 }, { width: 18 }, wrap(14), { width: 11 }, { width: 9 }, { width: 8 }, { width: 7 }, { width: 7 }, { width: 8 }, wrap(48)])
  const details = addTableSheet(wb, L.sheets.deductions, L.footer, L.objects.deductions, [{ width: 18 }, wrap(14), { width: 9 }, wrap(30), { width: 7 }, wrap(40), wrap(24), { width: 16 }])
  assignments.forEach((a, index) => {
    const evaluation = evaluationOf.get(a.assignmentId)
    const own = evaluation ? (deductionsOf.get(evaluation.id) ?? []) : []
    const title = (itemId: string) => (evaluation && titles.get(`${evaluation.rubricId}|${itemId}`)) ?? itemId
    results.add([
      index + 1,
      a.object.label,
      a.object.squadName,
      a.object.date,
      a.reviewerName,
      L.enums.evaluationStatus[a.evaluationStatus],
      a.total ?? (a.evaluationStatus === 'submitted' ? null : L.notScored),
      a.grade ? L.enums.grade[a.grade as Grade] : null,
      own.reduce((sum, d) => sum + d.pointsTenths, 0) / 10,
      own.map((d) => `${d.itemId} −${d.pointsTenths / 10}${d.reason ? `：${d.reason}` : ''}`).join('；') || null,
    ])
    for (const d of own) {
      details.add([a.object.label, a.object.squadName, a.reviewerName, title(d.itemId), d.pointsTenths / 10, d.reason || null, noteOf.get(`${d.evaluationId}|${d.itemId}`) ?? null, localMinute(d.createdAt)])
    }
  })
  return wb
}
