import ExcelJS from 'exceljs'
import type { CampaignCase, SamplingRecord } from '../../../shared/contract/campaigns'
import type { Locale } from '../../../shared/contract/workspace'
import { ENUM_LABELS } from '../../../shared/i18n/enum-labels'
import { SAMPLING_RECORD_LABELS } from '../../../shared/i18n/sampling-record-labels'

/** The 抽样记录 as one printable sheet: the record, its strata and the cases drawn. */
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
  const sheet = wb.addWorksheet(L.sheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = [{ width: 26 }, { width: 30 }, { width: 16 }, { width: 12 }, { width: 12 }]
  const title = sheet.addRow([`${campaignName} ${L.sheet}`])
  title.font = { bold: true, size: 14 }
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
    [L.drawnAt, record.drawnAt.replace('T', ' ').slice(0, 19)],
  ]
  for (const [k, v] of facts) sheet.addRow([k, v]).getCell(1).font = { bold: true }
  sheet.addRow([])
  sheet.addRow([L.strata]).font = { bold: true }
  sheet.addRow([L.squad, L.domain, L.stratumPopulation, L.sampled, L.always]).font = { bold: true }
  for (const s of record.strata) sheet.addRow([s.squadName, s.domain ? (E.domain as Record<string, string>)[s.domain] ?? s.domain : '—', s.population, s.sampled, s.always])
  sheet.addRow([])
  sheet.addRow([L.cases]).font = { bold: true }
  sheet.addRow([L.caseNumber, L.party, L.squad, L.origin, L.note]).font = { bold: true }
  for (const c of cases) sheet.addRow([c.case.caseNumber, c.case.party, c.case.squadName, L.origins[c.origin], c.note])
  return wb
}
