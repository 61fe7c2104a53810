import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { AppError, notFound } from '../errors'
import { currentReviewer, NO_REVIEWER } from '../workspace/preferences'

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

/** Who acts at this PC, by name for the audit log. */
export async function actorOf(db: Kysely<DB>) {
  const reviewer = await currentReviewer(db)
  return { name: reviewer?.name ?? NO_REVIEWER, role: reviewer?.role ?? null }
}

/** Starting, closing and reopening a campaign are the lead's, as reopening an evaluation is. */
export async function requireLead(db: Kysely<DB>) {
  const actor = await actorOf(db)
  if (actor.role !== 'lead') throw new AppError('lead_only', { reviewer: actor.name === NO_REVIEWER ? '—' : actor.name })
  return actor
}
