import type { DomainHandlers } from '../handler-types'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { queryTokens, textSealer } from '../keys/sealed-text'
import { writeSetting } from '../workspace/preferences'
import { assertSquad, assertTicketFree, complaintRow, readComplaint } from './records'
import { listComplaints } from './queries'
import { readRepeatRule, REPEAT_RULE_KEY } from './repeat-rule'

/** What the audit keeps of a complaint: its fields, the address and party among them (the sides are sealed). */
const recordOf = ({ ticketNumber, source, receivedOn, subject, address, party, squadId, result, closedOn, repliedOn }: Awaited<ReturnType<typeof readComplaint>>) => ({
  ticketNumber,
  source,
  receivedOn,
  subject,
  address,
  party,
  squadId,
  result,
  closedOn,
  repliedOn,
})

export const complaintsHandlers: DomainHandlers<'complaints'> = {
  'complaints.list': async (ctx, q) => listComplaints(ctx.db, q, await readRepeatRule(ctx.db), q.search && ctx.dataKey.has() ? queryTokens(ctx.dataKey.get(), q.search) : []),

  'complaints.get': async (ctx, { id }) => readComplaint(ctx.db, id, await readRepeatRule(ctx.db)),

  'complaints.create': async (ctx, fields) => {
    await assertSquad(ctx.db, fields.squadId)
    const now = ctx.now()
    const row = complaintRow(fields, now.toISOString(), ctx.dataKey)
    const id = await ctx.db.transaction().execute(async (trx) => {
      await assertTicketFree(trx, fields.ticketNumber)
      const { id } = await trx
        .insertInto('complaints')
        .values({ ...row, createdAt: row.updatedAt })
        .returning('id')
        .executeTakeFirstOrThrow()
      await appendAudit(trx, now, { actor: actorName(ctx), action: 'complaint.create', entity: 'complaint', entityId: id, after: fields, sealSides: textSealer(ctx.dataKey) })
      return id
    })
    return readComplaint(ctx.db, id, await readRepeatRule(ctx.db))
  },

  'complaints.update': async (ctx, { id, fields }) => {
    const rule = await readRepeatRule(ctx.db)
    const before = await readComplaint(ctx.db, id, rule)
    await assertSquad(ctx.db, fields.squadId)
    const now = ctx.now()
    const row = complaintRow(fields, now.toISOString(), ctx.dataKey)
    await ctx.db.transaction().execute(async (trx) => {
      await assertTicketFree(trx, fields.ticketNumber, id)
      await trx.updateTable('complaints').set(row).where('id', '=', id).execute()
      await appendAudit(trx, now, { actor: actorName(ctx), action: 'complaint.update', entity: 'complaint', entityId: id, before: recordOf(before), after: fields, sealSides: textSealer(ctx.dataKey) })
    })
    return readComplaint(ctx.db, id, rule)
  },

  'complaints.remove': async (ctx, { id }) => {
    const before = await readComplaint(ctx.db, id, await readRepeatRule(ctx.db))
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('complaints').where('id', '=', id).execute()
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'complaint.remove', entity: 'complaint', entityId: id, before: recordOf(before), sealSides: textSealer(ctx.dataKey) })
    })
    return { ok: true as const }
  },

  'complaints.repeatRule': async (ctx) => readRepeatRule(ctx.db),

  'complaints.setRepeatRule': async (ctx, rule) => {
    const before = await readRepeatRule(ctx.db)
    await ctx.db.transaction().execute(async (trx) => {
      await writeSetting(trx, REPEAT_RULE_KEY, JSON.stringify(rule))
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'complaint.repeat_rule', entity: 'settings', entityId: REPEAT_RULE_KEY, before, after: rule })
    })
    return rule
  },
}
