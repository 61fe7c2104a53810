import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openDatabase } from '../db/connection'
import type { AppPaths, ServiceContext, SystemPorts } from './context'
import { createDispatch, type Dispatch } from './dispatch'
import { handlers } from './handlers'
import { installShippedRubrics } from './rubrics/install'
import { readLocale } from './workspace/settings'
import type { ProgressEvent } from '../../shared/contract/progress'

export const DATABASE_FILE = 'review-desk.sqlite'

export interface App {
  ctx: ServiceContext
  dispatch: Dispatch
  /** Subscribes a transport to progress events; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void
  close(): Promise<void>
}

export function appPaths(dataDir: string, resourcesDir: string): AppPaths {
  return { data: dataDir, files: join(dataDir, 'files'), exports: join(dataDir, 'exports'), resources: resourcesDir }
}

/** Opens the workspace in a data folder: database (migrated), content store, shipped rubrics. */
export async function openApp(options: {
  dataDir: string
  resourcesDir: string
  ports?: SystemPorts
  now?: () => Date
  /** See `DispatchOptions`; on unless the shipped app turns it off. */
  checkOutputs?: boolean
}): Promise<App> {
  const paths = appPaths(options.dataDir, options.resourcesDir)
  await mkdir(paths.files, { recursive: true })
  const { db, direct, close } = await openDatabase(join(paths.data, DATABASE_FILE))
  const now = options.now ?? (() => new Date())
  await installShippedRubrics(db, paths.resources, now())
    const listeners = new Set<(event: ProgressEvent) => void>()
  const progress = (event: ProgressEvent) => listeners.forEach((listener) => listener(event))
  const ctx: ServiceContext = { db, sql: direct, paths, ports: options.ports ?? {}, now, locale: () => readLocale(db), progress }
  return {
    ctx,
    dispatch: createDispatch(ctx, handlers, { checkOutputs: options.checkOutputs ?? true }),
    onProgress: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close,
  }
}
