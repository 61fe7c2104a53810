import type { Insertable, Transaction } from 'kysely'
import { MAX_LISTED } from '../../../../shared/contract/imports'
import type { CaseOfficersTable, CasesTable, DB } from '../../db/schema'
import { appendAudit } from '../audit/log'
import type { Directory } from './directory'
import { CASE_COLUMNS, CASE_FIELDS, MAX_OFFICERS, type CaseField } from './plan-cases'
import type { ImportRecord, Plan } from './plan'
import { changeSet, type WriteContext } from './write'
import type { DataKey } from '../keys/data-key'
import { personalColumn, textSealer } from '../keys/sealed-text'

/** SQLite's most bound parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since 3.32). */
const MAX_PARAMETERS = 32_766

/**
 * Cases per INSERT, as many as that bound allows: for the cases themselves (their columns with
 * partyTokens, createdAt and updatedAt) and for their officer links, which follow in one INSERT of three
 * columns, at most the contract's maximum of officers per case. Fewer, larger statements are faster.
 */
export const CASES_PER_INSERT = Math.floor(MAX_PARAMETERS / Math.max(CASE_FIELDS.length + 3, 3 * MAX_OFFICERS))

const isColumn = (field: string): field is CaseField => field in CASE_COLUMNS
const squadOf = (dir: Directory, record: ImportRecord) => dir.squad(String(record.squad))

/** A record's value as the cases table stores it (the squad resolved by the caller). */
function stored(field: CaseField, record: ImportRecord, squadId: number | null): string | number | null {
  const v = record[field]
  if (field === 'squad') return squadId
  if (field === 'isMajor') return v ? 1 : 0
  if (field === 'source' || field === 'violation' || field === 'legalBasis' || field === 'legalReviewOpinion' || field === 'publishedPlace') return (v as string | null) ?? ''
  return (v ?? null) as string | number | null
}

type Values = Record<string, string | number | null>

/** A row whose party is given, with the party sealed and its search tokens (ADR 0012). */
function sealParty(values: Values, keys: DataKey): Values {
  if (typeof values.party !== 'string') return values
  const sealed = personalColumn(keys, values.party)
  values.party = sealed.value
  values.partyTokens = sealed.tokens
  return values
}

/** The given fields of a record, by column of the cases table. */
function caseValues(fields: readonly CaseField[], record: ImportRecord, squadId: number | null, keys: DataKey) {
  const values: Values = {}
  for (const f of fields) values[CASE_COLUMNS[f]] = stored(f, record, squadId)
  return sealParty(values, keys) as Partial<Insertable<CasesTable>>
}

// Every column of a new case, in one order; rows cloned from one shape are built without reshaping each.
const NEW_CASE_COLUMNS = CASE_FIELDS.map((field) => [field, CASE_COLUMNS[field]] as const)
const NEW_CASE_SHAPE: Values = Object.fromEntries([...NEW_CASE_COLUMNS.map(([, column]) => [column, null]), ['partyTokens', null], ['createdAt', null], ['updatedAt', null]])

/** A new case's row: every field of the record, and when it was created. */
function newCase(record: ImportRecord, squadId: number | null, now: string, keys: DataKey): Insertable<CasesTable> {
  const row = { ...NEW_CASE_SHAPE }
  for (const [field, column] of NEW_CASE_COLUMNS) row[column] = stored(field, record, squadId)
  row.createdAt = now
  row.updatedAt = now
  return sealParty(row, keys) as Insertable<CasesTable>
}

/** The officers a record names, as ids, once each in the order named. */
function officerIds(dir: Directory, record: ImportRecord, squadId: number | null): number[] {
  const ids: number[] = []
  for (const name of record.officers as string[]) {
    const id = dir.officer(name, squadId)
    if (id !== null && !ids.includes(id)) ids.push(id)
  }
  return ids
}

async function insertLinks(trx: Transaction<DB>, dir: Directory, cases: { caseId: number; record: ImportRecord }[]) {
  const links: Insertable<CaseOfficersTable>[] = []
  for (const { caseId, record } of cases) {
    const ids = officerIds(dir, record, squadOf(dir, record))
    for (const [position, officerId] of ids.entries()) links.push({ caseId, officerId, position })
  }
  if (links.length) await trx.insertInto('caseOfficers').values(links).execute()
}

/** Adds new cases (a batch per statement) and updates changed fields of existing ones; one audit row per updated case. */
export async function writeCases(w: WriteContext, dir: Directory, plan: Plan) {
  const now = w.at.toISOString()
  const created: string[] = []
  let updated = 0
  const sealSides = textSealer(w.keys)
  for (let start = 0; start < plan.rows.length; start += CASES_PER_INSERT) {
    const batch = plan.rows.slice(start, start + CASES_PER_INSERT)
    const creates = batch.filter((r) => r.action === 'create')
    if (creates.length) {
      const ids = await w.trx
        .insertInto('cases')
        .values(creates.map((r) => newCase(r.record, squadOf(dir, r.record), now, w.keys)))
        .returning(['id', 'caseNumber'])
        .execute()
      // RETURNING gives no order: the case number, unique in the file, tells the rows apart.
      const idOf = new Map(ids.map((c) => [c.caseNumber, c.id]))
      await insertLinks(w.trx, dir, creates.map((r) => ({ caseId: idOf.get(String(r.record.caseNumber))!, record: r.record })))
      created.push(...creates.map((r) => r.key))
    }
    for (const [i, r] of batch.entries()) {
      if (r.action === 'update' && r.existingId !== null) {
        await w.trx
          .updateTable('cases')
          .set({ ...caseValues(r.changed.filter(isColumn), r.record, squadOf(dir, r.record), w.keys), updatedAt: now })
          .where('id', '=', r.existingId)
          .execute()
        if (r.changed.includes('officers')) {
          await w.trx.deleteFrom('caseOfficers').where('caseId', '=', r.existingId).execute()
          await insertLinks(w.trx, dir, [{ caseId: r.existingId, record: r.record }])
        }
        // The values a case had before, e.g. those an evaluation was scored against, stay in its history.
        await appendAudit(w.trx, w.at, { actor: w.actor, action: 'case.import_update', entity: 'case', entityId: r.existingId, ...changeSet(r.changed, r.before, r.record), sealSides })
        updated++
      }
      w.step(start + i + 1)
    }
  }
  return { created: created.length, updated, createdNumbers: created.slice(0, MAX_LISTED) }
}
