import { randomUUID } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_KEEP_DAYS, MAX_KEEP_DAYS, MIN_KEEP_DAYS } from '../../../../shared/contract/backups'

/**
 * Where backups go and how many days are kept. A file beside the database, not a row in it: the
 * recovery screen must find the backups when the database itself cannot be read.
 */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json'

export interface BackupSettings {
  /** Null: `<data folder>/backups`. */
  folder: string | null
  keepDays: number
}

export const defaultBackupFolder = (dataDir: string) => join(dataDir, 'backups')

export function backupFolderOf(dataDir: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(dataDir)
}

export async function readBackupSettings(dataDir: string): Promise<BackupSettings> {
  const text = await readFile(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8').catch(() => null)
  const parsed = (() => {
    try {
      return text === null ? {} : (JSON.parse(text) as Partial<BackupSettings>)
    } catch {
      return {}
    }
  })()
  const keep = Number(parsed.keepDays)
  return {
    folder: typeof parsed.folder === 'string' && parsed.folder.trim() ? parsed.folder : null,
    keepDays: Number.isInteger(keep) && keep >= MIN_KEEP_DAYS && keep <= MAX_KEEP_DAYS ? keep : DEFAULT_KEEP_DAYS,
  }
}

/** Written whole under a temporary name and renamed, so a crash leaves the old or the new file. */
export async function writeBackupSettings(dataDir: string, settings: BackupSettings): Promise<void> {
  const target = join(dataDir, BACKUP_SETTINGS_FILE)
  const temp = `${target}.${randomUUID()}.tmp`
  try {
    await writeFile(temp, JSON.stringify(settings, null, 2) + '\n', { flag: 'wx' })
    await rename(temp, target)
  } finally {
    await rm(temp, { force: true })
  }
}
