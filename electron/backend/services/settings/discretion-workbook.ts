import ExcelJS from 'exceljs'
import type { Locale } from '../../../../shared/contract/workspace'
import type { DiscretionTable } from '../../../../shared/domain/discretion/baseline'
import { SHEET_COLUMNS, sheetRows } from '../../../../shared/domain/discretion/sheet'
import { BASELINE_WORKBOOK_TEXT } from '../../../../shared/i18n/baseline-text'

const WIDTHS: Record<(typeof SHEET_COLUMNS)[number]['key'], number> = {
  code: 18, violation: 36, legalBasis: 40, legalMin: 14, legalMax: 14, tier: 12, conditions: 48, min: 14, max: 14, partyType: 12, aliases: 30, conditionsEn: 40, domain: 16, note: 40,
}

/** The baseline as the import reads it back; with no table, the empty template. */
export function baselineWorkbook(table: DiscretionTable | null, locale: Locale): ExcelJS.Workbook {
  const text = BASELINE_WORKBOOK_TEXT[locale]
  const lang = locale === 'en' ? 'en' : 'zh'
  const wb = new ExcelJS.Workbook()
  wb.creator = '案卷评查台'
  const sheet = wb.addWorksheet(text.sheet)
  sheet.columns = SHEET_COLUMNS.map((c) => ({ width: WIDTHS[c.key] }))
  sheet.addRow(SHEET_COLUMNS.map((c) => c[lang]))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  if (table) for (const row of sheetRows(table, lang)) sheet.addRow(row)
  sheet.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }))

  const help = wb.addWorksheet(text.help)
  help.columns = [{ width: 120 }]
  text.instructions.forEach((line, i) => help.addRow([`${i + 1}. ${line}`]))
  return wb
}
