import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkDatabaseFile, isDamageError } from '../../db/backup'
import type { RecoveryReason } from '../../../../shared/contract/backups'
import { DATABASE_FILE, MARKER_FILE } from '../data-folder'
import type { AppPaths } from '../context'
import { storageError } from '../storage-errors'

export interface Recovery {
  reason: RecoveryReason
  detail: string
}

const exists = (path: string) => stat(path).then((s) => s, () => null)

/** Whether the data folder ever held a workspace: the marker, or scans in the store. */
async function hadWorkspace(paths: AppPaths): Promise<boolean> {
  if (await exists(join(paths.data, MARKER_FILE))) return true
  const shards = await readdir(paths.files).catch(() => [] as string[])
  return shards.some((name) => /^[0-9a-f]{2}$/.test(name))
}

/**
 * Before the database is opened for writing: is it there when it should be, and does
 * `PRAGMA quick_check` (on a read-only connection) find it sound? Null when it may be opened.
 */
export async function inspectWorkspace(paths: AppPaths): Promise<Recovery | null> {
  const file = join(paths.data, DATABASE_FILE)
  const info = await exists(file)
  // An empty file would open as a new database just as a missing one would be created.
  if (!info || info.size === 0) {
    return (await hadWorkspace(paths)) ? { reason: 'missing', detail: info ? `${file}: 0 bytes` : `${file}: not found` } : null
  }
  try {
    const problems = await checkDatabaseFile(file, 'quick')
    return problems.length > 0 ? { reason: 'damaged', detail: problems.slice(0, 3).join('; ') } : null
  } catch (err) {
    return recoveryFor(err, paths.data)
  }
}

/** A failure to open or migrate that leaves the workspace closed: damage, a read-only folder, a full disk. */
export function recoveryFor(err: unknown, dataFolder: string): Recovery | null {
  const detail = err instanceof Error ? err.message : String(err)
  if (isDamageError(err)) return { reason: 'damaged', detail }
  const storage = storageError(err, dataFolder)
  if (storage?.code === 'disk_full') return { reason: 'disk_full', detail }
  if (storage?.code === 'folder_read_only') return { reason: 'read_only', detail }
  return null
}

/** Marks the data folder as holding a workspace, once its database has opened. */
export async function markWorkspace(dataFolder: string, at: Date): Promise<void> {
  const marker = join(dataFolder, MARKER_FILE)
  if (await exists(marker)) return
  await writeFile(marker, JSON.stringify({ database: DATABASE_FILE, since: at.toISOString() }, null, 2) + '\n', { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err
  })
}
