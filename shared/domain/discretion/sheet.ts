import { ENFORCEMENT_DOMAINS, PARTY_TYPES } from '../../contract/cases'
import { ENUM_LABELS } from '../../i18n/enum-labels'
import {
  discretionTableSchema,
  type BaselineEntry,
  type BaselineIssueParams,
  type DiscretionTable,
  type DiscretionTier,
  type FenRange,
  type PartyType,
  type TierBand,
} from './baseline'

/**
 * The spreadsheet form of a discretion baseline: one row per tier, the violation's columns repeated
 * on each of its rows. Amounts are in yuan, as bureaus write them. Headers are matched in either
 * language, so a sheet exported in English imports as well.
 */
export const SHEET_COLUMNS = [
  { key: 'code', required: true, zh: '违法行为代码', en: 'Violation code' },
  { key: 'violation', required: true, zh: '违法行为', en: 'Violation' },
  { key: 'legalBasis', required: true, zh: '法律依据', en: 'Legal basis' },
  { key: 'legalMin', required: true, zh: '法定幅度下限（元）', en: 'Legal minimum (yuan)' },
  { key: 'legalMax', required: true, zh: '法定幅度上限（元）', en: 'Legal maximum (yuan)' },
  { key: 'tier', required: true, zh: '裁量阶次', en: 'Tier' },
  { key: 'conditions', required: true, zh: '适用情形', en: 'Conditions' },
  { key: 'min', required: true, zh: '罚款下限（元）', en: 'Fine minimum (yuan)' },
  { key: 'max', required: true, zh: '罚款上限（元）', en: 'Fine maximum (yuan)' },
  { key: 'partyType', required: false, zh: '当事人类型', en: 'Party type' },
  { key: 'aliases', required: false, zh: '其他名称', en: 'Other names' },
  { key: 'conditionsEn', required: false, zh: '适用情形（英文）', en: 'Conditions (English)' },
  { key: 'domain', required: false, zh: '执法领域', en: 'Enforcement domain' },
  { key: 'note', required: false, zh: '备注', en: 'Note' },
] as const
export type SheetColumn = (typeof SHEET_COLUMNS)[number]['key']

/** What a cell can hold once read from xlsx or CSV. */
export type Cell = string | number | null

export type SheetProblemKind =
  | 'no_header'
  | 'missing_column'
  | 'empty_cell'
  | 'not_amount'
  | 'unknown_tier'
  | 'unknown_party'
  | 'unknown_domain'
  | 'inconsistent'
  | 'no_rows'
  | 'rule'

export interface SheetProblem {
  /** 1-based sheet row; null for the sheet as a whole. */
  row: number | null
  column: SheetColumn | null
  kind: SheetProblemKind
  /** For 'rule': the baseline rule broken; for 'inconsistent': the row it disagrees with. */
  params: Partial<BaselineIssueParams> & Record<string, string | number>
}

// The Chinese and English names the export writes come first; the rest are accepted too.
type Names = readonly [zh: string, en: string, ...accepted: string[]]
const TIER_NAMES: Record<DiscretionTier, Names> = {
  exempt: ['不予处罚', 'exempt', '不予', '免予处罚', 'no penalty'],
  mitigated: ['减轻处罚', 'mitigated', '减轻'],
  lighter: ['从轻处罚', 'lighter', '从轻'],
  general: ['一般处罚', 'general', '一般'],
  heavier: ['从重处罚', 'heavier', '从重'],
}
const PARTY_NAMES: Record<PartyType, Names> = {
  individual: ['个人', 'individual', '自然人'],
  organization: ['单位', 'organization', '法人或其他组织', 'organisation'],
}
type EnforcementDomain = (typeof ENFORCEMENT_DOMAINS)[number]
// The UI's own names, then the code itself.
const DOMAIN_NAMES = Object.fromEntries(
  ENFORCEMENT_DOMAINS.map((d): [EnforcementDomain, Names] => [d, [ENUM_LABELS['zh-CN'].domain[d], ENUM_LABELS.en.domain[d], d]]),
) as Record<EnforcementDomain, Names>
const nameIn = (lang: 'zh' | 'en') => (lang === 'zh' ? 0 : 1)

