import { z } from 'zod'
import { method, domain } from './define'
import { empty } from './common'
import { BACKUP_NAME } from '../domain/backups/names'

/** Why a backup was written: the daily one, on closing the app, before a campaign closed, or 立即备份. */
export const BACKUP_REASONS = ['daily', 'close', 'campaign_close', 'manual'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** Why the app started in its recovery state instead of opening the workspace. */
export const RECOVERY_REASONS = ['damaged', 'missing', 'read_only', 'disk_full'] as const
export type RecoveryReason = (typeof RECOVERY_REASONS)[number]

export const MIN_KEEP_DAYS = 1
export const MAX_KEEP_DAYS = 365
export const DEFAULT_KEEP_DAYS = 14

export const backupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  databaseBytes: z.number().int().min(0),
  /** Scans the backup's database refers to, all present in the backup folder's store. */
  scanCount: z.number().int().min(0),
  /** Scans the data folder itself was missing when the backup was written. */
  scansMissing: z.number().int().min(0),
  /** `PRAGMA integrity_check` passed on the written copy. */
  verified: z.boolean(),
})
export type BackupInfo = z.output<typeof backupInfo>

export const backupsOverview = z.object({
  folder: z.string(),
  defaultFolder: z.string(),
  keepDays: z.number().int(),
  lastBackupAt: z.string().nullable(),
  backups: z.array(backupInfo),
  /** Set when the folder cannot be read now (a USB drive not plugged in, a share offline). */
  folderProblem: z.string().nullable(),
})

export const workspaceHealth = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  z.object({
    state: z.literal('recovery'),
    reason: z.enum(RECOVERY_REASONS),
    /** What SQLite or the file system said, for support. */
    detail: z.string(),
    dataFolder: z.string(),
  }),
])
export type WorkspaceHealth = z.output<typeof workspaceHealth>

/** An absolute path on Windows (C:\…, \\server\share) or elsewhere (/media/…). */
const folderPath = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((v) => !v.includes('\0'), 'no NUL characters')
  .refine((v) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(v), 'expected an absolute folder path')

export const backupsContract = domain('backups', {
  /** Open, or why the app is in its recovery state: the renderer's recovery screen asks this. */
  health: method(empty, workspaceHealth),
  overview: method(empty, backupsOverview),
  /** 立即备份: writes and verifies a backup now (lead only). */
  run: method(empty, backupInfo),
  /** The backup folder (null: the default inside the data folder) and how many days are kept. */
  configure: method(
    z.object({ folder: folderPath.nullable(), keepDays: z.number().int().min(MIN_KEEP_DAYS).max(MAX_KEEP_DAYS) }),
    backupsOverview,
  ),
  /** The desktop's folder dialog; in the browser the path is typed instead. */
  pickFolder: method(empty, z.object({ folder: z.string().nullable() })),
  /** Checks a copy of the backup, swaps it in for the database (kept, renamed) and reopens. */
  restore: method(
    z.object({ name: z.string().regex(BACKUP_NAME) }),
    z.object({ restored: z.string(), previousDatabase: z.string().nullable() }),
  ),
  /** After the folder was made writable or space freed: tries to open the workspace again. */
  retryOpen: method(empty, workspaceHealth),
})
