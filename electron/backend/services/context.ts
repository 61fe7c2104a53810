import type { Database } from '../db/connection'
import type { DirectSql } from '../db/driver'
import type { Locale } from '../../../shared/contract/workspace'
import type { ProgressEvent } from '../../../shared/contract/progress'
import type { WorkspaceControl } from './backups/control'
import type { AnchorKeeper } from './audit/anchor'

/** What only the desktop shell can do. Absent under the HTTP bridge. */
export interface SystemPorts {
  /** The system open dialog; without a filter it offers scans. */
  pickFiles?(filter?: { name: string; extensions: string[] }): Promise<string[]>
  revealFile?(path: string): Promise<void>
  /** The system folder dialog (a backup folder on a USB drive or a share); null when cancelled. */
  pickFolder?(): Promise<string | null>
}

export interface AppPaths {
  data: string
  files: string
  exports: string
  resources: string
}

export interface ServiceContext {
  db: Database
  /** The same database without Kysely: the scoring path, which a reviewer waits for on every save. */
  sql: DirectSql
  paths: AppPaths
  ports: SystemPorts
  now(): Date
  locale(): Promise<Locale>
  /** Tells the renderer how long work is going (IPC events, or messages on the bridge's socket). */
  progress(event: ProgressEvent): void
  /** Backups, restore and the recovery state: the app that holds the database (absent in a bare context). */
  backups?: WorkspaceControl
  /** The audit anchor beside the database (absent in the recovery state and in a bare context). */
  anchor?: AnchorKeeper
}
