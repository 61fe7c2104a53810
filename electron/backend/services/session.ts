import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openDatabase, type OpenedDatabase } from '../db/connection'
import { unavailableDatabase } from '../db/unavailable'
import type { WorkspaceHealth } from '../../../shared/contract/backups'
import type { MethodName } from '../../../shared/contract'
import { errorMessage } from '../../../shared/i18n/error-messages'
import type { AppPaths, ServiceContext } from './context'
import { DATABASE_FILE } from './data-folder'
import { createDispatch, type Dispatch } from './dispatch'
import { AppError } from './errors'
import { handlers } from './registry'
import { inspectWorkspace, markWorkspace, recoveryFor, type Recovery } from './backups/health'
import { installShippedRubrics } from './rubrics/install'
import { readLocale } from './workspace/preferences'
import { pruneChangeIds } from './evaluations/change-ids'
import { keepAnchor } from './audit/anchor'
import { newCaller } from './auth/caller'
import { keepOwnerOnly } from './owner-only'
import { OpenValuesPlugin } from '../db/open-values'
import { openStoredValue } from './keys/sealed-text'

/** The database and services of one opening of the workspace; a restore ends one and opens the next. */
export interface Session {
  ctx: ServiceContext
  dispatch: Dispatch
  health: WorkspaceHealth
  /** Null in the recovery state: the database is not opened at all. */
  database: OpenedDatabase | null
}

/** The context without its database: what stays the same from one session to the next. */
export type SessionBase = Omit<ServiceContext, 'db' | 'locale' | 'anchor' | 'caller' | 'actor'>

/** What the recovery screen may call; everything else is refused before it runs. */
const RECOVERY_METHODS = new Set<MethodName>(['backups.health', 'backups.overview', 'backups.configure', 'backups.pickFolder', 'backups.restore', 'backups.retryOpen'])

/**
 * Opens the workspace if it is sound: present when it should be, passing `PRAGMA quick_check`,
 * openable and migrated in a writable folder. Otherwise a session in the recovery state, whose
 * database is never opened, so nothing can write to a damaged file.
 */
export async function openSession(base: SessionBase, checkOutputs: boolean): Promise<Session> {
  const problem = await mkdir(base.paths.data, { recursive: true, mode: 0o700 })
    .then(() => inspectWorkspace(base.paths))
    .catch((err: unknown) => recoveryOrThrow(err, base.paths))
  if (problem) return recoverySession(base, problem, checkOutputs)
  let database: OpenedDatabase | null = null
  try {
    await mkdir(base.paths.files, { recursive: true, mode: 0o700 })
    database = await openDatabase(join(base.paths.data, DATABASE_FILE))
    await keepOwnerOnly(base.paths.data, join(base.paths.data, DATABASE_FILE))
    await installShippedRubrics(database.db, base.paths.resources, base.now())
    await pruneChangeIds(database.db, base.now())
    await markWorkspace(base.paths.data, base.now())
  } catch (err) {
    await database?.close().catch(() => {})
    return recoverySession(base, recoveryOrThrow(err, base.paths), checkOutputs)
  }
  // Personal values stored sealed are read plain by every service (ADR 0012).
  const db = database.db.withPlugin(new OpenValuesPlugin(openStoredValue(base.dataKey)))
  // The audit anchor follows every call that may have written, and is brought up to date before the database closes.
  const anchor = keepAnchor(db, base.paths.data, base.now)
  anchor.touch()
  const ctx: ServiceContext = { ...base, db, locale: () => readLocale(db), anchor, caller: newCaller(), actor: null }
  const dispatch = createDispatch(ctx, handlers, { checkOutputs, checkAccess: true })
  const opened = database
  return {
    ctx,
    dispatch: (method, input, caller) => dispatch(method, input, caller).finally(() => anchor.touch()),
    health: { state: 'open' },
    database: { ...opened, close: () => anchor.stop().then(() => opened.close()) },
  }
}

function recoveryOrThrow(err: unknown, paths: AppPaths): Recovery {
  const recovery = recoveryFor(err, paths.data)
  if (!recovery) throw err
  return recovery
}

function recoverySession(base: SessionBase, recovery: Recovery, checkOutputs: boolean): Session {
  const db = unavailableDatabase(() => new AppError('workspace_recovery'))
  // The locale is a setting in the database that cannot be read: the default language.
  const ctx: ServiceContext = { ...base, db, locale: async () => 'zh-CN', caller: newCaller(), actor: null }
  // Accounts live in the database that cannot be opened: the recovery screen is the PC's own.
  const inner = createDispatch(ctx, handlers, { checkOutputs, checkAccess: false })
  const refused = { ok: false, error: { code: 'workspace_recovery', message: errorMessage('workspace_recovery', 'zh-CN') } } as const
  return {
    ctx,
    dispatch: async (method, input, caller) => (RECOVERY_METHODS.has(method as MethodName) ? inner(method, input, caller) : refused),
    health: { state: 'recovery', reason: recovery.reason, detail: recovery.detail, dataFolder: base.paths.data },
    database: null,
  }
}
