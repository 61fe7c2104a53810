import type { Database } from '../db/connection'
import type { Locale } from '../../../shared/contract/workspace'
import type { ProgressEvent } from '../../../shared/contract/progress'
import type { WorkspaceControl } from './backups/control'
import type { AnchorKeeper } from './audit/anchor'
import type { FilePick } from '../../../shared/contract/picks'
import type { ExportResult } from '../../../shared/contract/exports'
import type { AppError } from './errors'
import type { SignedIn } from '../../../shared/contract/auth'
import type { Caller } from './auth/caller'
import type { DataKey } from './keys/data-key'

/** A file the user chose: its path to read (a browser's is an upload's copy), or why it could not be had. */
export type PickedFile = { fileName: string; path: string } | { fileName: string; refused: AppError }

/**
 * How files cross between the user and the app: the desktop's adapter (system dialogs, the folder
 * view, electron/main/ports.ts) or a browser page's (its file chooser and uploads, downloads,
 * electron/backend/bridge/page-ports.ts). Absent in a bare context (tests, scripts).
 */
export interface SystemPorts {
  /** Asks the user for files; [] when cancelled. */
  pickFiles?(pick: FilePick): Promise<PickedFile[]>
  /** Hands a written export to the user: shown in its folder, or downloaded. */
  deliverExport?(file: ExportResult): Promise<void>
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
  /** The workspace's data key, once someone has signed in (ADR 0012). */
  dataKey: DataKey
  /** The window or page the call came from; outside a call, one that is signed out. */
  caller: Caller
  /** The account the call is made as, as it stands at the call (null: signed out, or no call). */
  actor: SignedIn | null
}
