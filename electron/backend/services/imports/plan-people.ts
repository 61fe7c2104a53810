import type { Kysely } from 'kysely'
import { OFFICER_IMPORT_FIELDS, REVIEWER_IMPORT_FIELDS, type ColumnMapping } from '../../../../shared/domain/imports/fields'
import type { DB } from '../../db/schema'
import { inChunks, type Directory } from './directory'
import type { Plan } from './plan'
import { planKeyedRows, type KeyedKind } from './plan-keyed'
import type { Problems } from './rows'
import type { ImportSession } from './sessions'

interface PeopleKind extends KeyedKind {
  key: 'badgeNumber' | 'name'
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
  const { rows, missingSquads } = await planKeyedRows(db, dir, PEOPLE[target], { session, mapping, createMissing, problems }, ({ row, values }) => {
    for (const f of ['name', 'badgeNumber', 'certificateNumber']) {
      const v = values[f]
      if (typeof v === 'string' && v.length > 50) problems.add(row, f, 'too_long', { max: 50 })
    }
  })
  return { rows, problems, missing: { squads: missingSquads, officers: [] } }
}
