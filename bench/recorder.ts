import { SqliteQueryCompiler, type CompiledQuery, type KyselyPlugin, type QueryId } from 'kysely'

/**
 * Records the SQL of every statement the service runs, as compiled after the camel-case plugin.
 * Subqueries pass through transformQuery too, but only executed statements reach transformResult.
 */
export class Recorder implements KyselyPlugin {
  readonly statements: CompiledQuery[] = []
  readonly #compiled = new WeakMap<QueryId, CompiledQuery>()
  readonly #compiler = new SqliteQueryCompiler()
  transformQuery: KyselyPlugin['transformQuery'] = ({ node, queryId }) => {
    this.#compiled.set(queryId, this.#compiler.compileQuery(node, queryId))
    return node
  }
  transformResult: KyselyPlugin['transformResult'] = async ({ result, queryId }) => {
    const executed = this.#compiled.get(queryId)
    if (executed) this.statements.push(executed)
    return result
  }
}
