import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { rubricSchema } from '../../../../shared/domain/rubric'

/** The general rubric; installed first so that it keeps the lowest id in a new workspace. */
export const DEFAULT_RUBRIC_CODE = 'penalty-ordinary'

function installOrder(a: string, b: string): number {
  const first = (name: string) => (name.startsWith(`${DEFAULT_RUBRIC_CODE}.`) ? 0 : 1)
  return first(a) - first(b) || a.localeCompare(b)
}

/**
 * Publishes every shipped rubric version (resources/rubrics/*.json) not yet in the database, on
 * every open: a workspace made before a rubric shipped gets it, one that has it is left alone.
 */
export async function installShippedRubrics(db: Kysely<DB>, resourcesDir: string, now: Date): Promise<void> {
  const dir = join(resourcesDir, 'rubrics')
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort(installOrder)) {
    const rubric = rubricSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))
    await db
      .insertInto('rubrics')
      .values({ code: rubric.code, version: rubric.version, name: rubric.name, target: rubric.target ?? 'case', body: JSON.stringify(rubric), publishedAt: now.toISOString() })
      .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
      .execute()
  }
}
