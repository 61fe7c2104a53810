import { backupDay } from './names'

export interface RotatedBackup {
  name: string
  /** Backups written before a campaign closed are the record of that campaign: never rotated away. */
  reason: string
}

export const KEPT_REASON = 'campaign_close'

/**
 * Which backups to delete: of the routine ones (daily, on close, by hand) the newest of each of the
 * `keepDays` most recent days with a backup stays; those before a campaign closed all stay.
 * Names sort by time, so the newest of a day is its greatest name.
 */
export function backupsToDelete(backups: readonly RotatedBackup[], keepDays: number): string[] {
  const routine = backups.filter((b) => b.reason !== KEPT_REASON && backupDay(b.name) !== null)
  const newestOfDay = new Map<string, string>()
  for (const b of routine) {
    const day = backupDay(b.name)!
    const current = newestOfDay.get(day)
    if (current === undefined || b.name > current) newestOfDay.set(day, b.name)
  }
  const keptDays = [...newestOfDay.keys()].sort().reverse().slice(0, Math.max(1, keepDays))
  const kept = new Set(keptDays.map((day) => newestOfDay.get(day)!))
  return routine.filter((b) => !kept.has(b.name)).map((b) => b.name).sort()
}
