import type { Kysely } from 'kysely'
import type { ColumnMapping } from '../../../../shared/domain/imports/fields'
import { IMPORT_FIELD_LABELS } from '../../../../shared/i18n/import-text'
import type { DB } from '../../db/schema'
import type { Directory } from './directory'
import type { Plan } from './plan'
import { planKeyedRows } from './plan-keyed'
import { REGISTERS, type RegisterTarget } from './registers'
import type { Problems } from './rows'
import type { ImportSession } from './sessions'

/** What importing an A/V or complaint register would do, row by row (keyed by its number); nothing is written. */
export async function planRegister(db: Kysely<DB>, dir: Directory, target: RegisterTarget, session: ImportSession, mapping: ColumnMapping, createMissing: boolean, problems: Problems): Promise<Plan> {
  const kind = REGISTERS[target]
  const labels = IMPORT_FIELD_LABELS[problems.locale][target]
  const missingOfficers = new Map<string, { name: string; squad: string }>()
  const { rows, missingSquads } = await planKeyedRows(db, dir, kind, { session, mapping, createMissing, problems }, ({ row, values, record, squad }) => {
    for (const name of (values.officers as string[] | null | undefined) ?? []) {
      if (squad === null || dir.officer(name, squad.id) !== null) continue
      missingOfficers.set(`${squad.name}|${name}`, { name, squad: squad.name })
      if (!createMissing) problems.add(row, 'officers', 'unknown_officer', { value: name, squad: squad.name })
    }
    for (const { field, max } of kind.bounds) {
      const value = record[field]
      if (typeof value === 'string' && value.trim().length > max) problems.add(row, field, 'too_long', { max })
    }
    for (const { field, earliest } of kind.notBefore ?? []) {
      const [date, floor] = [record[field], record[earliest]]
      if (typeof date === 'string' && typeof floor === 'string' && date < floor) problems.add(row, field, 'before_received', { later: labels[field] ?? field })
    }
  })
  return { rows, problems, missing: { squads: missingSquads, officers: [...missingOfficers.values()] } }
}
