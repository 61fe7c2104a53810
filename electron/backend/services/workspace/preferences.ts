import type { Kysely } from 'kysely'
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
