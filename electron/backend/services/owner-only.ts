import { chmod } from 'node:fs/promises'

/**
 * The data folder and the database are the owner's alone (0700, 0600): party names and scans are
 * no other local account's business. SQLite gives its -wal and -shm files the database's mode.
 * Where the OS has no such modes (Windows: the profile folder's ACL already is the user's) or the
 * folder is not ours to change, it stays as it is.
 */
export async function keepOwnerOnly(dataFolder: string, databaseFile: string): Promise<void> {
  await chmod(dataFolder, 0o700).catch(() => {})
  await chmod(databaseFile, 0o600).catch(() => {})
}
