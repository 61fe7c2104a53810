import type { DomainHandlers } from '../handler-types'
import { readAnchor } from './anchor'
import { verifyAudit } from './verify'

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json))

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.history': async (ctx, { entity, entityId }) => {
    const rows = await ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).where('entityId', '=', entityId).orderBy('id').execute()
    return rows.map(({ prevHash: _p, hash: _h, dataHash: _d, before, after, ...row }) => ({ ...row, before: parse(before), after: parse(after) }))
  },
  // The anchor is first brought up to the log (only ever along the same chain), so what is verified is the newest state.
  'audit.verify': async (ctx, { witness }) => {
    await ctx.anchor?.flush()
    return verifyAudit(ctx.db, ctx.paths.data, witness)
  },
  'audit.anchor': async (ctx) => {
    await ctx.anchor?.flush()
    const read = await readAnchor(ctx.paths.data)
    return read.state === 'ok' ? read.anchor : null
  },
}
