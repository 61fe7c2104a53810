import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { rubricSchema, type Rubric } from '../../../shared/domain/rubric'
import { notFound } from '../errors'

// A published rubric version never changes, so a parsed copy can be kept for the process.
const cache = new Map<string, Rubric>()

export async function loadRubric(db: Kysely<DB>, id: number): Promise<Rubric> {
  const row = await db.selectFrom('rubrics').select(['body']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('rubric', id)
  let rubric = cache.get(row.body)
  if (!rubric) {
    rubric = rubricSchema.parse(JSON.parse(row.body))
    cache.set(row.body, rubric)
  }
  return rubric
}
