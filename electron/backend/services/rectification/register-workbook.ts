import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Locale } from '../../../../shared/contract/workspace'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'
import { addTableSheet, type Column } from '../exports/print-sheet'
import { listNotices, readNotice } from './queries'

// Narrow enough that 18 columns on A4 landscape still print in a readable size; long text wraps.
const COLUMNS: Column[] = [
  { width: 5 }, { width: 11, wrap: true }, { width: 13, wrap: true }, { width: 13, wrap: true }, { width: 10.5 }, { width: 10.5 }, { width: 7, wrap: true },
  { width: 17, wrap: true }, { width: 11, wrap: true }, { width: 20, wrap: true }, { width: 5 }, { width: 20, wrap: true }, { width: 10.5 },
  { width: 20, wrap: true }, { width: 8, wrap: true }, { width: 15, wrap: true }, { width: 7, wrap: true }, { width: 9, wrap: true },
]

/** 整改台账: every problem of every notice (of one campaign, or all), as the year-end report lists them. */
export async function buildRegisterWorkbook(db: Kysely<DB>, today: string, locale: Locale, campaignId?: number) {
  const L = EXPORT_LABELS[locale].rectification
  const wb = new ExcelJS.Workbook()
  const { add } = addTableSheet(wb, L.sheet, EXPORT_LABELS[locale].footer, L.header, COLUMNS)
  let n = 0
  for (const summary of await listNotices(db, today, campaignId)) {
    const notice = await readNotice(db, summary.id, today)
    const state = `${L.states[notice.state]}${notice.overdue ? L.overdue : ''}`
    for (const p of notice.items) {
      add([
        ++n, notice.squadName, notice.docNumber, notice.campaignName, notice.issuedOn, notice.deadlineOn, notice.responsible,
        p.caseNumber, p.party, `${p.kind === 'veto' ? `${L.veto} ` : ''}${p.itemId} ${p.title}`, p.points ?? '', p.reason, notice.repliedOn ?? '',
        p.reply, L.verdicts[p.verdict], p.verdictReason, p.verifiedBy ?? '', state,
      ])
    }
  }
  return { workbook: wb, fileName: L.fileName }
}
