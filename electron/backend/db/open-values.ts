import { CamelCasePlugin, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely'
import type { Database } from './connection'

/**
 * Opens every string value of every result row that `open` recognises (personal text stored
 * sealed, ADR 0012), so queries and the services above them read plain values. Writes are sealed
 * by the services that write personal columns.
 */
export class OpenValuesPlugin implements KyselyPlugin {
  constructor(private readonly open: (value: string) => string) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const { rows } = args.result
    for (const row of rows) {
      for (const key in row) {
        const value = row[key]
        if (typeof value === 'string') row[key] = this.open(value)
      }
    }
    return args.result
  }
}

/**
 * The database as stored, without the opening of sealed values: what the audit hashes and
 * verifies, so that verification needs no key.
 */
export function storedForm<D extends Database>(db: D): D {
  return db.withoutPlugins().withPlugin(new CamelCasePlugin()) as D
}
