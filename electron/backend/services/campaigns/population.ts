import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { PopulationFilter } from '../../../../shared/contract/campaigns'
import type { SamplingCase } from '../../../../shared/domain/sampling'
import { notFound } from '../errors'

/** The cases a population filter holds, as sampling reads them. A squad the filter names must exist: it is kept in the sampling record. */
export async function populationOf(db: Kysely<DB>, p: PopulationFilter): Promise<(SamplingCase & { squadName: string })[]> {
  if (p.squadIds.length) {
    const known = new Set((await db.selectFrom('squads').select('id').where('id', 'in', p.squadIds).execute()).map((s) => s.id))
    const unknown = p.squadIds.find((id) => !known.has(id))
    if (unknown !== undefined) throw notFound('squad', unknown)
  }
  const dateColumn = p.basis === 'decided' ? 'cases.decidedOn' : 'cases.closedOn'
  let q = db
    .selectFrom('cases')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .select(['cases.id', 'cases.caseNumber', 'cases.squadId', 'squads.name as squadName', 'cases.domain', 'cases.isMajor', 'cases.source'])
    .where(dateColumn, '>=', p.from)
    .where(dateColumn, '<=', p.to)
  if (p.squadIds.length) q = q.where('cases.squadId', 'in', p.squadIds)
  if (p.domains.length) q = q.where('cases.domain', 'in', p.domains)
  if (p.procedures.length) q = q.where('cases.procedure', 'in', p.procedures)
  if (p.sources.length) q = q.where('cases.source', 'in', p.sources)
  if (p.major) q = q.where('cases.isMajor', '=', p.major === 'only' ? 1 : 0)
  const rows = await q.orderBy('cases.caseNumber').execute()
  return rows.map((r) => ({ ...r, isMajor: r.isMajor === 1 }))
}
