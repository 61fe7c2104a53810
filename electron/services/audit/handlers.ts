import type { DomainHandlers } from '../handler'
import { verifyAuditChain } from './verify'

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json))

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.history': async (ctx, { entity, entityId }) => {
    const rows = await ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).where('entityId', '=', entityId).orderBy('id').execute()
    return rows.map(({ prevHash: _p, hash: _h, before, after, ...row }) => ({ ...row, before: parse(before), after: parse(after) }))
  },
  'audit.verify': async (ctx) => verifyAuditChain(ctx.db),
}
