import type { DomainHandlers } from '../handler-types'
import { buildCampaignWorkbook } from './campaign-workbook'
import { writeExport } from './files'
import { buildObjectWorkbook } from './object-workbook'
import { campaignRow } from '../campaigns/guards'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'

export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.campaignWorkbook': async (ctx, { campaignId }) => {
    const campaign = await campaignRow(ctx.db, campaignId)
    const locale = await ctx.locale()
    // A campaign on A/V records or complaints has no case figures to rank: its own, plainer workbook.
    const workbook = campaign.target === 'case' ? await buildCampaignWorkbook(ctx.db, campaignId, locale, ctx.now()) : await buildObjectWorkbook(ctx.db, campaign, locale)
    return writeExport(ctx, `${campaign.name}-${EXPORT_LABELS[locale].fileSuffix}`, 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },
}
