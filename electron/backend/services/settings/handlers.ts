import type { DomainHandlers } from '../handler-types'
import { AppError } from '../errors'
import { writeExport } from '../exports/files'
import { tableFromSheet } from '../../../../shared/domain/discretion/sheet'
import { BASELINE_WORKBOOK_TEXT, importedNote, sheetProblemsText } from '../../../../shared/i18n/baseline-text'
import { readBaseline, replaceBaseline } from './discretion-store'
import { baselineWorkbook } from './discretion-workbook'
import { deadlineSettings, saveDeadlineConfig } from './deadline-config'
import { importPath, readTableFile } from './table-file'
import { withUpload } from '../uploads'

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.discretion': async (ctx) => readBaseline(ctx.db, ctx.paths.resources),

  'settings.setDiscretion': async (ctx, { table }) => replaceBaseline(ctx, table, 'discretion.set'),

  'settings.importDiscretion': async (ctx, source) => {
    const file = await importPath(ctx.ports, source)
    if (!file) return null
    return withUpload(ctx.paths.data, file.path, async () => {
      const locale = await ctx.locale()
      const rows = await readTableFile(file.path, file.fileName, locale)
      const title = file.fileName.replace(/\.[^.]+$/, '')
      const result = tableFromSheet(rows, { title, note: importedNote(file.fileName), source: file.fileName })
      if (!result.ok) throw new AppError('import_invalid', { fileName: file.fileName, detail: sheetProblemsText(result.problems, locale) })
      return { table: await replaceBaseline(ctx, result.table, 'discretion.import', file.fileName), rows: result.rows }
    })
  },

  'settings.exportDiscretion': async (ctx, { template }) => {
    const locale = await ctx.locale()
    const text = BASELINE_WORKBOOK_TEXT[locale]
    const table = template ? null : await readBaseline(ctx.db, ctx.paths.resources)
    return writeExport(ctx, template ? text.template : text.fileName, 'xlsx', (filePath) => baselineWorkbook(table, locale).xlsx.writeFile(filePath))
  },

  'settings.deadlines': async (ctx) => deadlineSettings(ctx.db),

  'settings.setDeadlines': async (ctx, { config }) => saveDeadlineConfig(ctx, config),
}
