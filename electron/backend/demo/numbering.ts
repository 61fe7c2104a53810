import type { DemoCase } from './types'
import { CASE_NUMBER_PREFIX, NUMBER_WRAP, SQUADS, YEAR_MARK } from './vocabulary'

function prefixOf(c: DemoCase): string {
  if (c.caseType === 'compulsion') return CASE_NUMBER_PREFIX.compulsion
  return c.procedure === 'simple' ? CASE_NUMBER_PREFIX.simple : CASE_NUMBER_PREFIX.ordinary
}

function format(prefix: string, squadCode: string, serial: number): string {
  return `${prefix}${YEAR_MARK}${NUMBER_WRAP.before}${squadCode}${String(serial).padStart(3, '0')}${NUMBER_WRAP.after}`
}

/**
 * Numbers run per squad and per document series in filing order, e.g. 青城管罚字〔2023〕第03012号
 * for the 12th ordinary penalty case of squad 03; the prior notice shares the serial.
 */
export function numberCases(cases: DemoCase[]): void {
  const order = cases
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.filedOn ?? a.c.discoveredOn ?? '').localeCompare(b.c.filedOn ?? b.c.discoveredOn ?? '') || a.i - b.i)
  const serials = new Map<string, number>()
  for (const { c } of order) {
    const squad = SQUADS.find((s) => s.key === c.squadKey)
    if (!squad) throw new Error(`unknown squad ${c.squadKey}`)
    const prefix = prefixOf(c)
    const key = `${squad.key}/${prefix}`
    const serial = (serials.get(key) ?? 0) + 1
    serials.set(key, serial)
    c.caseNumber = format(prefix, squad.code, serial)
    if (c.procedure === 'ordinary' && c.notifiedOn) {
      const series = c.details.violationCode === 'demolition' ? CASE_NUMBER_PREFIX.demand : CASE_NUMBER_PREFIX.notice
      c.details.noticeNumber = c.caseType === 'penalty' || c.details.violationCode === 'demolition' ? format(series, squad.code, serial) : null
    }
  }
}
