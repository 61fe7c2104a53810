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

/**
 * Prepared statements by their SQL, kept for reuse: a statement run again costs one trip to the
 * database thread instead of three (prepare, run, finalize). The least recently used go first.
 */
class StatementCache {
  readonly #statements = new Map<string, Promise<sqlite3.Statement>>()
  constructor(
    private readonly raw: sqlite3.Database,
    private readonly capacity = 256,
  ) {}

  get(sql: string): Promise<sqlite3.Statement> {
    const cached = this.#statements.get(sql)
    if (cached) {
      this.#statements.delete(sql)
      this.#statements.set(sql, cached)
      return cached
    }
    const prepared = new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement = this.raw.prepare(sql, (err) => (err ? reject(err) : resolve(statement)))
    })
    // A statement that does not compile is not kept: the error goes to its caller.
    prepared.catch(() => this.#statements.delete(sql))
    this.#statements.set(sql, prepared)
    if (this.#statements.size > this.capacity) {
      const [oldest, statement] = this.#statements.entries().next().value!
      this.#statements.delete(oldest)
      void finalize(statement)
    }
    return prepared
  }

  /** Before the connection closes: SQLite refuses to close with statements still prepared. */
  async clear(): Promise<void> {
    const all = [...this.#statements.values()]
    this.#statements.clear()
    await Promise.all(all.map(finalize))
  }
}

const finalize = (statement: Promise<sqlite3.Statement>) =>
  statement.then(
    (s) => new Promise<void>((resolve) => s.finalize(() => resolve())),
    () => {},
  )

class Sqlite3Connection implements DatabaseConnection {
  readonly statements: StatementCache
  constructor(readonly raw: sqlite3.Database) {
    this.statements = new StatementCache(raw)
  }

  private async all<R>(sql: string, params: readonly unknown[]): Promise<R[]> {
    const statement = await this.statements.get(sql)
    return new Promise((resolve, reject) => statement.all(params, (err, rows) => (err ? reject(err) : resolve(rows as R[]))))
  }

  private async run(sql: string, params: readonly unknown[]): Promise<{ changes: number; lastId: number }> {
    const statement = await this.statements.get(sql)
    return new Promise((resolve, reject) =>
      statement.run(params, function (err) {
        if (err) reject(err)
        else resolve({ changes: this.changes, lastId: this.lastID })
      }),
    )
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (returnsRows(query)) return { rows: await this.all<R>(query.sql, query.parameters) }
    const { changes, lastId } = await this.run(query.sql, query.parameters)
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastId) }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the sqlite3 driver')
  }
}

class Sqlite3Driver implements Driver {
  #release: (() => void) | null = null

  constructor(
    private readonly connection: Sqlite3Connection,
    private readonly mutex: Mutex,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.mutex.lock()
    return this.connection
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    // After SQLITE_FULL or an I/O error SQLite has rolled back by itself: the error to report is
    // that one, not "cannot rollback - no transaction is active".
    await c.executeQuery(CompiledQuery.raw('rollback')).catch((err: Error) => {
      if (!/no transaction is active/.test(err.message)) throw err
    })
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release
    this.#release = null
    release?.()
  }

  async destroy(): Promise<void> {
    await this.connection.statements.clear()
    await new Promise<void>((resolve, reject) => this.connection.raw.close((e) => (e ? reject(e) : resolve())))
  }
}

/** Kysely's own SQLite adapter, compiler and introspector over one node-sqlite3 connection. */
export class Sqlite3Dialect implements Dialect {
  readonly #connection: Sqlite3Connection
  readonly #mutex = new Mutex()

  constructor(raw: sqlite3.Database) {
    this.#connection = new Sqlite3Connection(raw)
  }

  createAdapter() {
    return new SqliteAdapter()
  }
  createDriver(): Driver {
    return new Sqlite3Driver(this.#connection, this.#mutex)
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db)
  }
}
