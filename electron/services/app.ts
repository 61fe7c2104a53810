import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openDatabase } from '../db/connection'
import type { AppPaths, ServiceContext, SystemPorts } from './context'
import { createDispatch, type Dispatch } from './dispatch'
import { handlers } from './handlers'
import { installShippedRubrics } from './rubrics/install'
import { readLocale } from './workspace/settings'

export const DATABASE_FILE = 'review-desk.sqlite'

export interface App {
  ctx: ServiceContext
  dispatch: Dispatch
  close(): Promise<void>
}

export function appPaths(dataDir: string, resourcesDir: string): AppPaths {
  return { data: dataDir, files: join(dataDir, 'files'), exports: join(dataDir, 'exports'), resources: resourcesDir }
}

/** Opens the workspace in a data folder: database (migrated), content store, shipped rubrics. */
export async function openApp(options: { dataDir: string; resourcesDir: string; ports?: SystemPorts; now?: () => Date }): Promise<App> {
  const paths = appPaths(options.dataDir, options.resourcesDir)
  await mkdir(paths.files, { recursive: true })
  const { db, close } = await openDatabase(join(paths.data, DATABASE_FILE))
  const now = options.now ?? (() => new Date())
  await installShippedRubrics(db, paths.resources, now())
  const ctx: ServiceContext = { db, paths, ports: options.ports ?? {}, now, locale: () => readLocale(db) }
  return { ctx, dispatch: createDispatch(ctx, handlers), close }
}
