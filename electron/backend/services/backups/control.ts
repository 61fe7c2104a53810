import type { BackupInfo, BackupReason, WorkspaceHealth } from '../../../../shared/contract/backups'

/** What the backups service asks of the app that holds the database: its state, a backup, a swap. */
export interface WorkspaceControl {
  health(): WorkspaceHealth
  /** Writes and verifies a backup of the open database; one backup or restore runs at a time. */
  backup(reason: BackupReason, actor: string): Promise<BackupInfo>
  /** Checks a copy of the named backup, swaps it in for the database (kept, renamed) and reopens. */
  restore(name: string, actor: string): Promise<{ restored: string; previousDatabase: string | null }>
  /** Opens the workspace again after its folder was fixed; stays in recovery if it still cannot. */
  retryOpen(): Promise<WorkspaceHealth>
}
