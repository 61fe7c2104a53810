import { mkdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ExportResult } from '../../../../shared/contract/exports'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'

/** Windows-safe file name: no reserved characters, no path parts. */
function safeFileName(name: string): string {
  return name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').slice(0, 180)
}

/** Local time as 20240315-093005: exported files of one day sort by the time they were made and never overwrite each other. */
function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

/**
 * Writes one export into the exports folder as `<name>-<local time>.<ext>` (or `<name>.<ext>`
 * unstamped), hands it to the user through the caller's ports (shown in its folder, or downloaded)
 * and says where it went: the one way every export reaches the user.
 */
export async function writeExport(ctx: Pick<ServiceContext, 'paths' | 'now' | 'ports'>, name: string, ext: string, write: (filePath: string) => Promise<unknown>, { stamped = true } = {}): Promise<ExportResult> {
  await mkdir(ctx.paths.exports, { recursive: true })
  const base = safeFileName(name).slice(0, 160)
  const fileName = stamped ? `${base}-${fileStamp(ctx.now())}.${ext}` : `${base}.${ext}`
  const filePath = join(ctx.paths.exports, fileName)
  await write(filePath)
  const result = { fileName, filePath, byteSize: (await stat(filePath)).size }
  await ctx.ports.deliverExport?.(result)
  return result
}

/** Resolves a name inside the exports folder; anything that tries to leave it is refused. */
export function exportFilePath(exportsDir: string, fileName: string): string {
  if (basename(fileName) !== fileName || fileName.startsWith('.')) throw new AppError('not_found', { what: 'file', id: fileName })
  return join(exportsDir, fileName)
}
