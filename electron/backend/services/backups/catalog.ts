import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { backupInfo, type BackupInfo } from '../../../../shared/contract/backups'
import { BACKUP_NAME } from '../../../../shared/domain/backups/names'
import { DATABASE_FILE } from '../data-folder'

/** Each backup is a folder named by its local date-time: the database copy and this manifest. */
export const MANIFEST_FILE = 'backup.json'
/** The scans of every backup in one content-addressed store beside them: each scan copied once. */
export const BACKUP_FILES_DIR = 'files'

export const backupDatabasePath = (folder: string, name: string) => join(folder, name, DATABASE_FILE)

/**
 * The complete backups in a folder, newest first. A backup being written lives under another name
 * until verified, and a folder whose manifest is unreadable is not offered for restore.
 */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return []
    throw err
  })
  const found = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && BACKUP_NAME.test(e.name))
      .map(async (e) => {
        const text = await readFile(join(folder, e.name, MANIFEST_FILE), 'utf8').catch(() => null)
        if (text === null) return null
        try {
          const info = backupInfo.safeParse(JSON.parse(text))
          return info.success && info.data.name === e.name ? info.data : null
        } catch {
          return null
        }
      }),
  )
  return found.filter((b): b is BackupInfo => b !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}
