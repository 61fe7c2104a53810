import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { readSetting, writeSetting } from '../workspace/preferences'

const KEY = 'idleLockMinutes'
export const DEFAULT_IDLE_LOCK_MINUTES = 15

export async function readIdleLockMinutes(db: Kysely<DB>): Promise<number> {
  const value = await readSetting(db, KEY)
  return value === null ? DEFAULT_IDLE_LOCK_MINUTES : Number(value)
}

export const writeIdleLockMinutes = (db: Kysely<DB>, minutes: number) => writeSetting(db, KEY, String(minutes))
