import type { DomainHandlers } from '../handler-types'
import { appendAudit } from '../audit/log'
import { AppError, notFound } from '../errors'
import { actorName, writeSetting } from '../workspace/preferences'

export const reviewersHandlers: DomainHandlers<'reviewers'> = {
  // Inactive reviewers are not offered in the switch.
  'reviewers.list': async (ctx) => ctx.db.selectFrom('reviewers').select(['id', 'name', 'role']).where('active', '=', 1).orderBy('id').execute(),

  // Switching who sits at the PC changes whose name the audit log writes, so the switch is logged too.
  'reviewers.setCurrent': async (ctx, { reviewerId }) =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('reviewers').select(['id', 'name', 'role', 'active']).where('id', '=', reviewerId).executeTakeFirst()
      if (!row) throw notFound('reviewer', reviewerId)
      if (row.active !== 1) throw new AppError('reviewer_inactive', { name: row.name })
      const next = { id: row.id, name: row.name, role: row.role }
      const previous = await actorName(trx)
      await writeSetting(trx, 'currentReviewerId', String(next.id))
      await appendAudit(trx, ctx.now(), { actor: previous, action: 'workspace.switch_reviewer', entity: 'workspace', entityId: null, before: { reviewer: previous }, after: { reviewer: next.name } })
      return next
    }),
}
