import type { DomainHandlers } from '../handler'
import { statisticsReport } from './report'

export const statisticsHandlers: DomainHandlers<'statistics'> = {
  'statistics.report': async (ctx, scope) => statisticsReport(ctx.db, scope, ctx.now()),
}
