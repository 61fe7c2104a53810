import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { readLocale, readSetting, writeSetting } from './preferences'
import { loadDemoWorkspace } from '../../demo/load'
import { DEMO_PASSWORD, DEMO_REVIEWERS } from '../../demo/record-vocabulary'
import { DEFAULT_SQUADS } from '../people/default-squads'
import { findByLogin, hasAccounts } from '../accounts/queries'
import { createFirstAdmin } from '../auth/first-admin'
import { signedInAs } from '../auth/handlers'
import { readIdleLockMinutes } from '../auth/idle-lock'

async function status(ctx: ServiceContext) {
  // An aggregate without GROUP BY yields exactly one row.
  const { n } = await ctx.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const setup = await readSetting(ctx.db, 'setupDone')
  const { actor } = ctx
  const accounts = await hasAccounts(ctx.db)
  return {
    needsSetup: !setup && Number(n) === 0 && !accounts,
    caseCount: Number(n),
    locale: await readLocale(ctx.db),
    reviewer: actor?.reviewerId && actor.role ? { id: actor.reviewerId, name: actor.name, role: actor.role } : null,
    dataFolder: ctx.paths.data,
    defaultSquadCount: DEFAULT_SQUADS.length,
    hasAccounts: accounts,
    account: actor,
    idleLockMinutes: await readIdleLockMinutes(ctx.db),
    demo: setup === 'demo' ? { logins: DEMO_REVIEWERS.map((r) => r.name), password: DEMO_PASSWORD } : null,
  }
}

/** The status as the caller sees it once they are signed in as the account. */
async function statusAs(ctx: ServiceContext, accountId: number) {
  return status({ ...ctx, actor: await signedInAs(ctx, accountId) })
}

export const workspaceHandlers: DomainHandlers<'workspace'> = {
  'workspace.status': async (ctx) => status(ctx),

  // Whoever loads the demo at the first start is signed in as its lead.
  'workspace.loadDemo': async (ctx) => {
    const loaded = await loadDemoWorkspace(ctx)
    const lead = await findByLogin(ctx.db, DEMO_REVIEWERS[0].name)
    if (lead) await signedInAs(ctx, lead.id)
    return loaded
  },

  'workspace.startEmpty': async (ctx, { reviewerName, login, password, withDefaultSquads }) => {
    if (!(await status(ctx)).needsSetup) throw new AppError('conflict', { detail: 'workspace already set up' })
    const accountId = await ctx.db.transaction().execute(async (trx) => {
      // The district's squads are the bureau's structure, not demo data: an empty start may have them too.
      const squads = withDefaultSquads ? DEFAULT_SQUADS.map((s, sortOrder) => ({ name: s.name, kind: s.kind, sortOrder })) : []
      if (squads.length) await trx.insertInto('squads').values(squads).onConflict((oc) => oc.column('name').doNothing()).execute()
      const id = await createFirstAdmin(ctx, trx, { name: reviewerName, login, password })
      await writeSetting(trx, 'setupDone', 'empty')
      await appendAudit(trx, ctx.now(), { actor: reviewerName, action: 'workspace.start_empty', entity: 'workspace', entityId: null, after: { squads: squads.map((s) => s.name) } })
      await appendAudit(trx, ctx.now(), { actor: reviewerName, action: 'auth.setup', entity: 'account', entityId: id, after: { login, name: reviewerName } })
      return id
    })
    return statusAs(ctx, accountId)
  },

  'workspace.setLocale': async (ctx, { locale }) => {
    await writeSetting(ctx.db, 'locale', locale)
    return status(ctx)
  },
}
