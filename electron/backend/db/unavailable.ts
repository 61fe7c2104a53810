import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type Driver } from 'kysely'
import type { DirectSql } from './driver'
import type { DB } from './schema'

/**
 * Stands in for the database while none may be used (damaged, missing, unwritable): every query,
 * by Kysely or the direct path, fails with `refusal()` before anything reaches a file.
 */
export function unavailableDatabase(refusal: () => Error): { db: Kysely<DB>; direct: DirectSql } {
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async (): Promise<DatabaseConnection> => {
      throw refusal()
    },
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  }
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  }
  const refuse = async (): Promise<never> => {
    throw refusal()
  }
  return { db: new Kysely<DB>({ dialect }), direct: { all: refuse, transaction: refuse } }
}
