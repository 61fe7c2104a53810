import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { rubricSchema, type Rubric } from '../../../../shared/domain/rubric'
import { notFound } from '../errors'

// A published rubric version never changes, so a parsed copy can be kept for the process.
const cache = new Map<string, Rubric>()

/** A stored rubric body, parsed once per process. */
export function parseRubric(body: string): Rubric {
  let rubric = cache.get(body)
  if (!rubric) {
    rubric = rubricSchema.parse(JSON.parse(body))
    cache.set(body, rubric)
  }
  return rubric
}

export async function loadRubric(db: Kysely<DB>, id: number): Promise<Rubric> {
  const row = await db.selectFrom('rubrics').select(['body']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('rubric', id)
  return parseRubric(row.body)
}
