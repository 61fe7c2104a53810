/** The workspace's database inside the data folder. */
export const DATABASE_FILE = 'review-desk.sqlite'

/**
 * Written beside the database once it has opened: a database that later goes missing is then
 * reported instead of silently becoming a new, empty workspace.
 */
export const MARKER_FILE = 'workspace.json'

/** Where a backup is copied and checked before it replaces the database. */
export const RESTORES_DIR = 'restores'

/** SQLite's side files of a database in WAL mode: they belong to it and move with it. */
export const SIDE_SUFFIXES = ['-wal', '-shm'] as const
