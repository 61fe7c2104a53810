import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { AppError, notFound } from '../errors'

export type CampaignRow = Awaited<ReturnType<typeof campaignRow>>

export async function campaignRow(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('campaign', id)
  return row
}

/** The sample and the assignments change only while the campaign is a draft. */
export function requireDraft(c: CampaignRow) {
  if (c.status !== 'draft') throw new AppError('campaign_not_draft', { name: c.name })
}

export function requireOpen(c: CampaignRow) {
  if (c.status === 'closed') throw new AppError('campaign_closed', { name: c.name })
}
