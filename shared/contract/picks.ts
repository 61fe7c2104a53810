/**
 * What the user is asked to choose: scans to attach (several at once), one video, or one table to import.
 * The desktop's dialog filters and the browser's file chooser are both made from this.
 */
export const FILE_PICKS = {
  scans: { name: 'PDF / JPEG / PNG / TIFF', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff'], multiple: true },
  video: { name: 'MP4 / MOV / WebM / MKV / AVI / MPEG / FLV', extensions: ['mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', 'mpg', 'mpeg', 'ts', 'flv'], multiple: false },
  table: { name: 'Excel / CSV', extensions: ['xlsx', 'csv'], multiple: false },
} as const satisfies Record<string, { name: string; extensions: readonly string[]; multiple: boolean }>

export type FilePick = keyof typeof FILE_PICKS

/** More files than one pick brings: a longer answer is not a person choosing scans. */
export const MAX_PICKED_FILES = 1000
