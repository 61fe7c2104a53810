/** A backup's folder name: its local date and time, with a counter when two fall in one second. */
export const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d{1,3}))?$/

const pad = (n: number) => String(n).padStart(2, '0')

/** `2026-05-14_09-30-12` in the PC's own time zone, the way people read the folder on a USB drive. */
export function backupName(at: Date, counter = 0): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`
  return `${date}_${time}${counter > 0 ? `-${counter + 1}` : ''}`
}

/** The local day a backup was written, from its name. */
export function backupDay(name: string): string | null {
  return BACKUP_NAME.exec(name)?.[1] ?? null
}