const norm = (s: string) =>
  s
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase()
const headerKey = (s: string) => norm(s).replace(/\((元|yuan)\)$/, '')

function lookup<K extends string>(names: Record<K, Names>, value: string): K | null {
  const wanted = norm(value)
  for (const [key, list] of Object.entries(names) as [K, Names][]) if (list.some((n) => norm(n) === wanted)) return key
  return null
}

const cellText = (c: Cell) => (c === null ? '' : String(c).trim())

/** Yuan as typed (5000, "5,000", "5000元", "0.5") to integer fen; null if it is not an amount. */
export function parseYuan(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) && c >= 0 && Math.abs(c * 100 - Math.round(c * 100)) < 1e-6 ? Math.round(c * 100) : null
  const text = cellText(c).replace(/[,，\s]/g, '').replace(/元$/, '')
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null
  return Math.round(Number(text) * 100)
}

interface ParsedRow {
  row: number
  code: string
  violation: string
  legalBasis: string
  legal: FenRange
  band: TierBand
  aliases: string[]
  domain?: EnforcementDomain
  note?: string
}

/** Finds the header row among the first few (a title row may sit above it). */
function findHeader(rows: Cell[][]): { index: number; columns: Partial<Record<SheetColumn, number>> } | null {
  for (const [i, row] of rows.slice(0, 10).entries()) {
    const columns: Partial<Record<SheetColumn, number>> = {}
    row.forEach((cell, ci) => {
      const key = headerKey(cellText(cell))
      const col = SHEET_COLUMNS.find((c) => headerKey(c.zh) === key || headerKey(c.en) === key)
      if (col && columns[col.key] === undefined) columns[col.key] = ci
    })
    if (Object.keys(columns).length >= 3) return { index: i, columns }
  }
  return null
}

export type SheetResult = { ok: true; table: DiscretionTable; rows: number } | { ok: false; problems: SheetProblem[] }

/** Reads a baseline sheet; every problem names its row and column, and nothing is half-read. */
export function tableFromSheet(rows: Cell[][], meta: Pick<DiscretionTable, 'title' | 'note' | 'source'>): SheetResult {
  const header = findHeader(rows)
  if (!header) return { ok: false, problems: [{ row: null, column: null, kind: 'no_header', params: {} }] }
  const headerRow = header.index + 1
  const missing = SHEET_COLUMNS.filter((c) => c.required && header.columns[c.key] === undefined)
  if (missing.length) return { ok: false, problems: missing.map((c) => ({ row: headerRow, column: c.key, kind: 'missing_column', params: {} })) }

  const problems: SheetProblem[] = []
  const parsed: ParsedRow[] = []
  for (const [i, raw] of rows.entries()) {
    if (i <= header.index) continue
    const at = (key: SheetColumn): Cell => {
      const ci = header.columns[key]
      return ci === undefined ? null : (raw[ci] ?? null)
    }
    if (SHEET_COLUMNS.every((c) => cellText(at(c.key)) === '')) continue
    const row = i + 1
    const before = problems.length
    const text = (key: SheetColumn) => {
      const value = cellText(at(key))
      if (value === '') problems.push({ row, column: key, kind: 'empty_cell', params: {} })
      return value
    }
    const amount = (key: SheetColumn) => {
      if (text(key) === '') return 0
      const fen = parseYuan(at(key))
      if (fen === null) problems.push({ row, column: key, kind: 'not_amount', params: { value: cellText(at(key)) } })
      return fen ?? 0
    }
    const code = text('code')
    const violation = text('violation')
    const legalBasis = text('legalBasis')
    const legal = { minFen: amount('legalMin'), maxFen: amount('legalMax') }
    const tierText = text('tier')
    const tier = tierText === '' ? null : lookup(TIER_NAMES, tierText)
    if (tierText !== '' && tier === null) problems.push({ row, column: 'tier', kind: 'unknown_tier', params: { value: tierText } })
    const conditions = text('conditions')
    const min = amount('min')
    const max = amount('max')
    const partyText = cellText(at('partyType'))
    const partyType = partyText === '' ? undefined : lookup(PARTY_NAMES, partyText)
    if (partyType === null) problems.push({ row, column: 'partyType', kind: 'unknown_party', params: { value: partyText } })
    const domainText = cellText(at('domain'))
    const domain = domainText === '' ? undefined : lookup(DOMAIN_NAMES, domainText)
    if (domain === null) problems.push({ row, column: 'domain', kind: 'unknown_domain', params: { value: domainText } })
    if (problems.length > before || tier === null || partyType === null || domain === null) continue
    const conditionsEn = cellText(at('conditionsEn'))
    const aliases = cellText(at('aliases')).split(/[；;\n]/).map((a) => a.trim()).filter(Boolean)
    const band: TierBand = { tier, conditions, minFen: min, maxFen: max }
    if (partyType) band.partyType = partyType
    if (conditionsEn) band.conditionsEn = conditionsEn
    const note = cellText(at('note')) || undefined
    parsed.push({ row, code, violation, legalBasis, legal, band, aliases, domain, note })
  }
  if (problems.length) return { ok: false, problems }
  if (parsed.length === 0) return { ok: false, problems: [{ row: headerRow, column: null, kind: 'no_rows', params: {} }] }

  const { entries, rowsOf, problems: grouping } = groupEntries(parsed)
  if (grouping.length) return { ok: false, problems: grouping }
  const table = { example: false, ...meta, entries }
  const result = discretionTableSchema.safeParse(table)
  if (result.success) return { ok: true, table: result.data, rows: parsed.length }
  return { ok: false, problems: result.error.issues.map((issue) => ruleProblem(issue, rowsOf)) }
}

