import dayjs from 'dayjs'

/** A backup's time to the second, in this PC's time zone, as its folder is named. */
export function formatBackupTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss')
}
