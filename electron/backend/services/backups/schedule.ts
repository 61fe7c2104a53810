import type { AppPaths } from '../context'
import { SYSTEM_ACTOR } from '../auth/actor'
import { listBackups } from './catalog'
import type { WorkspaceControl } from './control'
import { backupFolderOf, readBackupSettings } from './settings'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** After opening, the first look waits a little: the first screen comes before the backup. */
const FIRST_LOOK_MS = 15_000

/** Whether the newest backup (of any kind) is a day old or there is none. */
export async function dailyBackupDue(paths: AppPaths, now: Date): Promise<boolean> {
  const newest = (await listBackups(backupFolderOf(paths.data, await readBackupSettings(paths.data))))[0]
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY
}

/** The daily backup: looked for shortly after opening, then every hour while the app runs. */
export function scheduleBackups(paths: AppPaths, control: WorkspaceControl, now: () => Date, firstLookMs = FIRST_LOOK_MS): { stop(): void } {
  const look = () => {
    void (async () => {
      if (control.health().state !== 'open' || !(await dailyBackupDue(paths, now()))) return
      await control.backup('daily', SYSTEM_ACTOR)
    })().catch((err) => console.warn('[backups] daily backup failed', err))
  }
  const first = setTimeout(look, firstLookMs).unref()
  const hourly = setInterval(look, HOUR).unref()
  return {
    stop: () => {
      clearTimeout(first)
      clearInterval(hourly)
    },
  }
}
