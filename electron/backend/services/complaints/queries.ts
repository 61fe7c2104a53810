import type { Kysely } from 'kysely'
import { contains } from '../../db/contains'
import type { z } from 'zod'
import type { complaintListQuery, ComplaintSource, ComplaintSummary, RepeatRule } from '../../../../shared/contract/complaints'
import type { DB } from '../../db/schema'
import { inChunks } from '../imports/directory'
import { COMPLAINT_COLUMNS } from './records'
import { allRepeatFlags } from './repeats'

type ListQuery = z.output<typeof complaintListQuery>

/** The ticket number or the subject as typed, or the sealed address and party through their tokens (ADR 0012). */
function filtered(db: Kysely<DB>, q: ListQuery, tokens: readonly string[]) {
  let query = db.selectFrom('complaints')
  const search = q.search
  if (search) {
    query = query.where((eb) =>
      eb.or([
        contains('complaints.ticket_number', search),
        contains('complaints.subject', search),
        ...(tokens.length ? [eb.and(tokens.map((t) => contains('complaints.search_tokens', t)))] : []),
      ]),
    )
  }
  if (q.squadIds?.length) query = query.where('complaints.squadId', 'in', q.squadIds)
  if (q.sources?.length) query = query.where('complaints.source', 'in', q.sources)
  if (q.from) query = query.where('complaints.receivedOn', '>=', q.from)
  if (q.to) query = query.where('complaints.receivedOn', '<=', q.to)
  return query
}

/**
 * A page of the complaint register, newest first, with each complaint's repeat flag. The filter
 * gives the ids in order; the repeat rule (over the whole register) narrows them when asked, and
 * counts the repeats among them.
 */
export async function listComplaints(db: Kysely<DB>, q: ListQuery, rule: RepeatRule, tokens: readonly string[]): Promise<{ total: number; repeats: number; items: ComplaintSummary[] }> {
  const [ids, flags] = await Promise.all([
    filtered(db, q, tokens).select('complaints.id').orderBy('complaints.receivedOn', 'desc').orderBy('complaints.id', 'desc').execute(),
    allRepeatFlags(db, rule),
  ])
  const repeats = ids.filter((r) => flags.has(r.id)).length
  const listed = q.repeatsOnly ? ids.filter((r) => flags.has(r.id)) : ids
  const page = listed.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((r) => r.id)
  const rows = await inChunks(page, (chunk) => db.selectFrom('complaints').innerJoin('squads', 'squads.id', 'complaints.squadId').select(COMPLAINT_COLUMNS).where('complaints.id', 'in', chunk).execute())
  const byId = new Map(rows.map((r) => [r.id, r]))
  const items = page.map((id) => {
    const row = byId.get(id)!
    return { ...row, source: row.source as ComplaintSource, repeat: flags.get(id) ?? null }
  })
  return { total: listed.length, repeats, items }
}
