import { CompiledQuery, type Kysely } from 'kysely'
import type { SqlReader } from './driver'
import type { DB } from './schema'

/** The direct path's reader over a Kysely handle (a transaction keeps its own connection): one SQL text serves both. */
export function readerOf(db: Kysely<DB>): SqlReader {
  return {
    all: async <R>(statement: string, params: readonly unknown[] = []) => (await db.executeQuery<R>(CompiledQuery.raw(statement, [...params]))).rows as R[],
  }
}
