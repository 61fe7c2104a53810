import type { Kysely } from 'kysely'
import type { ColumnMapping } from '../../../../shared/domain/imports/fields'
import { IMPORT_FIELD_LABELS } from '../../../../shared/i18n/import-text'
import type { DB } from '../../db/schema'
import type { Directory } from './directory'
import { changedFields, KeyTracker, type ImportRecord, type Plan, type PlannedRow } from './plan'
import { REGISTERS, type RegisterTarget } from './registers'
import { readRows, type Problems } from './rows'
import type { ImportSession } from './sessions'

/** What importing an A/V or complaint register would do, row by row (keyed by its number); nothing is written. */
export async function planRegister(db: Kysely<DB>, dir: Directory, target: RegisterTarget, session: ImportSession, mapping: ColumnMapping, createMissing: boolean, problems: Problems): Promise<Plan> {
  const kind = REGISTERS[target]
  const labels = IMPORT_FIELD_LABELS[problems.locale][target]
  const mapped = kind.fields.map((f) => f.key).filter((k) => mapping[k] != null)
  const read = readRows(session, mapping, problems)
  const existing = await kind.load(db, [...new Set(read.map((r) => r.values[kind.key]).filter((k): k is string => typeof k === 'string'))], dir)
  const keys = new KeyTracker()
  const missingSquads = new Set<string>()
  const missingOfficers = new Map<string, { name: string; squad: string }>()
  const rows: PlannedRow[] = []
  for (const { row, values } of read) {
    for (const f of kind.required) if (values[f] === null && mapping[f] != null) problems.add(row, f, 'required_empty')
    const key = values[kind.key] as string | null
    if (key !== null) {
      const first = keys.firstRow(key, row)
      if (first !== null) problems.add(row, kind.key, 'duplicate_in_file', { value: key, other: first })
    }
    const squad = (values.squad as string | null | undefined) ?? null
    const squadId = squad === null ? null : dir.squad(squad)
    if (squad !== null && squadId === null) {
      missingSquads.add(squad)
      if (!createMissing) problems.add(row, 'squad', 'unknown_squad', { value: squad })
    }
    for (const name of (values.officers as string[] | null | undefined) ?? []) {
      if (dir.officer(name, squadId) !== null || squad === null) continue
      missingOfficers.set(`${squad}|${name}`, { name, squad })
      if (!createMissing) problems.add(row, 'officers', 'unknown_officer', { value: name, squad })
    }
    const stored = key === null ? undefined : existing.get(key)
    const record: ImportRecord = stored ? { ...stored.record } : { ...kind.defaults }
    for (const f of mapped) {
      const value = values[f]
      if (value != null) record[f] = value
    }
    for (const { field, max } of kind.bounds) {
      const value = record[field]
      if (typeof value === 'string' && value.trim().length > max) problems.add(row, field, 'too_long', { max })
    }
    for (const { field, earliest } of kind.notBefore ?? []) {
      const [date, floor] = [record[field], record[earliest]]
      if (typeof date === 'string' && typeof floor === 'string' && date < floor) problems.add(row, field, 'before_received', { later: labels[field] ?? field })
    }
    const changed = stored ? changedFields(mapped, stored.record, record) : []
    rows.push({ row, key: key ?? '', action: !stored ? 'create' : changed.length ? 'update' : 'unchanged', existingId: stored?.id ?? null, record, before: stored?.record ?? null, changed })
  }
  if (read.length === 0) problems.add(null, null, 'empty_file')
  return { rows, problems, missing: { squads: [...missingSquads], officers: [...missingOfficers.values()] } }
}
