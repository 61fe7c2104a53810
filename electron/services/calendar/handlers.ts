import type { DomainHandlers } from '../handler'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { actorName } from '../workspace/settings'
import { loadCalendar, readOverrides } from './load'

async function status(ctx: ServiceContext) {
  const calendar = await loadCalendar(ctx.db)
  return { overrides: await readOverrides(ctx.db), coveredYears: calendar.coveredYears() }
}

export const calendarHandlers: DomainHandlers<'calendar'> = {
  'calendar.status': async (ctx) => status(ctx),

  'calendar.setOverrides': async (ctx, { overrides }) => {
    const actor = await actorName(ctx.db)
    await ctx.db.transaction().execute(async (trx) => {
      const before = await readOverrides(trx)
      await trx.deleteFrom('calendarOverrides').execute()
      // One entry per date: the last one given wins, as the calendar reads them.
      const byDate = new Map(overrides.map((o) => [o.date, o]))
      if (byDate.size) await trx.insertInto('calendarOverrides').values([...byDate.values()]).execute()
      await appendAudit(trx, ctx.now(), { actor, action: 'calendar.set_overrides', entity: 'calendar', entityId: null, before, after: [...byDate.values()] })
    })
    return status(ctx)
  },
}
