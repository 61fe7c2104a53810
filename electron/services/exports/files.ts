import { basename, join } from 'node:path'
import { AppError } from '../errors'

/** Windows-safe file name: no reserved characters, no path parts. */
export function safeFileName(name: string): string {
  return name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').slice(0, 180)
}

/** Resolves a name inside the exports folder; anything that tries to leave it is refused. */
export function exportFilePath(exportsDir: string, fileName: string): string {
  if (basename(fileName) !== fileName || fileName.startsWith('.')) throw new AppError('not_found', { what: 'file', id: fileName })
  return join(exportsDir, fileName)
}
