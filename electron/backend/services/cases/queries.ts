import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { contains } from '../../db/contains'
import type { CaseListQuery, CaseSummary } from '../../../../shared/contract/cases'
import type { z } from 'zod'
import type { caseListQuery } from '../../../../shared/contract/cases'

// The registry's status, derived from the furthest milestone (see shared/domain/case-dates).
export const statusExpression = sql<string>`CASE
  WHEN cases.archived_on IS NOT NULL THEN 'archived'
  WHEN cases.closed_on IS NOT NULL THEN 'closed'
  WHEN cases.decided_on IS NOT NULL THEN 'decided'
  WHEN cases.filed_on IS NOT NULL THEN 'filed'
  ELSE 'registered' END`

/** The columns of a case summary row; the query must join squads. */
export const caseSummaryColumns = [
  'cases.id',
  'cases.caseNumber',
  'cases.party',
  'cases.procedure',
  'cases.caseType',
  'cases.domain',
  'cases.squadId',
  'squads.name as squadName',
  'cases.filedOn',
  'cases.decidedOn',
  'cases.penaltyFen',
  statusExpression.as('status'),
  (eb: ExpressionBuilder<DB & { cases: DB['cases'] }, 'cases'>) =>
    eb.selectFrom('documents').whereRef('documents.caseId', '=', 'cases.id').select(eb.fn.countAll<number>().as('n')).as('documentCount'),
] as const

export type ParsedCaseListQuery = z.output<typeof caseListQuery>
export type { CaseListQuery }

/**
 * A search finds the case number as typed, and the party: a sealed one through its search tokens
 * (each of the query's must be among the row's, `partyTokens` of keys/sealed-text.ts), one stored
 * before the key existed by its text.
 */
function searched(search: string, partyTokens: readonly string[]) {
  return (eb: ExpressionBuilder<DB, 'cases'>) =>
    eb.or([
      contains('cases.case_number', search),
      eb.and([eb('cases.partyTokens', 'is', null), contains('cases.party', search)]),
      ...(partyTokens.length ? [eb.and(partyTokens.map((t) => contains('cases.party_tokens', t)))] : []),
    ])
}

function filtered(db: Kysely<DB>, q: ParsedCaseListQuery, partyTokens: readonly string[]) {
  let query = db.selectFrom('cases')
  if (q.search) query = query.where(searched(q.search, partyTokens))
  if (q.squadIds?.length) query = query.where('cases.squadId', 'in', q.squadIds)
  if (q.domains?.length) query = query.where('cases.domain', 'in', q.domains)
  if (q.statuses?.length) query = query.where(statusExpression, 'in', q.statuses)
  if (q.filedFrom) query = query.where('cases.filedOn', '>=', q.filedFrom)
  if (q.filedTo) query = query.where('cases.filedOn', '<=', q.filedTo)
  return query
}

/** The two queries behind a registry page: the total count, and the page itself. */
export function caseListQueries(db: Kysely<DB>, q: ParsedCaseListQuery, partyTokens: readonly string[] = []) {
  const count = filtered(db, q, partyTokens).select((eb) => eb.fn.countAll<number>().as('total'))
  const page = filtered(db, q, partyTokens)
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .select(caseSummaryColumns)
    .orderBy(`cases.${q.sortBy}`, q.sortOrder)
    .orderBy('cases.id', q.sortOrder)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
  return { count, page }
}

/** One page of the registry plus the total count, as the case list shows it. */
export async function listCases(db: Kysely<DB>, q: ParsedCaseListQuery, partyTokens: readonly string[]) {
  const { count, page } = caseListQueries(db, q, partyTokens)
  // An aggregate without GROUP BY yields exactly one row.
  const { total } = await count.executeTakeFirstOrThrow()
  const items = await page.execute()
  return { total: Number(total), items: items as CaseSummary[] }
}
