import { setTimeout as sleep } from 'node:timers/promises'
import sqlite3 from 'sqlite3'
import type { Kysely } from 'kysely'
import { openReadOnly, openRaw, rawAll } from './read-only'
import type { DB } from './schema'

/** node-sqlite3's Backup object (`Database#backup`); its typings leave it out. */
interface Sqlite3Backup {
  step(pages: number, callback: (err: (Error & { code?: string }) | null, completed: boolean) => void): void
  finish(callback: () => void): void
  readonly remaining: number
  readonly pageCount: number
}

type WithBackup = sqlite3.Database & { backup(file: string, callback: (err: Error | null) => void): Sqlite3Backup }

export interface OnlineBackupOptions {
  /** Pages copied while holding the connection; other calls run between chunks. */
  pagesPerStep?: number
  onProgress?(done: number, total: number): void
}

const RETRY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED'])

/**
 * Copies the open database into `target` with SQLite's online backup API (the PostgreSQL twin is
 * pg_dump). Each chunk holds the connection like any query does, so a transaction is never caught
 * half-done and calls keep being answered between chunks; writes made meanwhile through this same
 * connection reach the copy too, so it is consistent at the moment it completes.
 */
export async function onlineBackup(raw: sqlite3.Database, db: Kysely<DB>, target: string, options: OnlineBackupOptions = {}): Promise<void> {
  const pages = options.pagesPerStep ?? 256
  const backup = await new Promise<Sqlite3Backup>((resolve, reject) => {
    const b = (raw as WithBackup).backup(target, (err) => (err ? reject(err) : resolve(b)))
  })
  try {
    for (;;) {
      const step = await db.connection().execute(
        () =>
          new Promise<'done' | 'more' | 'retry'>((resolve, reject) =>
            backup.step(pages, (err, completed) => {
              if (err) return RETRY.has(err.code ?? '') ? resolve('retry') : reject(err)
              resolve(completed ? 'done' : 'more')
            }),
          ),
      )
      if (step === 'done') break
      options.onProgress?.(backup.pageCount - backup.remaining, backup.pageCount)
      await sleep(step === 'retry' ? 20 : 0)
    }
  } finally {
    await new Promise<void>((resolve) => backup.finish(resolve))
  }
  options.onProgress?.(backup.pageCount, backup.pageCount)
}

/**
 * The copy as one self-contained file: the backup carries the source's WAL mode in its header,
 * which a read-only reader (a USB drive, a share) could not open without its side files.
 */
export async function makeSelfContained(file: string): Promise<void> {
  const raw = await openRaw(file, sqlite3.OPEN_READWRITE)
  try {
    await rawAll(raw, 'PRAGMA journal_mode = DELETE')
  } finally {
    await new Promise<void>((resolve) => raw.close(() => resolve()))
  }
}

export type CheckKind = 'integrity' | 'quick'

/** Codes that say the file itself is not a sound database (as opposed to: cannot be reached). */
const DAMAGE = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB'])

export function isDamageError(err: unknown): boolean {
  return DAMAGE.has((err as { code?: string })?.code ?? '')
}

/**
 * `PRAGMA integrity_check` (every page and index) or `quick_check` (pages, without index contents)
 * on a file opened read-only, so checking never writes to it. Returns the problems SQLite lists
 * (none for a sound file); a file too broken to read at all gives its error as the one problem.
 */
export async function checkDatabaseFile(file: string, kind: CheckKind, maxProblems = 10): Promise<string[]> {
  try {
    const reader = await openReadOnly(file)
    try {
      const rows = await reader.all<Record<string, string>>(`PRAGMA ${kind === 'quick' ? 'quick_check' : 'integrity_check'}(${maxProblems})`)
      const problems = rows.map((row) => String(Object.values(row)[0]))
      return problems.length === 1 && problems[0] === 'ok' ? [] : problems
    } finally {
      await reader.close()
    }
  } catch (err) {
    if (isDamageError(err)) return [err instanceof Error ? err.message : String(err)]
    throw err
  }
}
