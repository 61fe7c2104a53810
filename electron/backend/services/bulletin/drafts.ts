import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { bulletinContent, type BulletinContent } from '../../../../shared/contract/bulletin'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { bulletinScopeKey } from '../../../../shared/domain/bulletin/scope'
import { rectificationTexts } from '../../../../shared/domain/bulletin/compose'
import type { Trx } from '../people/guard'

export interface StoredDraft {
  content: BulletinContent
  updatedBy: string
  updatedAt: string
}

/**
 * The edited bulletin kept for a campaign or period; null when none was saved. A row that no
 * longer reads as a bulletin (written by another version) is left alone and a new draft offered.
 */
export async function storedDraft(db: Kysely<DB>, scope: StatisticsScope): Promise<StoredDraft | null> {
  const row = await db.selectFrom('bulletinDrafts').select(['content', 'updatedBy', 'updatedAt']).where('scopeKey', '=', bulletinScopeKey(scope)).executeTakeFirst()
  if (!row) return null
  const parsed = bulletinContent.safeParse(JSON.parse(row.content))
  return parsed.success ? { content: parsed.data, updatedBy: row.updatedBy, updatedAt: row.updatedAt } : null
}

export async function writeDraft(trx: Trx, scope: StatisticsScope, content: BulletinContent, actor: string, at: Date): Promise<void> {
  const values = { content: JSON.stringify(content), updatedBy: actor, updatedAt: at.toISOString() }
  await trx
    .insertInto('bulletinDrafts')
    .values({ scopeKey: bulletinScopeKey(scope), ...values })
    .onConflict((oc) => oc.column('scopeKey').doUpdateSet(values))
    .execute()
}

export async function deleteDraft(trx: Trx, scope: StatisticsScope): Promise<void> {
  await trx.deleteFrom('bulletinDrafts').where('scopeKey', '=', bulletinScopeKey(scope)).execute()
}

/** Each squad's 整改要求 as the saved bulletin words it (deadline included); null without a saved draft. */
export async function bulletinRectification(db: Kysely<DB>, scope: StatisticsScope): Promise<{ squadName: string; text: string }[] | null> {
  const draft = await storedDraft(db, scope)
  return draft ? rectificationTexts(draft.content) : null
}