interface EntryRows {
  first: number
  tiers: number[]
  byParty: Partial<Record<PartyType, number>>
}

/** Rows of one code make one entry; what they repeat must agree. */
function groupEntries(parsed: ParsedRow[]) {
  const problems: SheetProblem[] = []
  const groups = new Map<string, [ParsedRow, ...ParsedRow[]]>()
  for (const r of parsed) {
    const group = groups.get(r.code)
    if (group) group.push(r)
    else groups.set(r.code, [r])
  }
  const entries: BaselineEntry[] = []
  const rowsOf: EntryRows[] = []
  for (const [code, group] of groups) {
    const [first, ...others] = group
    for (const r of others) {
      if (r.violation !== first.violation) problems.push({ row: r.row, column: 'violation', kind: 'inconsistent', params: { other: first.row } })
      if (r.legalBasis !== first.legalBasis) problems.push({ row: r.row, column: 'legalBasis', kind: 'inconsistent', params: { other: first.row } })
    }
    // The legal range of rows for both parties, then of each party's own rows.
    const rangeOf = (rows: ParsedRow[]) => {
      const [head, ...rest] = rows
      if (!head) return undefined
      for (const r of rest) {
        for (const [column, field] of [['legalMin', 'minFen'], ['legalMax', 'maxFen']] as const) {
          if (r.legal[field] !== head.legal[field]) problems.push({ row: r.row, column, kind: 'inconsistent', params: { other: head.row } })
        }
      }
      return head.legal
    }
    const shared = rangeOf(group.filter((r) => r.band.partyType === undefined))
    const own = Object.fromEntries(PARTY_TYPES.map((p) => [p, rangeOf(group.filter((r) => r.band.partyType === p))])) as Record<PartyType, FenRange | undefined>
    const base = shared ?? own.organization ?? own.individual ?? first.legal
    const byParty: NonNullable<BaselineEntry['legalRangeFenByParty']> = {}
    const byPartyRow: EntryRows['byParty'] = {}
    for (const p of PARTY_TYPES) {
      const r = own[p]
      if (r && (r.minFen !== base.minFen || r.maxFen !== base.maxFen)) {
        byParty[p] = r
        byPartyRow[p] = group.find((x) => x.band.partyType === p)?.row
      }
    }
    // Optional entry cells may be filled on one row only; rows that fill them must agree.
    const agreed = <K extends 'domain' | 'note'>(column: K): ParsedRow[K] => {
      const [head, ...rest] = group.filter((r) => r[column] !== undefined)
      for (const r of rest) {
        if (head && r[column] !== head[column]) problems.push({ row: r.row, column, kind: 'inconsistent', params: { other: head.row } })
      }
      return head?.[column]
    }
    const aliases = [...new Set(group.flatMap((r) => r.aliases))].filter((a) => a !== first.violation)
    const entry: BaselineEntry = { code, violation: first.violation, aliases, legalBasis: first.legalBasis, legalRangeFen: base, tiers: group.map((r) => r.band) }
    if (Object.keys(byParty).length) entry.legalRangeFenByParty = byParty
    const [domain, note] = [agreed('domain'), agreed('note')]
    if (domain) entry.domain = domain
    if (note) entry.note = note
    entries.push(entry)
    rowsOf.push({ first: first.row, tiers: group.map((r) => r.row), byParty: byPartyRow })
  }
  return { entries, rowsOf, problems }
}

