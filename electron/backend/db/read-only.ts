import sqlite3 from 'sqlite3'
import { CamelCasePlugin, Kysely, sql } from 'kysely'
import { Sqlite3Dialect } from './driver'
import type { DB } from './schema'

export function openRaw(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const raw = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(raw)))
  })
}

export function rawAll<R>(raw: sqlite3.Database, statement: string): Promise<R[]> {
  return new Promise((resolve, reject) => raw.all(statement, (err, rows) => (err ? reject(err) : resolve(rows as R[]))))
}

/** A database file opened only to be read: a backup, a copy being checked, a file suspected damaged. */
export interface ReadOnlyDatabase {
  db: Kysely<DB>
  /** A pragma or other statement that returns rows. */
  all<R>(statement: string): Promise<R[]>
  close(): Promise<void>
}

/** Opens without migrating or setting pragmas: SQLite itself refuses any write through it. */
export async function openReadOnly(file: string): Promise<ReadOnlyDatabase> {
  const raw = await openRaw(file, sqlite3.OPEN_READONLY)
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect(raw), plugins: [new CamelCasePlugin()] })
  return {
    db,
    all: async <R>(statement: string) => (await sql.raw<R>(statement).execute(db)).rows,
    close: () => db.destroy(),
  }
}
