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

/**
 * The case an assignment or evaluation is about. Campaigns on A/V records and complaints (ADR 0013)
 * have none: what only a case file has (its scans, recusal by its officers) is refused for them.
 */
export function caseOf(object: { caseId: number | null }): number {
  if (object.caseId === null) throw new AppError('not_a_case_file')
  return object.caseId
}
