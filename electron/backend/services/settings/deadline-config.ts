import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import { DEFAULT_DEADLINE_CONFIG, resolveDeadlineConfig, type DeadlineConfigInput } from '../../../../shared/domain/deadlines'
import { appendAudit } from '../audit/log'
import { readSetting, writeSetting } from '../workspace/preferences'
import { actorName } from '../auth/actor'

const KEY = 'deadlineConfig'

/** The lead's changes to the time limits; what is not set keeps its default. */
export async function readDeadlineConfig(db: Kysely<DB>): Promise<DeadlineConfigInput> {
  const stored = await readSetting(db, KEY)
  return stored ? (JSON.parse(stored) as DeadlineConfigInput) : {}
}

export async function deadlineSettings(db: Kysely<DB>) {
  return { config: resolveDeadlineConfig(await readDeadlineConfig(db)), defaults: DEFAULT_DEADLINE_CONFIG }
}

export async function saveDeadlineConfig(ctx: ServiceContext, input: DeadlineConfigInput) {
  const before = await readDeadlineConfig(ctx.db)
  const actor = actorName(ctx)
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, KEY, JSON.stringify(input))
    await appendAudit(trx, ctx.now(), { actor, action: 'deadlines.set', entity: 'deadline_config', entityId: null, before, after: input })
  })
  return deadlineSettings(ctx.db)
}
