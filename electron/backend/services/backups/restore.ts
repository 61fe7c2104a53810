import { copyFile, mkdir, rename, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkDatabaseFile } from '../../db/backup'
import { openDatabase } from '../../db/connection'
import type { BackupInfo } from '../../../../shared/contract/backups'
import { DATABASE_FILE, RESTORES_DIR, SIDE_SUFFIXES } from '../data-folder'
import type { AppPaths } from '../context'
import { AppError } from '../errors'
import { BACKUP_FILES_DIR, backupDatabasePath } from './catalog'
import { copyMissingScans, scansOf } from './scans'
import { putAnchorInPlace, setAnchorAside, takeCarriedAnchor } from '../audit/anchor-carry'

/**
 * Copies the backup into a new folder inside the data folder and checks the copy there: it passes
 * `PRAGMA integrity_check`, the migrations of this version apply to it, and every scan it refers
 * to is in the data folder's store (copied from the backup's where missing). Nothing of the current
 * workspace is touched. Returns the checked database file.
 */
export async function prepareRestore(paths: AppPaths, folder: string, backup: BackupInfo, stamp: string): Promise<string> {
  const dir = join(paths.data, RESTORES_DIR, `${stamp} from ${backup.name}`)
  await mkdir(dir, { recursive: true })
  const copy = join(dir, DATABASE_FILE)
  await copyFile(backupDatabasePath(folder, backup.name), copy)
  const problems = await checkDatabaseFile(copy, 'integrity')
  if (problems.length > 0) throw new AppError('backup_damaged', { name: backup.name, detail: problems.slice(0, 3).join('; ') })
  const anchorProblem = await takeCarriedAnchor(join(folder, backup.name), copy, dir)
  if (anchorProblem) throw new AppError('backup_damaged', { name: backup.name, detail: anchorProblem })
  const opened = await openDatabase(copy).catch((err: unknown) => {
    throw new AppError('backup_damaged', { name: backup.name, detail: err instanceof Error ? err.message : String(err) })
  })
  await opened.close()
  const { missing } = await copyMissingScans(join(folder, BACKUP_FILES_DIR), paths.files, await scansOf(copy))
  if (missing > backup.scansMissing) throw new AppError('backup_damaged', { name: backup.name, detail: `${missing} scans missing from ${join(folder, BACKUP_FILES_DIR)}` })
  return copy
}

const exists = (path: string) => stat(path).then(() => true, () => false)

/**
 * Puts the checked copy in place of the database, which must be closed. The database it replaces
 * (with its WAL side files and its audit anchor) is renamed, never deleted; the anchor the backup
 * carried comes with the copy. Returns the name the replaced database now has, if there was one.
 */
export async function swapInDatabase(dataFolder: string, prepared: string, stamp: string): Promise<string | null> {
  const current = join(dataFolder, DATABASE_FILE)
  const keptName = `review-desk.before-restore ${stamp}.sqlite`
  let kept: string | null = null
  await setAnchorAside(dataFolder, stamp)
  for (const suffix of ['', ...SIDE_SUFFIXES]) {
    if (!(await exists(current + suffix))) continue
    await rename(current + suffix, join(dataFolder, keptName + suffix))
    if (suffix === '') kept = keptName
  }
  await rename(prepared, current)
  await putAnchorInPlace(dataFolder, dirname(prepared))
  return kept
}
