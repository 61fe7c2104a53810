import ExcelJS from 'exceljs'
import type { CampaignCase, SamplingRecord } from '../../../../shared/contract/campaigns'
import type { Locale } from '../../../../shared/contract/workspace'
import { ENUM_LABELS } from '../../../../shared/i18n/enum-labels'
import { SAMPLING_RECORD_LABELS } from '../../../../shared/i18n/sampling-record-labels'

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }

/** A ruled table, as a printed record has: a shaded header row, every cell framed, text at the left. */
function addTable(sheet: ExcelJS.Worksheet, header: string[], rows: (string | number)[][]) {
  const head = sheet.addRow(header)
  head.font = { bold: true }
  for (const row of [head, ...rows.map((r) => sheet.addRow(r))]) {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > header.length) return
      cell.border = THIN
      cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true }
      if (row === head) cell.fill = HEAD_FILL
    })
  }
}

/** When the record was drawn, on the clock of the PC that drew it. */
function localTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/** The 抽样记录 as one printable A4 sheet: the record, its strata, the cases drawn and the signatures. */
export function buildSamplingWorkbook(campaignName: string, record: SamplingRecord, cases: CampaignCase[], locale: Locale) {
  const L = SAMPLING_RECORD_LABELS[locale]
  const E = ENUM_LABELS[locale]
  const p = record.population
  const filters = [
    ...p.squadIds.map((id) => record.strata.find((s) => s.squadId === id)?.squadName ?? String(id)),
    ...p.domains.map((d) => E.domain[d]),
    ...p.procedures.map((x) => E.procedure[x]),
    ...p.sources.map((x) => E.caseSource[x]),
    ...(p.major ? [p.major] : []),
  ]
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet(L.sheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C&P / &N' },
  })
  sheet.columns = [{ width: 26 }, { width: 30 }, { width: 16 }, { width: 12 }, { width: 12 }]
  const title = sheet.addRow([`${campaignName} ${L.sheet}`])
  title.font = { bold: true, size: 16 }
  title.height = 28
  sheet.mergeCells(title.number, 1, title.number, 5)
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' }
  const facts: [string, string | number][] = [
    [L.campaign, campaignName],
    [L.population, `${L.basis[p.basis]} ${p.from} ~ ${p.to}`],
    [L.filters, filters.length ? filters.join('、') : L.none],
    [L.populationSize, record.populationSize],
    [L.method, record.method === 'simple' ? L.methods.simple : record.byDomain ? L.methods.stratifiedByDomain : L.methods.stratified],
    [L.size, record.size.kind === 'rate' ? L.rate(record.size.percent) : L.count(record.size.count)],
    [L.target, record.target],
    [L.sampleSize, record.sampleSize],
    [L.seed, record.seed],
    [L.alwaysInclude, [record.alwaysInclude.major && L.major, record.alwaysInclude.complaint && L.complaint].filter(Boolean).join('；') || L.none],
    [L.alwaysIncluded, record.alwaysIncluded],
    [L.drawnBy, record.drawnBy],
    [L.drawnAt, localTime(record.drawnAt)],
  ]
  sheet.addRow([])
  for (const [k, v] of facts) {
    const row = sheet.addRow([k, String(v)])
    sheet.mergeCells(row.number, 2, row.number, 5)
    row.getCell(1).font = { bold: true }
    for (const col of [1, 2]) {
      row.getCell(col).border = THIN
      row.getCell(col).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
    }
    row.getCell(1).fill = HEAD_FILL
  }
  sheet.addRow([])
  sheet.addRow([L.strata]).font = { bold: true, size: 12 }
  addTable(sheet, [L.squad, L.domain, L.stratumPopulation, L.sampled, L.always], record.strata.map((s) => [s.squadName, s.domain ? ((E.domain as Record<string, string>)[s.domain] ?? s.domain) : '—', s.population, s.sampled, s.always]))
  sheet.addRow([])
  sheet.addRow([L.cases]).font = { bold: true, size: 12 }
  addTable(sheet, [L.caseNumber, L.party, L.squad, L.origin, L.note], cases.map((c) => [c.case.caseNumber, c.case.party, c.case.squadName, L.origins[c.origin], c.note]))
  // A record on paper is signed by whoever drew it and whoever watched.
  sheet.addRow([])
  sheet.addRow([])
  const signed = sheet.addRow([L.signatures[0], '', L.signatures[1], '', L.signatures[2]])
  signed.height = 30
  signed.alignment = { vertical: 'bottom' }
  return wb
}
