import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { writeSetting } from '../workspace/preferences'
import { writeExport } from '../exports/files'
import { localIsoDate } from '../../../../shared/format/date'
import { QUOTA_LABELS } from '../../../../shared/i18n/quota-labels'
import { quotaDashboard } from './dashboard'
import { readQuotaTargets, targetsKey } from './targets'
import { quotaWorkbook } from './workbook'
import { currentQuotaYear } from './current-year'

const today = (ctx: ServiceContext) => localIsoDate(ctx.now())

export const quotasHandlers: DomainHandlers<'quotas'> = {
  'quotas.targets': async (ctx, { year }) => readQuotaTargets(ctx.db, year),

  'quotas.setTargets': async (ctx, { year, targets }) => {
    const before = await readQuotaTargets(ctx.db, year)
    await ctx.db.transaction().execute(async (trx) => {
      await writeSetting(trx, targetsKey(year), JSON.stringify(targets))
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'quotas.set_targets', entity: 'settings', entityId: targetsKey(year), before, after: targets })
    })
    return targets
  },

  'quotas.currentYear': async (ctx) => ({ year: await currentQuotaYear(ctx.db, today(ctx)) }),

  'quotas.dashboard': async (ctx, { year, quarter }) => quotaDashboard(ctx.db, year, quarter, today(ctx)),

  'quotas.exportWorkbook': async (ctx, { year, quarter }) => {
    const locale = await ctx.locale()
    const workbook = quotaWorkbook(await quotaDashboard(ctx.db, year, quarter, today(ctx)), locale)
    return writeExport(ctx, QUOTA_LABELS[locale].fileName(year, quarter), 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },
}
