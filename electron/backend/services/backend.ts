import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AppPaths, ServiceContext, SystemPorts } from './context'
import type { Dispatch } from './dispatch'
import type { ProgressEvent } from '../../../shared/contract/progress'
import type { WorkspaceHealth } from '../../../shared/contract/backups'
import type { WorkspaceControl } from './backups/control'
import { backupNow, restoreBackup } from './backups/operations'
import { scheduleBackups } from './backups/schedule'
import { SYSTEM_ACTOR } from './auth/actor'
import { openSession, type Session, type SessionBase } from './session'
import { holdDataKey } from './keys/data-key'
import { sealPlainScans } from './documents/store'
import { sealPlainParties } from './cases/seal-parties'

export { DATABASE_FILE } from './data-folder'

export interface Backend {
  /** The services' context; in the recovery state its database refuses every query. */
  readonly ctx: ServiceContext
  /** The one entry for both transports; the same function across a restore. */
  dispatch: Dispatch
  /** Open, or why the app is in its recovery state (damaged, missing, unwritable). */
  health(): WorkspaceHealth
  /** Subscribes a transport to progress events; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void
  close(): Promise<void>
}

export interface OpenBackendOptions {
  dataDir: string
  resourcesDir: string
  ports?: SystemPorts
  now?: () => Date
  /** See `DispatchOptions`; on unless the shipped app turns it off. */
  checkOutputs?: boolean
  /**
   * The daily backup (looked for shortly after opening, then hourly) and one on close: the shipped
   * app's. Tests give the delay of the first look.
   */
  scheduleBackups?: boolean | { firstLookMs: number }
  /** Pages per chunk of the online backup: tests make it small to write between chunks. */
  backupPagesPerStep?: number
}

export function appPaths(dataDir: string, resourcesDir: string): AppPaths {
  return { data: dataDir, files: join(dataDir, 'files'), exports: join(dataDir, 'exports'), resources: resourcesDir }
}

/** A FIFO lock: one backup or restore at a time. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work)
    tail = run.catch(() => {})
    return run
  }
}

/** How long a swap waits for calls already running to finish before it goes ahead. */
const DRAIN_MS = 30_000

/**
 * Opens the workspace in a data folder: database (checked, migrated), content store, shipped rubrics
 * — or the recovery state when the database is damaged, missing or cannot be written. A restore
 * ends the session and opens a new one behind the same `dispatch`: new calls wait at a gate while
 * the calls already running finish, the database is swapped, and the services reopen.
 */
export async function openBackend(options: OpenBackendOptions): Promise<Backend> {
  const paths = appPaths(options.dataDir, options.resourcesDir)
  const now = options.now ?? (() => new Date())
  const checkOutputs = options.checkOutputs ?? true
  const listeners = new Set<(event: ProgressEvent) => void>()
  const progress = (event: ProgressEvent) => listeners.forEach((listener) => listener(event))
  const maintenance = serial()
  let active = 0
  let gate: Promise<void> | null = null

  /** Runs `work` with no other call in flight (besides `own` calls that are waiting for it). */
  async function swap<T>(own: number, work: () => Promise<T>): Promise<T> {
    while (gate) await gate
    let open!: () => void
    gate = new Promise((resolve) => (open = resolve))
    try {
      const until = Date.now() + DRAIN_MS
      while (active > own && Date.now() < until) await sleep(20)
      return await maintenance(work)
    } finally {
      gate = null
      open()
    }
  }

  const control: WorkspaceControl = {
    health: () => session.health,
    backup: (reason, actor) => maintenance(() => backupNow(session, paths, { reason, actor, at: now(), pagesPerStep: options.backupPagesPerStep })),
    restore: (name, actor) =>
      swap(1, () =>
        restoreBackup(session, paths, name, actor, now(), {
          close: async () => {
            await session.database?.close()
          },
          reopen: async () => {
            session = await openSession(base, checkOutputs)
            if (dataKey.has()) sealPlain(dataKey.get())
            return session
          },
        }),
      ),
    retryOpen: () =>
      swap(1, async () => {
        if (session.health.state === 'recovery') session = await openSession(base, checkOutputs)
        return session.health
      }),
  }
  // What was stored plain before the key existed, or brought back plain by a restore, is sealed in the background.
  const sealPlain = (key: Buffer) => {
    void sealPlainScans(paths.files, key)
    if (session.health.state === 'open') void sealPlainParties(session.ctx.db, key, now).catch((err: unknown) => console.warn('[keys] sealing party names stopped', err))
  }
  // Held across a restore: a backup of this workspace has the same key (ADR 0012).
  const dataKey = holdDataKey(sealPlain)
  const base: SessionBase = { paths, ports: options.ports ?? {}, now, progress, backups: control, dataKey }
  let session: Session = await openSession(base, checkOutputs)
  const schedule = options.scheduleBackups ? scheduleBackups(paths, control, now, options.scheduleBackups === true ? undefined : options.scheduleBackups.firstLookMs) : null

  return {
    get ctx() {
      return session.ctx
    },
    dispatch: async (method, input, caller) => {
      while (gate) await gate
      active++
      try {
        return await session.dispatch(method, input, caller)
      } finally {
        active--
      }
    },
    health: () => session.health,
    onProgress: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: async () => {
      schedule?.stop()
      if (schedule && session.health.state === 'open') await control.backup('close', SYSTEM_ACTOR).catch((err) => console.warn('[backups] on close failed', err))
      await maintenance(async () => session.database?.close())
    },
  }
}
