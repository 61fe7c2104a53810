import type { Kysely } from 'kysely'
import { CASE_DATE_FIELDS, CASE_LIMITS, type CaseDateField } from '../../../../shared/contract/cases'
import { outOfOrderDates, type CaseDates } from '../../../../shared/domain/case-dates'
import { guessDomain, type EnforcementDomain } from '../../../../shared/domain/imports/domain-guess'
import { CASE_IMPORT_FIELDS, type ColumnMapping } from '../../../../shared/domain/imports/fields'
import { guessPartyType } from '../../../../shared/domain/imports/values'
import { IMPORT_FIELD_LABELS } from '../../../../shared/i18n/import-text'
import type { CasesTable, DB } from '../../db/schema'
import { inChunks, type Directory } from './directory'
import { breathe, changedFields, KeyTracker, type ImportRecord, type Plan, type PlannedRow } from './plan'
import { readRows, type Problems } from './rows'
import type { ImportSession } from './sessions'

/** Field key → column of the cases table (as Kysely names it). */
export const CASE_COLUMNS = {
  caseNumber: 'caseNumber',
  party: 'party',
  partyType: 'partyType',
  violation: 'violation',
  domain: 'domain',
  squad: 'squadId',
  procedure: 'procedure',
  caseType: 'caseType',
  source: 'source',
  isMajor: 'isMajor',
  penalty: 'penaltyFen',
  legalBasis: 'legalBasis',
  discretionTier: 'discretionTier',
  ...(Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, f])) as Record<CaseDateField, CaseDateField>),
  legalReviewedOn: 'legalReviewedOn',
  legalReviewOpinion: 'legalReviewOpinion',
  publishedOn: 'publishedOn',
  publishedPlace: 'publishedPlace',
} satisfies Record<string, keyof CasesTable>

export type CaseField = keyof typeof CASE_COLUMNS
export const CASE_FIELDS = Object.keys(CASE_COLUMNS) as CaseField[]
const STORED_COLUMNS = Object.values(CASE_COLUMNS)

/** The stored cases the file names, as import records (squad and officers by name). */
async function existingCases(db: Kysely<DB>, numbers: string[], dir: Directory) {
  const rows = await inChunks(numbers, (chunk) => db.selectFrom('cases').select(['id', ...STORED_COLUMNS]).where('caseNumber', 'in', chunk).execute())
  const links = await inChunks(
    rows.map((r) => r.id),
    (chunk) => db.selectFrom('caseOfficers').select(['caseId', 'officerId']).where('caseId', 'in', chunk).orderBy('caseId').orderBy('position').execute(),
  )
  const officers = new Map<number, string[]>()
  for (const l of links) officers.set(l.caseId, [...(officers.get(l.caseId) ?? []), dir.officerNames.get(l.officerId) ?? String(l.officerId)])
  const out = new Map<string, { id: number; record: ImportRecord }>()
  for (const r of rows) {
    const record: ImportRecord = Object.fromEntries(CASE_FIELDS.map((f) => [f, r[CASE_COLUMNS[f]]]))
    out.set(r.caseNumber, {
      id: r.id,
      record: {
        ...record,
        squad: dir.squadNames.get(r.squadId) ?? null,
        officers: officers.get(r.id) ?? [],
        isMajor: r.isMajor === 1,
        source: r.source === '' ? null : r.source,
      },
    })
  }
  return out
}

function defaults(party: string): ImportRecord {
  const record: ImportRecord = {
    partyType: guessPartyType(party),
    procedure: 'ordinary',
    caseType: 'penalty',
    violation: '',
    legalBasis: '',
    source: null,
    isMajor: false,
    penalty: null,
    discretionTier: null,
    officers: [],
    legalReviewedOn: null,
    legalReviewOpinion: '',
    publishedOn: null,
    publishedPlace: '',
  }
  for (const f of CASE_DATE_FIELDS) record[f] = null
  return record
}

// The contract's bounds on a case, checked per row so that a long cell is named by row and column.
const TEXT_BOUNDS = (['caseNumber', 'party', 'violation', 'legalBasis', 'legalReviewOpinion', 'publishedPlace'] as const).map((field) => ({ field, max: CASE_LIMITS[field] }))
export const MAX_OFFICERS = CASE_LIMITS.officers

