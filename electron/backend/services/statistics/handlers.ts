import type { DomainHandlers } from '../handler-types'
import { statisticsReport } from './report'

export const statisticsHandlers: DomainHandlers<'statistics'> = {
  'statistics.report': async (ctx, scope) => statisticsReport(ctx.db, scope, ctx.now()),
}
