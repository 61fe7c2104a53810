import type { Locale } from '../../../../shared/contract/workspace'
import type { ImportProblem } from '../../../../shared/contract/imports'
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportTarget } from '../../../../shared/domain/imports/fields'
import { cellText, parseAmount, parseDate, parseDuration, parseEnum, parseYesNo, splitNames, type Cell } from '../../../../shared/domain/imports/values'
import { ENUM_LABELS } from '../../../../shared/i18n/enum-labels'
import { IMPORT_FIELD_LABELS, IMPORT_PROBLEM_TEXT, type ImportProblemKind } from '../../../../shared/i18n/import-text'
import type { ImportSession } from './sessions'

/** A field's value as read from its cell: null when the cell is empty or the column absent. */
export type FieldValue = string | number | boolean | string[] | null

/** Collects problems with their place, worded in the UI language. */
export class Problems {
  readonly list: ImportProblem[] = []
  errors = 0
  warnings = 0
  constructor(
    readonly locale: Locale,
    private readonly headers: string[],
    private readonly mapping: ColumnMapping,
  ) {}

  add(row: number | null, field: string | null, kind: ImportProblemKind, params: Record<string, string | number> = {}, severity: 'error' | 'warning' = 'error') {
    const col = field === null ? null : this.mapping[field]
    const column = col === null || col === undefined ? null : (this.headers[col] ?? null)
    this.list.push({ row, column, field, message: IMPORT_PROBLEM_TEXT[this.locale][kind](params), severity })
    if (severity === 'error') this.errors++
    else this.warnings++
  }
}

const ALLOWED: Record<string, (locale: Locale) => string> = {
  role: (locale) => (locale === 'en' ? 'lead, reviewer (组长, 评查员)' : '组长、评查员'),
}

function allowedValues(key: string, locale: Locale): string {
  if (ALLOWED[key]) return ALLOWED[key](locale)
  const labels = (ENUM_LABELS[locale] as Record<string, Record<string, string>>)[key === 'source' ? 'caseSource' : key] ?? {}
  return Object.values(labels).join(locale === 'en' ? ', ' : '、')
}

type ParsedField = { ok: true; value: FieldValue } | { ok: false; kind: ImportProblemKind }

function parseField(field: ImportField, cell: Cell): ParsedField {
  switch (field.kind) {
    case 'text': {
      const text = cellText(cell)
      return { ok: true, value: text === '' ? null : text }
    }
    case 'names': {
      const names = splitNames(cell)
      return { ok: true, value: names.length ? names : null }
    }
    case 'date': {
      const r = parseDate(cell)
      return r.ok ? r : { ok: false, kind: 'bad_date' }
    }
    case 'amount': {
      const r = parseAmount(cell)
      return r.ok ? r : { ok: false, kind: 'bad_amount' }
    }
    case 'yesNo': {
      const r = parseYesNo(cell)
      return r.ok ? r : { ok: false, kind: 'bad_yes_no' }
    }
    case 'enum': {
      const r = parseEnum(field.key as Parameters<typeof parseEnum>[0], cell)
      return r.ok ? r : { ok: false, kind: 'bad_enum' }
    }
    case 'duration': {
      const r = parseDuration(cell)
      return r.ok ? r : { ok: false, kind: 'bad_duration' }
    }
  }
}

// Kinds whose value is a string, number or boolean: a column's cells repeat, and can share one parse.
const SAME_CELL_SAME_VALUE = new Set<ImportField['kind']>(['date', 'amount', 'yesNo', 'enum', 'duration'])

/** parseField for one column, each distinct cell parsed once (a register repeats its dates and enums). */
function remembered(field: ImportField): (cell: Cell) => ParsedField {
  const seen = new Map<Cell, ParsedField>()
  return (cell) => {
    let parsed = seen.get(cell)
    if (parsed === undefined) {
      parsed = parseField(field, cell)
      seen.set(cell, parsed)
    }
    return parsed
  }
}

/** The file's data rows read through the mapping: every mapped field parsed, every bad cell a problem. */
export function readRows(session: ImportSession, mapping: ColumnMapping, problems: Problems) {
  const fields = IMPORT_FIELDS[session.target].filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined)
  const read = fields.map((field) => ({ field, column: mapping[field.key]!, parse: SAME_CELL_SAME_VALUE.has(field.kind) ? remembered(field) : (cell: Cell) => parseField(field, cell) }))
  const out: { row: number; values: Record<string, FieldValue> }[] = []
  session.rows.forEach((cells, i) => {
    if (cells.every((c) => cellText(c) === '')) return
    const row = session.headerRow + 1 + i
    const values: Record<string, FieldValue> = {}
    for (const { field, column, parse } of read) {
      const cell = cells[column] ?? null
      const parsed = parse(cell)
      if (parsed.ok) values[field.key] = parsed.value
      else {
        values[field.key] = null
        problems.add(row, field.key, parsed.kind, { value: cellText(cell), allowed: allowedValues(field.key, problems.locale) })
      }
    }
    out.push({ row, values })
  })
  return out
}

/** Required fields without a column: the file cannot be imported as mapped. */
export function missingColumns(target: ImportTarget, mapping: ColumnMapping, problems: Problems) {
  for (const f of IMPORT_FIELDS[target]) {
    if (f.required && (mapping[f.key] === null || mapping[f.key] === undefined)) {
      problems.add(null, null, 'missing_column', { field: IMPORT_FIELD_LABELS[problems.locale][target][f.key] ?? f.key })
    }
  }
}

/** Mapped columns that the file does not have, e.g. a stale mapping sent by hand. */
export function checkMapping(target: ImportTarget, mapping: ColumnMapping, headers: string[]): ColumnMapping {
  const known = new Set(IMPORT_FIELDS[target].map((f) => f.key))
  return Object.fromEntries(Object.entries(mapping).filter(([k, v]) => known.has(k) && v !== null && v !== undefined && v < headers.length))
}
