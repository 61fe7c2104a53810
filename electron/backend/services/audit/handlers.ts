import type { DomainHandlers } from '../handler-types'
import { readAnchor } from './anchor'
import { verifyAudit } from './verify'
import { auditHistory } from './history'

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.history': async (ctx, { entity, entityId }) => auditHistory(ctx.db, entity, entityId),
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
