import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import type { AuditRecord } from '../../../../shared/contract/audit-actions'
import { appendAudit } from '../audit/log'
import { requireLead } from '../auth/actor'

type Trx = Transaction<DB>
type Log = (entry: AuditRecord) => Promise<void>

/**
 * Runs a lead-only change (structure and people) in one transaction; `log` appends to the audit
 * log in that same transaction.
 */
export function leadChange<T>(ctx: ServiceContext, work: (trx: Trx, log: Log) => Promise<T>): Promise<T> {
  const actor = requireLead(ctx).name
  return ctx.db.transaction().execute(async (trx) => {
    return work(trx, (entry) => appendAudit(trx, ctx.now(), { actor, ...entry }))
  })
}

export type { Log, Trx }
