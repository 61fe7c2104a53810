import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Database } from '../../db/connection'
import type { Locale } from '../../../../shared/contract/workspace'

export async function readSetting(db: Database, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

export async function writeSetting(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}

export async function readLocale(db: Database): Promise<Locale> {
  return (await readSetting(db, 'locale')) === 'en' ? 'en' : 'zh-CN'
}

/** The id of the reviewer set at this PC, as SQL (written out: it is part of every save). */
export const CURRENT_REVIEWER_ID = `(select cast(value as integer) from settings where key = 'currentReviewerId')`
const currentReviewerId = sql.raw<number | null>(CURRENT_REVIEWER_ID)

export async function currentReviewer(db: Database) {
  return (await db.selectFrom('reviewers').selectAll().where('id', '=', currentReviewerId).executeTakeFirst()) ?? null
}

/** The name written into the audit log for changes made with no reviewer set at this PC. */
export const NO_REVIEWER = 'system'

/** The name written into the audit log for changes made at this PC. */
export async function actorName(db: Database): Promise<string> {
  return (await currentReviewer(db))?.name ?? NO_REVIEWER
}
