import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { CASE_DATE_FIELDS, type CaseDetail, type CaseFields } from '../../../../shared/contract/cases'
import { caseStatus, outOfOrderDates } from '../../../../shared/domain/case-dates'
import { AppError, notFound } from '../errors'
import type { DataKey } from '../keys/data-key'
import { personalColumn } from '../keys/sealed-text'

type Row = DB['cases']

/** Case fields as stored: the party sealed with its search tokens, booleans as 0/1, officers in their own table. */
export function toRow(fields: CaseFields, now: string, keys: DataKey) {
  const { officerIds: _officers, isMajor, source, party, ...rest } = fields
  const sealed = personalColumn(keys, party)
  return { ...rest, party: sealed.value, partyTokens: sealed.tokens, source: source ?? '', isMajor: isMajor ? 1 : 0, updatedAt: now }
}

export async function readCase(db: Kysely<DB>, id: number): Promise<CaseDetail> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .selectAll('cases')
    .select('squads.name as squadName')
    .where('cases.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('case', id)
  const officers = await db
    .selectFrom('caseOfficers')
    .innerJoin('officers', 'officers.id', 'caseOfficers.officerId')
    .select(['officers.id', 'officers.name', 'officers.badgeNumber'])
    .where('caseOfficers.caseId', '=', id)
    .orderBy('caseOfficers.position')
    .execute()
  const dates = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, row[f]]))
  const { partyTokens: _tokens, ...fields } = row
  return {
    ...(fields as Omit<Selectable<Row>, 'id' | 'isMajor' | 'source' | 'partyTokens'> & { id: number; squadName: string }),
    source: row.source === '' ? null : (row.source as CaseDetail['source']),
    partyType: row.partyType as CaseDetail['partyType'],
    procedure: row.procedure as CaseDetail['procedure'],
    caseType: row.caseType as CaseDetail['caseType'],
    domain: row.domain as CaseDetail['domain'],
    discretionTier: row.discretionTier as CaseDetail['discretionTier'],
    isMajor: row.isMajor === 1,
    officerIds: officers.map((o) => o.id),
    officers,
    status: caseStatus(dates),
    dateFlags: outOfOrderDates(dates),
  }
}

export async function assertCaseNumberFree(db: Kysely<DB>, caseNumber: string, exceptId?: number) {
  let q = db.selectFrom('cases').select('id').where('caseNumber', '=', caseNumber)
  if (exceptId) q = q.where('id', '!=', exceptId)
  if (await q.executeTakeFirst()) throw new AppError('duplicate_case_number', { caseNumber })
}

export async function assertSquadAndOfficers(db: Kysely<DB>, fields: Pick<CaseFields, 'squadId' | 'officerIds'>) {
  const squad = await db.selectFrom('squads').select('id').where('id', '=', fields.squadId).executeTakeFirst()
  if (!squad) throw notFound('squad', fields.squadId)
  if (fields.officerIds.length === 0) return
  const found = await db.selectFrom('officers').select('id').where('id', 'in', fields.officerIds).execute()
  const missing = fields.officerIds.find((id) => !found.some((f) => f.id === id))
  if (missing) throw notFound('officer', missing)
}

export async function writeOfficers(trx: Transaction<DB>, caseId: number, officerIds: number[]) {
  await trx.deleteFrom('caseOfficers').where('caseId', '=', caseId).execute()
  const unique = [...new Set(officerIds)]
  if (unique.length === 0) return
  await trx
    .insertInto('caseOfficers')
    .values(unique.map((officerId, position) => ({ caseId, officerId, position })))
    .execute()
}
