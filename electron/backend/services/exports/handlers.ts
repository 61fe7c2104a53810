import type { DomainHandlers } from '../handler-types'
import { buildCampaignWorkbook } from './campaign-workbook'
import { writeExport } from './files'

export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.campaignWorkbook': async (ctx, { campaignId }) => {
    const { workbook, campaignName, suffix } = await buildCampaignWorkbook(ctx.db, campaignId, await ctx.locale(), ctx.now())
    return writeExport(ctx, `${campaignName}-${suffix}`, 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },
}
