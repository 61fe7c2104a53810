import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { openReadOnly, type ReadOnlyDatabase } from '../../../electron/backend/db/read-only'
import { DATABASE_FILE } from '../../../electron/backend/services/backend'
import { ANCHOR_FILE } from '../../../electron/backend/services/audit/anchor'
import { only } from '../defined'

/**
 * Tells whether anything was written since the last look: a commit to the database (SQLite's
 * `data_version`, as a second connection sees it, changes with every commit of another
 * connection — a rolled-back transaction does not count) or a file added, changed or removed in
 * the data folder (exports, backups, the scan store). The audit anchor is left out: it follows the
 * audit log a moment after a call, and the log is in the database.
 */
export interface WriteWatch {
  /** What changed since the last call, or an empty list. */
  changes(): Promise<string[]>
  close(): Promise<void>
}

async function listFiles(dir: string, root = dir): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      for (const [k, v] of await listFiles(path, root)) out.set(k, v)
    } else if (!entry.name.startsWith(DATABASE_FILE) && !entry.name.includes(ANCHOR_FILE)) {
      const s = await stat(path)
      out.set(relative(root, path), `${s.size}:${s.mtimeMs}`)
    }
  }
  return out
}

export async function watchWrites(dataDir: string): Promise<WriteWatch> {
  const observer: ReadOnlyDatabase = await openReadOnly(join(dataDir, DATABASE_FILE))
  // Kysely's camel-case plugin names the column dataVersion.
  const version = async () => only(await observer.all<{ dataVersion: number }>('PRAGMA data_version')).dataVersion
  let lastVersion = await version()
  let lastFiles = await listFiles(dataDir)
  return {
    async changes() {
      const [v, files] = await Promise.all([version(), listFiles(dataDir)])
      const changed: string[] = []
      if (v !== lastVersion) changed.push('database')
      for (const name of new Set([...files.keys(), ...lastFiles.keys()])) if (files.get(name) !== lastFiles.get(name)) changed.push(name)
      lastVersion = v
      lastFiles = files
      return changed
    },
    close: () => observer.close(),
  }
}
