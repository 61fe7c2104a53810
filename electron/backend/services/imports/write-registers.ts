import type { Insertable } from 'kysely'
import { MAX_LISTED } from '../../../../shared/contract/imports'
import type { AvRecordsTable, ComplaintsTable } from '../../db/schema'
import { appendAudit } from '../audit/log'
import { writeAvOfficers } from '../av-records/records'
import { textSealer } from '../keys/sealed-text'
import type { Directory } from './directory'
import type { ImportRecord, Plan } from './plan'
import { REGISTERS, type RegisterTarget } from './registers'
import { changeSet, type WriteContext } from './write'

/** The officers a record names, as ids (in its squad first, as a case's). */
function officerIds(dir: Directory, record: ImportRecord): number[] {
  const squadId = dir.squad(String(record.squad ?? ''))
  return ((record.officers as string[] | undefined) ?? []).flatMap((name) => {
    const id = dir.officer(name, squadId)
    return id === null ? [] : [id]
  })
}

/** Adds and updates A/V records or complaints; one audit row per updated record, one for the import. */
export async function writeRegister(w: WriteContext, dir: Directory, target: RegisterTarget, plan: Plan) {
  const kind = REGISTERS[target]
  const allFields = kind.fields.map((f) => f.key)
  const now = w.at.toISOString()
  const sealSides = kind.personal ? textSealer(w.keys) : undefined
  const created: string[] = []
  let updated = 0
  for (const [i, r] of plan.rows.entries()) {
    if (r.action === 'create') {
      const values = { ...kind.columns(allFields, r.record, dir, w.keys), createdAt: now, updatedAt: now }
      const { id } =
        target === 'avRecords'
          ? await w.trx.insertInto('avRecords').values(values as Insertable<AvRecordsTable>).returning('id').executeTakeFirstOrThrow()
          : await w.trx.insertInto('complaints').values(values as Insertable<ComplaintsTable>).returning('id').executeTakeFirstOrThrow()
      if (target === 'avRecords') await writeAvOfficers(w.trx, id, officerIds(dir, r.record))
      created.push(r.key)
    } else if (r.action === 'update' && r.existingId !== null) {
      const values = { ...kind.columns(r.changed, r.record, dir, w.keys), updatedAt: now }
      if (target === 'avRecords') {
        await w.trx.updateTable('avRecords').set(values).where('id', '=', r.existingId).execute()
        if (r.changed.includes('officers')) await writeAvOfficers(w.trx, r.existingId, officerIds(dir, r.record))
      } else await w.trx.updateTable('complaints').set(values).where('id', '=', r.existingId).execute()
      await appendAudit(w.trx, w.at, { actor: w.actor, ...kind.updateAction, entityId: r.existingId, ...changeSet(r.changed, r.before, r.record), sealSides })
      updated++
    }
    w.step(i + 1)
  }
  return { created: created.length, updated, createdNumbers: created.slice(0, MAX_LISTED) }
}
