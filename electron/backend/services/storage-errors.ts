import { dirname, isAbsolute, relative } from 'node:path'
import { AppError } from './errors'

const READ_ONLY = new Set(['SQLITE_READONLY', 'SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'])
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])

type SystemError = { code?: unknown; path?: unknown; dest?: unknown }

/**
 * A read-only folder or a full disk, told as what to do instead of a raw SQLite or system code.
 * SQLite names no file: its errors concern the data folder. A refused read of a file the user chose
 * is not this (its own service says so); only paths inside `ours` (data and backup folders) count.
 */
export function storageError(err: unknown, dataFolder: string, ours: readonly string[] = [dataFolder]): AppError | null {
  const { code, path, dest } = (err ?? {}) as SystemError
  if (typeof code !== 'string') return null
  const file = typeof dest === 'string' ? dest : typeof path === 'string' ? path : null
  const folder = file === null ? dataFolder : dirname(file)
  if (FULL.has(code)) return new AppError('disk_full', { folder })
  if (!READ_ONLY.has(code)) return null
  if (code.startsWith('SQLITE_')) return new AppError('folder_read_only', { folder: dataFolder })
  return file !== null && ours.some((root) => isInside(file, root)) ? new AppError('folder_read_only', { folder }) : null
}

function isInside(file: string, root: string): boolean {
  const rel = relative(root, file)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
