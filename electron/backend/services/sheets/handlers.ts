import type { DomainHandlers } from '../handler-types'
import { listSheets } from './list'

export const sheetsHandlers: DomainHandlers<'sheets'> = {
  'sheets.list': async (ctx, input) => listSheets(ctx.db, input, await ctx.locale(), ctx.actor),
}
