import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../../shared/domain/rubric'
import { appendAudit } from '../audit/log'

/** Stores the rubric as the next version of its code, in one audited transaction. */
export async function publishRubric(db: Kysely<DB>, body: Rubric, actor: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    const latest = await trx.selectFrom('rubrics').select((eb) => eb.fn.max('version').as('v')).where('code', '=', body.code).executeTakeFirst()
    const version = Number(latest?.v ?? 0) + 1
    const stored = { ...body, version }
    const row = { code: body.code, version, name: body.name, target: body.target ?? ('case' as const), body: JSON.stringify(stored), publishedAt: now.toISOString() }
    const { id } = await trx.insertInto('rubrics').values(row).returning('id').executeTakeFirstOrThrow()
    await appendAudit(trx, now, { actor, action: 'rubric.publish', entity: 'rubric', entityId: id, after: { code: body.code, version, name: body.name } })
    return { id, code: row.code, version, name: row.name, target: row.target, publishedAt: row.publishedAt }
  })
}