const FIELD_COLUMN: Record<string, SheetColumn> = {
  code: 'code', violation: 'violation', aliases: 'aliases', legalBasis: 'legalBasis', tier: 'tier', conditions: 'conditions', conditionsEn: 'conditionsEn', domain: 'domain', note: 'note',
}

/** Maps a schema issue's path back to the sheet row and column it came from. */
function ruleProblem(issue: { path: PropertyKey[]; params?: unknown; message: string }, rowsOf: EntryRows[]): SheetProblem {
  const [, ei, field, sub, leaf] = issue.path
  const rows = typeof ei === 'number' ? rowsOf[ei] : undefined
  const params = (issue.params ?? { rule: 'range_min_max', detail: issue.message }) as SheetProblem['params']
  if (!rows) return { row: null, column: null, kind: 'rule', params }
  if (field === 'tiers' && typeof sub === 'number') {
    const column = leaf === 'minFen' ? 'min' : leaf === 'maxFen' ? 'max' : (FIELD_COLUMN[String(leaf)] ?? null)
    return { row: rows.tiers[sub] ?? null, column, kind: 'rule', params }
  }
  if (field === 'legalRangeFen' || field === 'legalRangeFenByParty') {
    const party = field === 'legalRangeFenByParty' ? (sub as PartyType) : undefined
    const last = issue.path.at(-1)
    return { row: (party && rows.byParty[party]) || rows.first, column: last === 'maxFen' ? 'legalMax' : 'legalMin', kind: 'rule', params }
  }
  return { row: rows.first, column: FIELD_COLUMN[String(field)] ?? null, kind: 'rule', params }
}

/** The sheet rows of a table (without the header), in the columns' order. */
export function sheetRows(table: DiscretionTable, locale: 'zh' | 'en'): Cell[][] {
  const partyName = (p: PartyType | undefined) => (p ? PARTY_NAMES[p][nameIn(locale)] : null)
  return table.entries.flatMap((entry) =>
    entry.tiers.map((band) => {
      const legal = (band.partyType && entry.legalRangeFenByParty?.[band.partyType]) || entry.legalRangeFen
      const values: Record<SheetColumn, Cell> = {
        code: entry.code,
        violation: entry.violation,
        legalBasis: entry.legalBasis,
        legalMin: legal.minFen / 100,
        legalMax: legal.maxFen / 100,
        tier: TIER_NAMES[band.tier][nameIn(locale)],
        conditions: band.conditions,
        min: band.minFen / 100,
        max: band.maxFen / 100,
        partyType: partyName(band.partyType),
        aliases: entry.aliases.join('；') || null,
        conditionsEn: band.conditionsEn ?? null,
        domain: entry.domain ? DOMAIN_NAMES[entry.domain][nameIn(locale)] : null,
        note: entry.note ?? null,
      }
      return SHEET_COLUMNS.map((c) => values[c.key])
    }),
  )
}
