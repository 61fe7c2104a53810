import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DomainHandlers } from '../handler'
import { AppError } from '../errors'
import { buildCampaignWorkbook } from './campaign-workbook'
import { exportFilePath, fileStamp, safeFileName } from './files'

export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.campaignWorkbook': async (ctx, { campaignId }) => {
    const { workbook, campaignName, suffix } = await buildCampaignWorkbook(ctx.db, campaignId, await ctx.locale(), ctx.now())
    await mkdir(ctx.paths.exports, { recursive: true })
    const fileName = safeFileName(`${campaignName}-${suffix}-${fileStamp(ctx.now())}.xlsx`)
    const filePath = join(ctx.paths.exports, fileName)
    await workbook.xlsx.writeFile(filePath)
    return { fileName, filePath, byteSize: (await stat(filePath)).size }
  },

  'exports.reveal': async (ctx, { fileName }) => {
    if (!ctx.ports.revealFile) throw new AppError('desktop_only')
    await ctx.ports.revealFile(exportFilePath(ctx.paths.exports, fileName))
    return { ok: true as const }
  },
}
