import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import { discretionTableSchema, type DiscretionTable } from '../../../../shared/domain/discretion/baseline'
import { tableIssuesText } from '../../../../shared/i18n/baseline-text'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { readSetting, writeSetting } from '../workspace/preferences'
import { actorName } from '../auth/actor'

const KEY = 'discretionBaseline'

async function shippedExample(resourcesDir: string): Promise<DiscretionTable> {
  const text = await readFile(join(resourcesDir, 'discretion', 'example-baseline.json'), 'utf8')
  return discretionTableSchema.parse(JSON.parse(text))
}

/** The baseline in force; a workspace without one is given the shipped example (marked as such). */
export async function readBaseline(db: Kysely<DB>, resourcesDir: string): Promise<DiscretionTable> {
  const stored = await readSetting(db, KEY)
  if (stored === null) {
    const example = await shippedExample(resourcesDir)
    await writeSetting(db, KEY, JSON.stringify(example))
    return example
  }
  const parsed = discretionTableSchema.safeParse(JSON.parse(stored))
  if (!parsed.success) throw new AppError('baseline_invalid', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })
  return parsed.data
}

/** Checks the whole table, then replaces the one in force and logs both versions. */
export async function replaceBaseline(ctx: ServiceContext, table: unknown, action: 'discretion.set' | 'discretion.import', source?: string) {
  const parsed = discretionTableSchema.safeParse(table)
  if (!parsed.success) {
    throw new AppError('baseline_invalid', { detail: tableIssuesText(parsed.error.issues, table as DiscretionTable, await ctx.locale()) })
  }
  const before = await readBaseline(ctx.db, ctx.paths.resources)
  const actor = actorName(ctx)
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, KEY, JSON.stringify(parsed.data))
    await appendAudit(trx, ctx.now(), { actor, action, entity: 'discretion_baseline', entityId: source ?? null, before, after: parsed.data })
  })
  return parsed.data
}