function checkBounds(record: ImportRecord, row: number, problems: Problems) {
  for (const { field, max } of TEXT_BOUNDS) {
    const value = record[field]
    // As the contract measures it: after trimming.
    if (typeof value === 'string' && value.trim().length > max) problems.add(row, field, 'too_long', { max })
  }
  if ((record.officers as string[]).length > MAX_OFFICERS) problems.add(row, 'officers', 'too_long', { max: MAX_OFFICERS })
}

const REQUIRED = ['caseNumber', 'party', 'squad'] as const

export interface CasePlanInput {
  session: ImportSession
  mapping: ColumnMapping
  defaultDomain: EnforcementDomain | null
  createMissing: boolean
  baselineDomains: ReadonlyMap<string, EnforcementDomain>
  problems: Problems
}

/** What importing the register would do, row by row; nothing is written. */
export async function planCases(db: Kysely<DB>, dir: Directory, input: CasePlanInput): Promise<Plan> {
  const { session, mapping, problems } = input
  const locale = problems.locale
  const labels = IMPORT_FIELD_LABELS[locale].cases
  const mapped = CASE_IMPORT_FIELDS.map((f) => f.key).filter((k) => mapping[k] !== null && mapping[k] !== undefined)
  const read = readRows(session, mapping, problems)
  const existing = await existingCases(db, [...new Set(read.map((r) => r.values.caseNumber).filter((n): n is string => typeof n === 'string'))], dir)
  const keys = new KeyTracker()
  const missingSquads = new Set<string>()
  const missingOfficers = new Map<string, { name: string; squad: string }>()
  const rows: PlannedRow[] = []
  // A register repeats its violations: each distinct text is matched against the baseline once.
  const domains = new Map<string, EnforcementDomain | null>()
  const domainOf = (violation: string) => {
    let domain = domains.get(violation)
    if (domain === undefined) domains.set(violation, (domain = guessDomain(violation, input.baselineDomains)))
    return domain
  }

  for (const [i, { row, values }] of read.entries()) {
    if (i % 2000 === 1999) await breathe()
    const caseNumber = values.caseNumber as string | null
    for (const f of REQUIRED) if (values[f] === null && mapping[f] != null) problems.add(row, f, 'required_empty')
    if (caseNumber !== null) {
      const first = keys.firstRow(caseNumber, row)
      if (first !== null) problems.add(row, 'caseNumber', 'duplicate_in_file', { value: caseNumber, other: first })
    }
    const stored = caseNumber === null ? undefined : existing.get(caseNumber)
    const record: ImportRecord = stored ? { ...stored.record } : defaults(String(values.party ?? ''))
    for (const f of mapped) {
      // readRows gives every mapped field a value: null for an empty or unreadable cell.
      const value = values[f]
      if (value != null) record[f] = value
    }

    const squadName = values.squad as string | null
    const squadId = squadName === null ? null : dir.squad(squadName)
    // Listed either way, so the preview can offer to create them.
    if (squadName !== null && squadId === null) {
      missingSquads.add(squadName)
      if (!input.createMissing) problems.add(row, 'squad', 'unknown_squad', { value: squadName })
    }
    for (const name of (values.officers as string[] | null) ?? []) {
      if (dir.officer(name, squadId) !== null || squadName === null) continue
      missingOfficers.set(`${squadName}|${name}`, { name, squad: squadName })
      if (!input.createMissing) problems.add(row, 'officers', 'unknown_officer', { value: name, squad: squadName })
    }

    if (!stored && values.domain == null) {
      const domain = domainOf(String(record.violation ?? '')) ?? input.defaultDomain
      if (domain) record.domain = domain
      else problems.add(row, mapping.violation != null ? 'violation' : null, 'no_domain', { value: String(record.violation ?? '') })
    }

    checkBounds(record, row, problems)
    for (const flag of outOfOrderDates(record as CaseDates)) {
      if (mapping[flag.later] == null && mapping[flag.earlier] == null) continue
      problems.add(row, mapping[flag.later] != null ? flag.later : flag.earlier, 'out_of_order', { earlier: labels[flag.earlier] ?? flag.earlier, later: labels[flag.later] ?? flag.later }, 'warning')
    }
    const changed = stored ? changedFields(mapped, stored.record, record) : []
    rows.push({
      row,
      key: caseNumber ?? '',
      action: !stored ? 'create' : changed.length ? 'update' : 'unchanged',
      existingId: stored?.id ?? null,
      record,
      before: stored?.record ?? null,
      changed,
    })
  }
  if (read.length === 0) problems.add(null, null, 'empty_file')
  return { rows, problems, missing: { squads: [...missingSquads], officers: [...missingOfficers.values()] } }
}
