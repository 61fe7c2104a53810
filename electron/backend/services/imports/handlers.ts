import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { IMPORT_FIELDS, applyRemembered, findHeaderRow, guessMapping, type ImportTarget, type RememberedMapping } from '../../../../shared/domain/imports/fields'
import { cellText } from '../../../../shared/domain/imports/values'
import { importPath, readTable } from '../settings/table-file'
import { readSetting } from '../workspace/preferences'
import { withUpload } from '../uploads'
import { cancelSession, closeSession, openSession } from './sessions'
import { commitImport, previewImport } from './run'
import { mappingKey } from './write'

async function rememberedMapping(ctx: ServiceContext, target: ImportTarget, headers: string[]) {
  const stored = await readSetting(ctx.db, mappingKey(target))
  const remembered = stored ? (JSON.parse(stored) as Partial<RememberedMapping>) : null
  if (!remembered?.fields || !remembered.headers) return { mapping: guessMapping(target, headers), remembered: false }
  return { mapping: applyRemembered(target, headers, remembered as RememberedMapping), remembered: true }
}

export const importsHandlers: DomainHandlers<'imports'> = {
  'imports.open': async (ctx, { target, ...source }) => {
    const file = await importPath(ctx.ports, source)
    if (!file) return null
    const locale = await ctx.locale()
    // The session keeps the rows: a browser upload's copy goes as soon as it is read.
    const table = await withUpload(ctx.paths.data, file.path, () =>
      readTable(file.path, file.fileName, locale, (done, total) => ctx.progress({ task: 'imports.read', done, total })),
    )
    const headerIndex = findHeaderRow(target, table.rows)
    const width = Math.max(0, ...table.rows.slice(headerIndex, headerIndex + 200).map((r) => r.length))
    const headers = Array.from({ length: width }, (_, i) => cellText(table.rows[headerIndex]?.[i] ?? null))
    const rows = table.rows.slice(headerIndex + 1)
    const session = openSession({ target, fileName: file.fileName, encoding: table.encoding, headerRow: headerIndex + 1, headers, rows }, ctx.now().getTime())
    const { mapping, remembered } = await rememberedMapping(ctx, target, headers)
    return {
      sessionId: session.id,
      target,
      fileName: file.fileName,
      encoding: table.encoding,
      headerRow: session.headerRow,
      headers,
      rowCount: rows.filter((r) => r.some((c) => cellText(c) !== '')).length,
      sample: rows.slice(0, 5).map((r) => headers.map((_, i) => cellText(r[i] ?? null))),
      mapping: Object.fromEntries(IMPORT_FIELDS[target].map((f) => [f.key, mapping[f.key] ?? null])),
      remembered,
    }
  },

  'imports.preview': async (ctx, options) => previewImport(ctx, options),

  'imports.commit': async (ctx, options) => commitImport(ctx, options),

  'imports.cancel': async (_ctx, { sessionId }) => {
    cancelSession(sessionId)
    return { ok: true as const }
  },

  'imports.close': async (_ctx, { sessionId }) => {
    closeSession(sessionId)
    return { ok: true as const }
  },
}
