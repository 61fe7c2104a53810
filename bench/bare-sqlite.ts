import sqlite3 from 'sqlite3'
import { openDatabase } from '../electron/backend/db/connection'

/** Statements on a bench's own connection: rows come back as SQLite names them (alias in the SQL). */
export interface BareSession {
  all<R>(sql: string, params?: readonly unknown[]): Promise<R[]>
  run(sql: string, params?: readonly unknown[]): Promise<void>
}

/**
 * A connection of the bench's own to the database file the app has open, without the app's
 * layers: what a baseline runs, and what fills a generated database. Prepared statements are kept
 * by their SQL, as the app's driver keeps them. Set up as the app sets up its connection.
 */
export interface BareSqlite extends BareSession {
  /** The connection itself, for a baseline that prepares each statement anew. */
  connection: sqlite3.Database
  /** `begin immediate` … `commit`, rolled back if `work` fails. */
  transaction<T>(work: (session: BareSession) => Promise<T>): Promise<T>
  close(): Promise<void>
}

const call = <T>(run: (done: (err: Error | null, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => run((err, value) => (err ? reject(err) : resolve(value as T))))

async function openBareSqlite(file: string): Promise<BareSqlite> {
  const connection = await call<sqlite3.Database>((done) => {
    const db: sqlite3.Database = new sqlite3.Database(file, (err) => done(err, db))
  })
  const statements = new Map<string, Promise<sqlite3.Statement>>()
  const prepared = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = call<sqlite3.Statement>((done) => {
        const s: sqlite3.Statement = connection.prepare(sql, (err) => done(err, s))
      })
      statement.catch(() => statements.delete(sql))
      statements.set(sql, statement)
    }
    return statement
  }
  const session: BareSession = {
    all: async <R>(sql: string, params: readonly unknown[] = []) => {
      const statement = await prepared(sql)
      return call<R[]>((done) => statement.all(params, (err, rows) => done(err, rows as R[])))
    },
    run: async (sql, params = []) => {
      const statement = await prepared(sql)
      await call<void>((done) => statement.run(params, (err) => done(err)))
    },
  }
  for (const pragma of ['PRAGMA foreign_keys = ON', 'PRAGMA synchronous = FULL', 'PRAGMA busy_timeout = 5000']) await session.run(pragma)
  return {
    ...session,
    connection,
    transaction: async (work) => {
      await session.run('begin immediate')
      try {
        const result = await work(session)
        await session.run('commit')
        return result
      } catch (err) {
        await session.run('rollback').catch(() => {})
        throw err
      }
    },
    close: async () => {
      for (const statement of statements.values()) await statement.then((s) => call<void>((done) => s.finalize(() => done(null))), () => {})
      await call<void>((done) => connection.close((err) => done(err)))
    },
  }
}

/** The app's database opened (and migrated) in `file`, with the bench's own connection beside it; `close` closes both. */
export async function openBenchDatabase(file: string) {
  const { db, close } = await openDatabase(file)
  const bare = await openBareSqlite(file)
  return {
    db,
    bare,
    close: async () => {
      await bare.close()
      await close()
    },
  }
}
