import ExcelJS from 'exceljs'
import type { QuotaDashboard } from '../../../../shared/contract/quotas'
import type { Locale } from '../../../../shared/contract/workspace'
import { QUOTA_LABELS } from '../../../../shared/i18n/quota-labels'
import { addTableSheet, frame, type Column } from '../exports/print-sheet'

/** The dashboard for the year-end report: a squad per row, a figure per column; then the officers not yet covered. */
export function quotaWorkbook(d: QuotaDashboard, locale: Locale) {
  const L = QUOTA_LABELS[locale]
  const wb = new ExcelJS.Workbook()
  const keys = d.total.map((f) => f.key)
  const columns: Column[] = [{ width: 14, wrap: true }, ...keys.map(() => ({ width: 17, wrap: true }))]
  const { sheet, add } = addTableSheet(wb, L.title, `${L.footer} · ${L.period(d.year, d.quarter)}`, [L.squad, ...keys.map((k) => L.figures[k])], columns)
  for (const s of d.squads) add([s.squadName, ...keys.map((k) => s.figures.find((f) => f.key === k)).map((f) => (f ? L.cell(f) : '—'))])
  add([L.total, ...d.total.map((f) => L.cell(f))])
  // Cells share their column's style object: the total row gets styles of its own.
  sheet.lastRow!.eachCell((cell) => (cell.style = { ...cell.style, font: { bold: true } }))
  for (let r = 2; r <= sheet.rowCount; r++) frame(sheet.getRow(r), columns.length)
  sheet.addRow([])
  for (const note of [`${L.period(d.year, d.quarter)}（${d.from} — ${d.to}）`, L.monthsWithout(d.monthsWithoutCampaign)]) {
    const row = sheet.addRow([note])
    sheet.mergeCells(row.number, 1, row.number, columns.length)
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    row.height = 18 * Math.max(1, Math.ceil(note.length / 120))
  }

  const officers = addTableSheet(wb, L.uncovered, L.footer, L.uncoveredHeader, [{ width: 6 }, { width: 14 }, { width: 18 }, { width: 20 }])
  d.uncoveredOfficers.forEach((o, i) => officers.add([i + 1, o.name, o.badgeNumber, o.squadName]))
  return wb
}
