import type { Cell } from '../settings/table-file'
import { isoDate } from '../../../../shared/contract/common'
import { CALENDAR_COLUMNS, CALENDAR_KINDS, type CalendarColumn, type CalendarProblem } from '../../../../shared/i18n/calendar-import-text'

export interface ImportedOverride {
  date: string
  kind: 'holiday' | 'workday'
  note: string
}

const norm = (c: Cell) => (c === null ? '' : String(c).replace(/[\s\u3000]/g, '').toLowerCase())
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

/** 2024-10-01, 2024/10/1, 2024.10.1, 2024年10月1日, or an Excel day number, as YYYY-MM-DD. */
export function parseDate(c: Cell): string | null {
  if (typeof c === 'number') {
    if (!Number.isInteger(c) || c < 1 || c > 2958465) return null
    const iso = new Date(EXCEL_EPOCH_MS + c * 86_400_000).toISOString().slice(0, 10)
    return isoDate.safeParse(iso).success ? iso : null
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(norm(c))
  if (!m) return null
  // The pattern has all three groups; an empty default only fails the date check below.
  const [, year = '', month = '', day = ''] = m
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isoDate.safeParse(iso).success ? iso : null
}

function columnsOf(row: Cell[]): Partial<Record<CalendarColumn, number>> {
  const columns: Partial<Record<CalendarColumn, number>> = {}
  row.forEach((cell, i) => {
    const name = norm(cell)
    for (const [key, col] of Object.entries(CALENDAR_COLUMNS) as [CalendarColumn, (typeof CALENDAR_COLUMNS)[CalendarColumn]][]) {
      if (columns[key] === undefined && [col['zh-CN'], col.en, ...col.also].some((n) => norm(n) === name)) columns[key] = i
    }
  })
  return columns
}

/** Reads a 日期 / 类型 / 备注 sheet; every problem names its row. */
export function overridesFromSheet(rows: Cell[][]): { ok: true; overrides: ImportedOverride[] } | { ok: false; problems: CalendarProblem[] } {
  const headerIndex = rows.slice(0, 10).findIndex((r) => {
    const c = columnsOf(r)
    return c.date !== undefined && c.kind !== undefined
  })
  const header = rows[headerIndex]
  if (header === undefined) return { ok: false, problems: [{ row: null, column: null, kind: 'no_header' }] }
  const columns = columnsOf(header)
  const problems: CalendarProblem[] = []
  const overrides: ImportedOverride[] = []
  for (const [i, cells] of rows.entries()) {
    if (i <= headerIndex) continue
    const at = (key: CalendarColumn): Cell => {
      const index = columns[key]
      return index === undefined ? null : (cells[index] ?? null)
    }
    if (norm(at('date')) === '' && norm(at('kind')) === '' && norm(at('note')) === '') continue
    const row = i + 1
    const date = parseDate(at('date'))
    if (!date) problems.push({ row, column: 'date', kind: 'bad_date', value: String(at('date') ?? '') })
    const kindText = norm(at('kind'))
    const kind = (Object.keys(CALENDAR_KINDS) as ImportedOverride['kind'][]).find((k) => CALENDAR_KINDS[k].some((n) => norm(n) === kindText))
    if (!kind) problems.push({ row, column: 'kind', kind: 'bad_kind', value: String(at('kind') ?? '') })
    const note = at('note') === null ? '' : String(at('note')).trim()
    if (note.length > 100) problems.push({ row, column: 'note', kind: 'note_too_long' })
    if (date && kind) overrides.push({ date, kind, note })
  }
  if (problems.length) return { ok: false, problems }
  if (overrides.length === 0) return { ok: false, problems: [{ row: headerIndex + 1, column: null, kind: 'no_rows' }] }
  if (overrides.length > 1000) return { ok: false, problems: [{ row: null, column: null, kind: 'too_many' }] }
  return { ok: true, overrides }
}
