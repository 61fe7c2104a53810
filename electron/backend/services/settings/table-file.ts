import { basename } from 'node:path'
import type { Locale } from '../../../../shared/contract/workspace'
import type { Cell } from '../../../../shared/domain/imports/values'
import { TABLE_LIMIT_TEXT } from '../../../../shared/i18n/import-text'
import { AppError } from '../errors'
import type { SystemPorts } from '../context'
import { limitText } from '../documents/limits'
import { JobStopped, runJob } from '../workers/pool'
import { checkTableFile } from './table-check'
import type { TableFile } from './table-parse'

export type { Cell, TableFile }

/**
 * The rows of a table file (parseTableFile), parsed in a worker thread so other calls are answered
 * meanwhile; `progress` tells the rows received. A parse stopped at its limit is refused as import_invalid.
 */
export async function readTable(path: string, fileName: string, locale: Locale, progress?: (done: number, total: number) => void): Promise<TableFile> {
  // A pipe, a device or a file over the limit is refused at once, without a worker.
  await checkTableFile(path, fileName, locale)
  const rows: Cell[][] = []
  try {
    const { encoding } = await runJob('table.read', { path, fileName, locale }, { onPart: (part) => rows.push(...(part as Cell[][])), onProgress: progress })
    return { rows, encoding }
  } catch (err) {
    if (!(err instanceof JobStopped)) throw err
    const text = TABLE_LIMIT_TEXT[locale]
    const detail = err.reason === 'time' ? text.tooSlow({ seconds: err.limit / 1000 }) : text.tooMuchMemory({ limit: limitText(err.limit * 1024 * 1024) })
    throw new AppError('import_invalid', { fileName, detail })
  }
}

/** The rows of a table file (see readTable). */
export async function readTableFile(path: string, fileName: string, locale: Locale): Promise<Cell[][]> {
  return (await readTable(path, fileName, locale)).rows
}

/**
 * The file to import: the one given, or the one the user picks (the caller's ports); null if
 * cancelled. Its path may be an upload's copy: read it within `withUpload`.
 */
export async function importPath(
  ports: SystemPorts,
  source: { path?: string; fileName?: string },
): Promise<{ path: string; fileName: string } | null> {
  if (source.path) return { path: source.path, fileName: source.fileName ?? basename(source.path) }
  if (!ports.pickFiles) throw new AppError('desktop_only')
  const [picked] = await ports.pickFiles('table')
  if (picked && 'refused' in picked) throw picked.refused
  return picked ?? null
}
