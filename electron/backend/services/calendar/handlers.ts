import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { actorName } from '../auth/actor'
import { importPath, readTableFile } from '../settings/table-file'
import { withUpload } from '../uploads'
import { calendarProblemsText } from '../../../../shared/i18n/calendar-import-text'
import { loadCalendar, readOverrides } from './load'
import { overridesFromSheet, type ImportedOverride } from './import-sheet'

async function status(ctx: ServiceContext) {
  const calendar = await loadCalendar(ctx.db)
  return { overrides: await readOverrides(ctx.db), coveredYears: calendar.coveredYears() }
}

/** Replaces the whole list in one audited transaction; `merge` keeps the dates the list does not name. */
async function saveOverrides(ctx: ServiceContext, overrides: ImportedOverride[], action: 'calendar.set_overrides' | 'calendar.import_overrides', merge: boolean) {
  const actor = actorName(ctx)
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readOverrides(trx)
    // One entry per date: the last one given wins, as the calendar reads them.
    const byDate = new Map((merge ? [...before, ...overrides] : overrides).map((o) => [o.date, o]))
    await trx.deleteFrom('calendarOverrides').execute()
    if (byDate.size) await trx.insertInto('calendarOverrides').values([...byDate.values()]).execute()
    await appendAudit(trx, ctx.now(), { actor, action, entity: 'calendar', entityId: null, before, after: [...byDate.values()] })
    const known = new Set(before.map((o) => o.date))
    const named = new Set(overrides.map((o) => o.date))
    return { added: [...named].filter((d) => !known.has(d)).length, updated: [...named].filter((d) => known.has(d)).length }
  })
}

export const calendarHandlers: DomainHandlers<'calendar'> = {
  'calendar.status': async (ctx) => status(ctx),

  'calendar.setOverrides': async (ctx, { overrides }) => {
    await saveOverrides(ctx, overrides, 'calendar.set_overrides', false)
    return status(ctx)
  },

  'calendar.importOverrides': async (ctx, source) => {
    const file = await importPath(ctx.ports, source)
    if (!file) return null
    return withUpload(ctx.paths.data, file.path, async () => {
      const locale = await ctx.locale()
      const result = overridesFromSheet(await readTableFile(file.path, file.fileName, locale))
      if (!result.ok) throw new AppError('import_invalid', { fileName: file.fileName, detail: calendarProblemsText(result.problems, locale) })
      const counts = await saveOverrides(ctx, result.overrides, 'calendar.import_overrides', true)
      return { status: await status(ctx), ...counts }
    })
  },
}
