import type { Insertable } from 'kysely'
import { MAX_LISTED } from '../../../../shared/contract/imports'
import type { OfficersTable, ReviewersTable } from '../../db/schema'
import { appendAudit } from '../audit/log'
import type { Directory } from './directory'
import type { ImportRecord, Plan } from './plan'
import { changeSet, type WriteContext } from './write'

/** Field key → column, as Kysely names it. */
const COLUMNS = {
  officers: { name: 'name', badgeNumber: 'badgeNumber', squad: 'squadId', certified: 'certified', certificateNumber: 'certificateNumber', certificateExpiresOn: 'certificateExpiresOn' },
  reviewers: { name: 'name', role: 'role', squad: 'squadId' },
} as const satisfies { officers: Record<string, keyof OfficersTable>; reviewers: Record<string, keyof ReviewersTable> }

function stored(field: string, record: ImportRecord, dir: Directory): string | number | null {
  const v = record[field]
  if (field === 'squad') return v === null || v === undefined ? null : dir.squad(String(v))
  if (field === 'certified') return v === false ? 0 : 1
  return (v ?? null) as string | number | null
}

/** The given fields of a record, by column (of whichever of the two tables `columns` is for). */
function columnValues(columns: Record<string, string>, fields: string[], record: ImportRecord, dir: Directory) {
  return Object.fromEntries(fields.map((f) => [columns[f], stored(f, record, dir)])) as Insertable<OfficersTable> & Insertable<ReviewersTable>
}

/** Adds and updates officers or reviewers; one audit row per updated person, one for the import. */
export async function writePeople(w: WriteContext, dir: Directory, target: 'officers' | 'reviewers', plan: Plan) {
  const columns: Record<string, string> = COLUMNS[target]
  const fields = Object.keys(columns)
  const updateAction = target === 'officers' ? ({ action: 'officer.import_update', entity: 'officer' } as const) : ({ action: 'reviewer.import_update', entity: 'reviewer' } as const)
  const created: string[] = []
  let updated = 0
  for (const [i, r] of plan.rows.entries()) {
    if (r.action === 'create') {
      const { id } = await w.trx.insertInto(target).values(columnValues(columns, fields, r.record, dir)).returning('id').executeTakeFirstOrThrow()
      if (target === 'officers') dir.addOfficer(id, String(r.record.name), dir.squad(String(r.record.squad))!, String(r.record.badgeNumber))
      created.push(r.key)
    } else if (r.action === 'update' && r.existingId !== null) {
      await w.trx.updateTable(target).set(columnValues(columns, r.changed, r.record, dir)).where('id', '=', r.existingId).execute()
      await appendAudit(w.trx, w.at, { actor: w.actor, ...updateAction, entityId: r.existingId, ...changeSet(r.changed, r.before, r.record) })
      updated++
    }
    w.step(i + 1)
  }
  return { created: created.length, updated, createdNumbers: created.slice(0, MAX_LISTED) }
}
