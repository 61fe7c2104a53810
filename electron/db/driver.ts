import sqlite3 from 'sqlite3'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely'

/** Serialises access to the single connection: a transaction holds it until commit or rollback. */
class Mutex {
  #tail: Promise<void> = Promise.resolve()
  lock(): Promise<() => void> {
    let release!: () => void
    const next = new Promise<void>((r) => (release = r))
    const acquired = this.#tail.then(() => release)
    this.#tail = this.#tail.then(() => next)
    return acquired
  }
}

const RETURNS_ROWS = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i

function returnsRows(query: CompiledQuery): boolean {
  const kind = query.query.kind
  if (kind === 'SelectQueryNode') return true
  if ('returning' in query.query && query.query.returning) return true
  return kind === 'RawNode' && RETURNS_ROWS.test(query.sql)
}

class Sqlite3Connection implements DatabaseConnection {
  constructor(readonly raw: sqlite3.Database) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const params = query.parameters as unknown[]
    return new Promise((resolve, reject) => {
      if (returnsRows(query)) {
        this.raw.all(query.sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })))
      } else {
        this.raw.run(query.sql, params, function (err) {
          if (err) return reject(err)
          resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) })
        })
      }
    })
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the sqlite3 driver')
  }
}

class Sqlite3Driver implements Driver {
  readonly #mutex = new Mutex()
  readonly #connection: Sqlite3Connection
  #release: (() => void) | null = null

  constructor(raw: sqlite3.Database) {
    this.#connection = new Sqlite3Connection(raw)
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock()
    return this.#connection
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('rollback'))
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release
    this.#release = null
    release?.()
  }

  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.#connection.raw.close((e) => (e ? reject(e) : resolve())))
  }
}

/** Kysely's own SQLite adapter, compiler and introspector over one node-sqlite3 connection. */
export class Sqlite3Dialect implements Dialect {
  constructor(private readonly raw: sqlite3.Database) {}
  createAdapter() {
    return new SqliteAdapter()
  }
  createDriver(): Driver {
    return new Sqlite3Driver(this.raw)
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db)
  }
}
