import { randomUUID } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { BackupInfo, BackupReason } from '../../../../shared/contract/backups'
import { backupName } from '../../../../shared/domain/backups/names'
import type { DB } from '../../db/schema'
import type { AppPaths } from '../context'
import { AppError } from '../errors'
import { appendAudit, type AuditEntry } from '../audit/log'
import { storageError } from '../storage-errors'
import type { Session } from '../session'
import { listBackups } from './catalog'
import { prepareRestore, swapInDatabase } from './restore'
import { backupFolderOf, readBackupSettings, type BackupSettings } from './settings'
import { writeBackup } from './write'

/**
 * Where backups go now. The default is created when needed; a chosen folder (a drive, a share) must
 * be there: one that is not is a drive unplugged, and its empty mount point is not to be filled.
 */
export async function usableBackupFolder(paths: AppPaths, chosen?: BackupSettings): Promise<{ folder: string; keepDays: number }> {
  const settings = chosen ?? (await readBackupSettings(paths.data))
  const folder = backupFolderOf(paths.data, settings)
  try {
    if (settings.folder === null) await mkdir(folder, { recursive: true })
    else if (!(await stat(folder)).isDirectory()) throw new AppError('backup_folder_unusable', { folder, detail: 'ENOTDIR' })
  } catch (err) {
    throw asStorageError(err, paths, folder)
  }
  return { folder, keepDays: settings.keepDays }
}

/** Writes and removes a small file: a read-only share or a write-protected drive says so now. */
export async function probeWritable(paths: AppPaths, folder: string): Promise<void> {
  const probe = join(folder, `.write-test-${randomUUID()}`)
  try {
    await writeFile(probe, 'ok', { flag: 'wx' })
  } catch (err) {
    throw asStorageError(err, paths, folder)
  } finally {
    await rm(probe, { force: true }).catch(() => {})
  }
}

/** A failure of the file system as the person can act on it. */
export function asStorageError(err: unknown, paths: AppPaths, folder: string): unknown {
  if (err instanceof AppError) return err
  const storage = storageError(err, paths.data, [paths.data, folder])
  if (storage) return storage
  const code = (err as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('backup_folder_unusable', { folder, detail: code })
  return err
}

async function audit(db: Kysely<DB>, at: Date, entry: AuditEntry) {
  await db.transaction().execute((trx) => appendAudit(trx, at, entry))
}

/** Writes one verified backup of the session's open database and records it in the audit log. */
export async function backupNow(
  session: Session,
  paths: AppPaths,
  o: { reason: BackupReason; actor: string; at: Date; pagesPerStep?: number },
): Promise<BackupInfo> {
  const database = session.database
  if (!database) throw new AppError('workspace_recovery')
  const { folder, keepDays } = await usableBackupFolder(paths)
  const info = await writeBackup(database, { filesDir: paths.files, folder, reason: o.reason, at: o.at, keepDays, pagesPerStep: o.pagesPerStep }).catch(
    (err: unknown) => {
      const mapped = asStorageError(err, paths, folder)
      throw mapped instanceof AppError ? mapped : new AppError('backup_failed', { detail: err instanceof Error ? err.message : String(err) })
    },
  )
  await audit(database.db, o.at, {
    actor: o.actor,
    action: 'backup.create',
    entity: 'backup',
    entityId: info.name,
    after: { reason: info.reason, folder, databaseBytes: info.databaseBytes, scanCount: info.scanCount, verified: info.verified },
  })
  return info
}

export interface Reopen {
  close(): Promise<void>
  reopen(): Promise<Session>
}

/**
 * Restores a backup: a checked copy is prepared inside the data folder while the workspace stays
 * as it is; only then is the session closed, the copy swapped in and the services reopened. If the
 * swap fails midway the services reopen on whatever database is in place.
 */
export async function restoreBackup(session: Session, paths: AppPaths, name: string, actor: string, at: Date, host: Reopen) {
  const { folder } = await usableBackupFolder(paths)
  const backup = (await listBackups(folder)).find((b) => b.name === name)
  if (!backup) throw new AppError('not_found', { what: 'backup', id: name })
  const stamp = backupName(at)
  const prepared = await prepareRestore(paths, folder, backup, stamp).catch((err: unknown) => {
    throw asStorageError(err, paths, folder)
  })
  const was = session.health
  await host.close()
  let previousDatabase: string | null
  try {
    previousDatabase = await swapInDatabase(paths.data, prepared, stamp)
  } finally {
    session = await host.reopen()
  }
  if (!session.database) throw new Error(`the restored database did not open: ${session.health.state === 'recovery' ? session.health.detail : ''}`)
  await audit(session.database.db, at, {
    actor,
    action: 'backup.restore',
    entity: 'backup',
    entityId: name,
    before: { database: previousDatabase, state: was.state === 'recovery' ? was.reason : 'open' },
    after: { backup: name, createdAt: backup.createdAt, reason: backup.reason },
  })
  return { restored: name, previousDatabase }
}
