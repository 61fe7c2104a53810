import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { currentReviewer, readLocale, readSetting, writeSetting } from './preferences'
import { loadDemoWorkspace } from '../../demo/load'
import { DEFAULT_SQUADS } from '../people/default-squads'

async function status(ctx: ServiceContext) {
  // An aggregate without GROUP BY yields exactly one row.
  const { n } = await ctx.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const reviewer = await currentReviewer(ctx.db)
  const setup = await readSetting(ctx.db, 'setupDone')
  return {
    needsSetup: !setup && Number(n) === 0,
    caseCount: Number(n),
    locale: await readLocale(ctx.db),
    reviewer: reviewer ? { id: reviewer.id, name: reviewer.name, role: reviewer.role } : null,
    dataFolder: ctx.paths.data,
    defaultSquadCount: DEFAULT_SQUADS.length,
  }
}

export const workspaceHandlers: DomainHandlers<'workspace'> = {
  'workspace.status': async (ctx) => status(ctx),

  'workspace.loadDemo': async (ctx) => loadDemoWorkspace(ctx),

  'workspace.startEmpty': async (ctx, { reviewerName, withDefaultSquads }) => {
    if (!(await status(ctx)).needsSetup) throw new AppError('conflict', { detail: 'workspace already set up' })
    await ctx.db.transaction().execute(async (trx) => {
      // The district's squads are the bureau's structure, not demo data: an empty start may have them too.
      const squads = withDefaultSquads ? DEFAULT_SQUADS.map((s, sortOrder) => ({ name: s.name, kind: s.kind, sortOrder })) : []
      if (squads.length) await trx.insertInto('squads').values(squads).onConflict((oc) => oc.column('name').doNothing()).execute()
      const { id } = await trx.insertInto('reviewers').values({ name: reviewerName, role: 'lead' }).returning('id').executeTakeFirstOrThrow()
      await writeSetting(trx, 'currentReviewerId', String(id))
      await writeSetting(trx, 'setupDone', 'empty')
      await appendAudit(trx, ctx.now(), { actor: reviewerName, action: 'workspace.start_empty', entity: 'workspace', entityId: null, after: { squads: squads.map((s) => s.name) } })
    })
    return status(ctx)
  },

  'workspace.setLocale': async (ctx, { locale }) => {
    await writeSetting(ctx.db, 'locale', locale)
    return status(ctx)
  },
}
