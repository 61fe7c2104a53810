import type { DomainHandlers } from '../handler'
import { appendAudit } from '../audit/log'
import { notFound } from '../errors'
import { actorName, writeSetting } from '../workspace/settings'

export const reviewersHandlers: DomainHandlers<'reviewers'> = {
  'reviewers.list': async (ctx) => ctx.db.selectFrom('reviewers').select(['id', 'name', 'role']).orderBy('id').execute(),

  // Switching who sits at the PC changes whose name the audit log writes, so the switch is logged too.
  'reviewers.setCurrent': async (ctx, { reviewerId }) =>
    ctx.db.transaction().execute(async (trx) => {
      const next = await trx.selectFrom('reviewers').select(['id', 'name', 'role']).where('id', '=', reviewerId).executeTakeFirst()
      if (!next) throw notFound('reviewer', reviewerId)
      const previous = await actorName(trx)
      await writeSetting(trx, 'currentReviewerId', String(next.id))
      await appendAudit(trx, ctx.now(), { actor: previous, action: 'workspace.switch_reviewer', entity: 'workspace', entityId: null, before: { reviewer: previous }, after: { reviewer: next.name } })
      return next
    }),
}
