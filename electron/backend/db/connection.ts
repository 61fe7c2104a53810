import sqlite3 from 'sqlite3'
import { CamelCasePlugin, Kysely, sql } from 'kysely'
import { Sqlite3Dialect } from './driver'
import { onlineBackup, type OnlineBackupOptions } from './backup'
import { migrate, type MigrateResult } from './migrate'
import type { DB } from './schema'

export type Database = Kysely<DB>

export interface OpenedDatabase {
  db: Database
  /** Copies the database, while it stays in use, into `target` (`onlineBackup`). */
  backupTo(target: string, options?: OnlineBackupOptions): Promise<void>
  migration: MigrateResult
  close(): Promise<void>
}

function openRaw(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const raw = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(raw)))
  })
}

/** Opens (creating if needed) the database file, sets the pragmas and applies migrations. */
export async function openDatabase(file: string): Promise<OpenedDatabase> {
  const raw = await openRaw(file)
  const dialect = new Sqlite3Dialect(raw)
  const db = new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin()] })
  try {
    await sql`PRAGMA journal_mode = WAL`.execute(db)
    await sql`PRAGMA foreign_keys = ON`.execute(db)
    await sql`PRAGMA synchronous = FULL`.execute(db)
    await sql`PRAGMA busy_timeout = 5000`.execute(db)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const migration = await migrate(db as Kysely<unknown>, {
      backupPath: (id) => `${file}.before-${id}.${stamp}.backup`,
    })
    return { db, backupTo: (target, options) => onlineBackup(raw, db, target, options), migration, close: () => db.destroy() }
  } catch (err) {
    await db.destroy()
    throw err
  }
}
