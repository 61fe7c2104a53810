import type { DomainHandlers } from '../handler-types'
import { appendAudit } from '../audit/log'
import { appendKnockOns, removedWithCase } from '../audit/cascades'
import { actorName } from '../auth/actor'
import { listCases } from './queries'
import { assertCaseNumberFree, assertSquadAndOfficers, readCase, toRow, writeOfficers } from './records'
import { AppError, notFound } from '../errors'
import { queryTokens, textSealer } from '../keys/sealed-text'

export const casesHandlers: DomainHandlers<'cases'> = {
  'cases.list': async (ctx, q) => listCases(ctx.db, q, q.search && ctx.dataKey.has() ? queryTokens(ctx.dataKey.get(), q.search) : []),

  'cases.get': async (ctx, { id }) => readCase(ctx.db, id),

  'cases.create': async (ctx, fields) => {
    await assertSquadAndOfficers(ctx.db, fields)
    const actor = actorName(ctx)
    const now = ctx.now()
    const sealSides = textSealer(ctx.dataKey)
    const id = await ctx.db.transaction().execute(async (trx) => {
      await assertCaseNumberFree(trx, fields.caseNumber)
      const row = toRow(fields, now.toISOString(), ctx.dataKey)
      const { id } = await trx
        .insertInto('cases')
        .values({ ...row, createdAt: row.updatedAt })
        .returning('id')
        .executeTakeFirstOrThrow()
      await writeOfficers(trx, id, fields.officerIds)
      await appendAudit(trx, now, { actor, action: 'case.create', entity: 'case', entityId: id, after: fields, sealSides })
      return id
    })
    return readCase(ctx.db, id)
  },

  'cases.update': async (ctx, { id, fields }) => {
    await assertSquadAndOfficers(ctx.db, fields)
    const before = await readCase(ctx.db, id)
    const actor = actorName(ctx)
    const now = ctx.now()
    const sealSides = textSealer(ctx.dataKey)
    await ctx.db.transaction().execute(async (trx) => {
      await assertCaseNumberFree(trx, fields.caseNumber, id)
      await trx.updateTable('cases').set(toRow(fields, now.toISOString(), ctx.dataKey)).where('id', '=', id).execute()
      await writeOfficers(trx, id, fields.officerIds)
      await appendAudit(trx, now, { actor, action: 'case.update', entity: 'case', entityId: id, before, after: fields, sealSides })
    })
    return readCase(ctx.db, id)
  },

  'cases.remove': async (ctx, { id }) => {
    const before = await readCase(ctx.db, id)
    const evaluated = await ctx.db.selectFrom('assignments').select('id').where('caseId', '=', id).executeTakeFirst()
    if (evaluated) throw new AppError('case_in_campaign', { caseNumber: before.caseNumber })
    const actor = actorName(ctx)
    await ctx.db.transaction().execute(async (trx) => {
      const knockOns = await removedWithCase(trx, id)
      await trx.deleteFrom('cases').where('id', '=', id).execute()
      await appendKnockOns(trx, ctx.now(), actor, knockOns)
      await appendAudit(trx, ctx.now(), { actor, action: 'case.remove', entity: 'case', entityId: id, before, sealSides: textSealer(ctx.dataKey) })
    })
    return { ok: true as const }
  },

  'cases.squads': async (ctx, { include = [], includeInactive }) => {
    let q = ctx.db.selectFrom('squads').select(['id', 'name', 'kind', 'active'])
    if (!includeInactive) q = q.where((eb) => eb.or([eb('active', '=', 1), ...(include.length ? [eb('id', 'in', include)] : [])]))
    const rows = await q.orderBy('sortOrder').orderBy('id').execute()
    return rows.map((r) => ({ ...r, active: r.active === 1 }))
  },

  // Active officers (of the squad, if given), and the ones already on the case even if inactive or moved.
  'cases.officers': async (ctx, { squadId, include = [] }) => {
    if (squadId) {
      const squad = await ctx.db.selectFrom('squads').select('id').where('id', '=', squadId).executeTakeFirst()
      if (!squad) throw notFound('squad', squadId)
    }
    const rows = await ctx.db
      .selectFrom('officers')
      .select(['id', 'name', 'badgeNumber', 'squadId', 'certified', 'active'])
      .where((eb) =>
        eb.or([
          eb.and([eb('active', '=', 1), ...(squadId ? [eb('squadId', '=', squadId)] : [])]),
          ...(include.length ? [eb('id', 'in', include)] : []),
        ]),
      )
      .orderBy('squadId')
      .orderBy('name')
      .execute()
    return rows.map((r) => ({ ...r, certified: r.certified === 1, active: r.active === 1 }))
  },
}
