import type { Kysely } from 'kysely'
import { OFFICER_IMPORT_FIELDS, REVIEWER_IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/domain/imports/fields'
import type { DB } from '../../db/schema'
import { inChunks, type Directory } from './directory'
import { changedFields, KeyTracker, type ImportRecord, type Plan, type PlannedRow } from './plan'
import { readRows, type Problems } from './rows'
import type { ImportSession } from './sessions'

interface PeopleKind {
  fields: ImportField[]
  key: 'badgeNumber' | 'name'
  required: string[]
  load(db: Kysely<DB>, keys: string[], dir: Directory): Promise<Map<string, { id: number; record: ImportRecord }>>
  defaults: ImportRecord
}

const squadName = (dir: Directory, id: number | null) => (id === null ? null : (dir.squadNames.get(id) ?? null))

export const PEOPLE: Record<'officers' | 'reviewers', PeopleKind> = {
  officers: {
    fields: OFFICER_IMPORT_FIELDS,
    key: 'badgeNumber',
    required: ['name', 'badgeNumber', 'squad'],
    defaults: { certified: true, certificateNumber: null, certificateExpiresOn: null },
    async load(db, keys, dir) {
      const rows = await inChunks(keys, (chunk) =>
        db.selectFrom('officers').select(['id', 'name', 'badgeNumber', 'squadId', 'certified', 'certificateNumber', 'certificateExpiresOn']).where('badgeNumber', 'in', chunk).execute(),
      )
      return new Map(rows.map(({ id, squadId, certified, ...r }) => [r.badgeNumber, { id, record: { ...r, squad: squadName(dir, squadId), certified: certified === 1 } }]))
    },
  },
  reviewers: {
    fields: REVIEWER_IMPORT_FIELDS,
    key: 'name',
    required: ['name'],
    defaults: { role: 'reviewer', squad: null },
    async load(db, keys, dir) {
      const rows = await inChunks(keys, (chunk) => db.selectFrom('reviewers').select(['id', 'name', 'role', 'squadId']).where('name', 'in', chunk).execute())
      return new Map(rows.map(({ id, squadId, ...r }) => [r.name, { id, record: { ...r, squad: squadName(dir, squadId) } }]))
    },
  },
}

/** What importing a list of officers (by badge number) or reviewers (by name) would do. */
export async function planPeople(db: Kysely<DB>, dir: Directory, target: 'officers' | 'reviewers', session: ImportSession, mapping: ColumnMapping, createMissing: boolean, problems: Problems): Promise<Plan> {
  const kind = PEOPLE[target]
  const mapped = kind.fields.map((f) => f.key).filter((k) => mapping[k] != null)
  const read = readRows(session, mapping, problems)
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
    const squad = (values.squad as string | null | undefined) ?? null
    if (squad !== null && dir.squad(squad) === null) {
      missingSquads.add(squad)
      if (!createMissing) problems.add(row, 'squad', 'unknown_squad', { value: squad })
    }
    for (const f of ['name', 'badgeNumber', 'certificateNumber']) {
      const v = values[f]
      if (typeof v === 'string' && v.length > 50) problems.add(row, f, 'too_long', { max: 50 })
    }
    const stored = key === null ? undefined : existing.get(key)
    const record: ImportRecord = stored ? { ...stored.record } : { ...kind.defaults }
    for (const f of mapped) {
      // readRows gives every mapped field a value: null for an empty or unreadable cell.
      const value = values[f]
      if (value != null) record[f] = value
    }
    const changed = stored ? changedFields(mapped, stored.record, record) : []
    rows.push({ row, key: key ?? '', action: !stored ? 'create' : changed.length ? 'update' : 'unchanged', existingId: stored?.id ?? null, record, before: stored?.record ?? null, changed })
  }
  if (read.length === 0) problems.add(null, null, 'empty_file')
  return { rows, problems, missing: { squads: [...missingSquads], officers: [] } }
}
