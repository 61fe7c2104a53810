import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { rubricSchema } from '../../../shared/domain/rubric'

/** Publishes every shipped rubric version (resources/rubrics/*.json) not yet in the database. */
export async function installShippedRubrics(db: Kysely<DB>, resourcesDir: string, now: Date): Promise<void> {
  const dir = join(resourcesDir, 'rubrics')
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const rubric = rubricSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))
    await db
      .insertInto('rubrics')
      .values({ code: rubric.code, version: rubric.version, name: rubric.name, body: JSON.stringify(rubric), publishedAt: now.toISOString() })
      .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
      .execute()
  }
}
