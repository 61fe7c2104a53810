import type { Kysely } from 'kysely'
import type { ColumnMapping, ImportField } from '../../../../shared/domain/imports/fields'
import type { DB } from '../../db/schema'
import type { Directory } from './directory'
import { changedFields, KeyTracker, type ImportRecord, type PlannedRow } from './plan'
import { readRows, type FieldValue, type Problems } from './rows'
import type { ImportSession } from './sessions'

/** A list whose rows are keyed by one column (a badge number, a name, a record number). */
export interface KeyedKind {
  fields: readonly ImportField[]
  key: string
  required: readonly string[]
  load(db: Kysely<DB>, keys: string[], dir: Directory): Promise<Map<string, { id: number; record: ImportRecord }>>
  defaults: ImportRecord
}

/** One row as the list's own checks see it: its values as read, the record it would store, its squad. */
export interface KeyedRow {
  row: number
  values: Record<string, FieldValue>
  record: ImportRecord
  squad: { name: string; id: number | null } | null
}

/**
 * Plans a keyed list row by row: required fields, each key once in the file, a known squad (or
 * one to create), and the record each row would store over the one stored. `check` adds the
 * list's own checks; nothing is written.
 */
export async function planKeyedRows(
  db: Kysely<DB>,
  dir: Directory,
  kind: KeyedKind,
  input: { session: ImportSession; mapping: ColumnMapping; createMissing: boolean; problems: Problems },
  check: (row: KeyedRow) => void,
): Promise<{ rows: PlannedRow[]; missingSquads: string[] }> {
  const { mapping, createMissing, problems } = input
  const mapped = kind.fields.map((f) => f.key).filter((k) => mapping[k] != null)
  const read = readRows(input.session, mapping, problems)
  const existing = await kind.load(db, [...new Set(read.map((r) => r.values[kind.key]).filter((k): k is string => typeof k === 'string'))], dir)
  const keys = new KeyTracker()
  const missingSquads = new Set<string>()
  const rows: PlannedRow[] = []
  for (const { row, values } of read) {
    for (const f of kind.required) if (values[f] === null && mapping[f] != null) problems.add(row, f, 'required_empty')
    const key = values[kind.key] as string | null
    if (key !== null) {
      const first = keys.firstRow(key, row)
      if (first !== null) problems.add(row, kind.key, 'duplicate_in_file', { value: key, other: first })
    }
    const squadName = (values.squad as string | null | undefined) ?? null
    const squad = squadName === null ? null : { name: squadName, id: dir.squad(squadName) }
    if (squad && squad.id === null) {
      missingSquads.add(squad.name)
      if (!createMissing) problems.add(row, 'squad', 'unknown_squad', { value: squad.name })
    }
    const stored = key === null ? undefined : existing.get(key)
    const record: ImportRecord = stored ? { ...stored.record } : { ...kind.defaults }
    for (const f of mapped) {
      // readRows gives every mapped field a value: null for an empty or unreadable cell.
      const value = values[f]
      if (value != null) record[f] = value
    }
    check({ row, values, record, squad })
    const changed = stored ? changedFields(mapped, stored.record, record) : []
    rows.push({ row, key: key ?? '', action: !stored ? 'create' : changed.length ? 'update' : 'unchanged', existingId: stored?.id ?? null, record, before: stored?.record ?? null, changed })
  }
  if (read.length === 0) problems.add(null, null, 'empty_file')
  return { rows, missingSquads: [...missingSquads] }
}
