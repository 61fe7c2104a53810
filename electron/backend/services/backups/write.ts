import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkDatabaseFile, makeSelfContained } from '../../db/backup'
import type { OpenedDatabase } from '../../db/connection'
import type { BackupInfo, BackupReason } from '../../../../shared/contract/backups'
import { backupName } from '../../../../shared/domain/backups/names'
import { backupsToDelete } from '../../../../shared/domain/backups/rotation'
import { DATABASE_FILE } from '../data-folder'
import { AppError } from '../errors'
import { BACKUP_FILES_DIR, listBackups, MANIFEST_FILE } from './catalog'
import { copyMissingScans, scansOf } from './scans'
import { anchorOfFile, writeAnchor } from '../audit/anchor'

/** The open database, as a backup needs it. */
export type BackupSource = Pick<OpenedDatabase, 'backupTo'>

export interface WriteBackupOptions {
  filesDir: string
  folder: string
  reason: BackupReason
  at: Date
  keepDays: number
  pagesPerStep?: number
}

const PARTIAL = '.partial-'

async function freeName(folder: string, at: Date): Promise<string> {
  for (let counter = 0; ; counter++) {
    const name = backupName(at, counter)
    const taken = await stat(join(folder, name)).then(() => true, () => false)
    if (!taken) return name
  }
}

/**
 * Writes one backup: the database by the online backup API, made self-contained and checked with
 * `PRAGMA integrity_check`; the scans it refers to that the folder lacks; then the manifest. Only
 * a verified backup gets its final name. Older routine backups are then rotated away.
 */
export async function writeBackup(source: BackupSource, o: WriteBackupOptions): Promise<BackupInfo> {
  await mkdir(o.folder, { recursive: true })
  // One backup runs at a time: anything still named partial is left from an interrupted run.
  for (const entry of await readdir(o.folder)) if (entry.startsWith(PARTIAL)) await rm(join(o.folder, entry), { recursive: true, force: true })
  const name = await freeName(o.folder, o.at)
  const partial = join(o.folder, PARTIAL + name)
  try {
    await mkdir(partial)
    const copy = join(partial, DATABASE_FILE)
    await source.backupTo(copy, { pagesPerStep: o.pagesPerStep })
    await makeSelfContained(copy)
    const problems = await checkDatabaseFile(copy, 'integrity')
    if (problems.length > 0) throw new AppError('backup_failed', { detail: `integrity_check: ${problems.slice(0, 3).join('; ')}` })
    // The copy's own audit anchor goes with it: a workspace restored from it is checked against it.
    const anchor = await anchorOfFile(copy, o.at)
    if (anchor) await writeAnchor(partial, anchor)
    const shas = await scansOf(copy)
    const { missing } = await copyMissingScans(o.filesDir, join(o.folder, BACKUP_FILES_DIR), shas)
    const info: BackupInfo = {
      name,
      createdAt: o.at.toISOString(),
      reason: o.reason,
      databaseBytes: (await stat(copy)).size,
      scanCount: shas.length - missing,
      scansMissing: missing,
      verified: true,
    }
    await writeFile(join(partial, MANIFEST_FILE), JSON.stringify(info, null, 2) + '\n')
    await rename(partial, join(o.folder, name))
    await rotate(o.folder, o.keepDays)
    return info
  } catch (err) {
    await rm(partial, { recursive: true, force: true }).catch(() => {})
    throw err
  }
}

/** Deletes the routine backups past the kept days; the shared scan store stays as it is. */
export async function rotate(folder: string, keepDays: number): Promise<string[]> {
  const doomed = backupsToDelete(await listBackups(folder), keepDays)
  for (const name of doomed) await rm(join(folder, name), { recursive: true, force: true })
  return doomed
}
