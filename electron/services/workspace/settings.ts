import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Database } from '../../db/connection'
import type { Locale } from '../../../shared/contract/workspace'

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

/** The reviewer set at this PC, as a query (a subquery where one statement must do). */
export const currentReviewerQuery = (db: Database) =>
  db.selectFrom('reviewers').where('id', '=', db.selectFrom('settings').select((eb) => eb.cast<number>('value', 'integer').as('id')).where('key', '=', 'currentReviewerId'))

export async function currentReviewer(db: Database) {
  return (await currentReviewerQuery(db).selectAll().executeTakeFirst()) ?? null
}

/** The name written into the audit log for changes made with no reviewer set at this PC. */
export const NO_REVIEWER = 'system'

/** The name written into the audit log for changes made at this PC. */
export async function actorName(db: Database): Promise<string> {
  return (await currentReviewer(db))?.name ?? NO_REVIEWER
}
