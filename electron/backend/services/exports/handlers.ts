import type { DomainHandlers } from '../handler-types'
import { AppError } from '../errors'
import { buildCampaignWorkbook } from './campaign-workbook'
import { exportFilePath, writeExport } from './files'

export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.campaignWorkbook': async (ctx, { campaignId }) => {
    const { workbook, campaignName, suffix } = await buildCampaignWorkbook(ctx.db, campaignId, await ctx.locale(), ctx.now())
    return writeExport(ctx, `${campaignName}-${suffix}`, 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },

  'exports.reveal': async (ctx, { fileName }) => {
    if (!ctx.ports.revealFile) throw new AppError('desktop_only')
    await ctx.ports.revealFile(exportFilePath(ctx.paths.exports, fileName))
    return { ok: true as const }
  },
}
