import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { currentReviewer, NO_REVIEWER } from '../workspace/preferences'

type Trx = Transaction<DB>
type Log = (entry: AuditRecord) => Promise<void>

/**
 * Structure and people are the lead's to change: the reviewer at this PC must be an active lead.
 * A workspace without any active lead (one set up before reviewers existed) lets the first be named.
 */
async function leadActor(trx: Trx): Promise<string> {
  const actor = await currentReviewer(trx)
  if (actor?.role === 'lead' && actor.active === 1) return actor.name
  const lead = await trx.selectFrom('reviewers').select('id').where('role', '=', 'lead').where('active', '=', 1).executeTakeFirst()
  if (lead) throw new AppError('lead_only', { reviewer: actor?.name ?? '—' })
  return actor?.name ?? NO_REVIEWER
}

/** Runs a lead-only change in one transaction; `log` appends to the audit log in that same transaction. */
export function leadChange<T>(ctx: ServiceContext, work: (trx: Trx, log: Log) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const actor = await leadActor(trx)
    return work(trx, (entry) => appendAudit(trx, ctx.now(), { actor, ...entry }))
  })
}

export type { Log, Trx }
