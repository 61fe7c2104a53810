import { randomUUID } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { openReadOnly } from '../../db/read-only'
import type { AuditAnchor } from '../../../../shared/contract/audit'
import { ANCHOR_FILE_NAME } from '../../../../shared/i18n/audit-report-text'

/**
 * Beside the database, never inside it: the newest audit row's hash and the number of rows up to
 * it. Whoever rewrites the database (cuts off its newest rows, empties the log, recomputes the
 * chain) does not make the log end on this row again.
 */
export const ANCHOR_FILE = ANCHOR_FILE_NAME

export type AnchorRead = { state: 'none' } | { state: 'unreadable'; detail: string } | { state: 'ok'; anchor: AuditAnchor }

const isAnchor = (v: unknown): v is AuditAnchor => {
  const a = v as AuditAnchor
  return (
    typeof a === 'object' &&
    a !== null &&
    Number.isSafeInteger(a.rows) &&
    a.rows > 0 &&
    Number.isSafeInteger(a.lastId) &&
    typeof a.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(a.hash) &&
    typeof a.at === 'string'
  )
}

export async function readAnchor(dir: string): Promise<AnchorRead> {
  let text: string
  try {
    text = await readFile(join(dir, ANCHOR_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' }
    throw err
  }
  try {
    const value: unknown = JSON.parse(text)
    if (isAnchor(value)) return { state: 'ok', anchor: { rows: value.rows, lastId: value.lastId, hash: value.hash, at: value.at } }
  } catch {
    // Not JSON: said below like any other content that is not an anchor.
  }
  return { state: 'unreadable', detail: `${join(dir, ANCHOR_FILE)}: not an audit anchor` }
}

/** Written under another name, flushed, then renamed over the old one: a crash leaves the old anchor or the new, never half of one. */
export async function writeAnchor(dir: string, anchor: AuditAnchor): Promise<void> {
  const temp = join(dir, `.${ANCHOR_FILE}.${randomUUID()}`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(JSON.stringify(anchor, null, 2) + '\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, join(dir, ANCHOR_FILE))
  } catch (err) {
    await rm(temp, { force: true }).catch(() => {})
    throw err
  }
}

const newestRow = (db: Kysely<DB>) => db.selectFrom('auditLog').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst()

/** Rows with ids in (after, upTo]: bounded above, so a row appended meanwhile is not counted against an older newest row. */
async function rowsBetween(db: Kysely<DB>, after: number, upTo: number): Promise<number> {
  const { rows } = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .where('id', '>', after)
    .where('id', '<=', upTo)
    .executeTakeFirstOrThrow()
  return Number(rows)
}

/** The anchor of a log as it stands (null for an empty log); counts every row. */
export async function anchorOfLog(db: Kysely<DB>, at: Date): Promise<AuditAnchor | null> {
  const newest = await newestRow(db)
  if (!newest) return null
  return { rows: await rowsBetween(db, 0, newest.id), lastId: newest.id, hash: newest.hash, at: at.toISOString() }
}

export interface AnchorKeeper {
  /** After a call that may have written: the anchor follows within a second. */
  touch(): void
  /** Brings the anchor up to the log now. */
  flush(): Promise<void>
  /** The last refresh, then no more (before the database closes). */
  stop(): Promise<void>
}

const EVERY_MS = 1000

/**
 * Keeps the anchor file up with the log, at most once a second and once more on close. It only
 * moves forward along the same chain: when the log no longer holds the anchored row with the
 * anchored hash (rows cut off, the log emptied or rewritten), the file is left as it is, so that
 * verification can say so.
 */
export function keepAnchor(db: Kysely<DB>, dir: string, now: () => Date): AnchorKeeper {
  let known: AuditAnchor | null | undefined
  let held = false
  let stopped = false
  let timer: NodeJS.Timeout | null = null
  let lastRun = 0
  let running: Promise<void> = Promise.resolve()

  async function refresh() {
    if (held) return
    if (known === undefined) {
      const read = await readAnchor(dir)
      if (read.state === 'unreadable') return hold(read.detail)
      known = read.state === 'ok' ? read.anchor : null
    }
    const newest = await newestRow(db)
    if (!newest) return known ? hold('the audit log is empty') : undefined
    if (known && newest.id === known.lastId && newest.hash === known.hash) return
    if (known) {
      const anchored = await db.selectFrom('auditLog').select('hash').where('id', '=', known.lastId).executeTakeFirst()
      if (anchored?.hash !== known.hash) return hold(`row ${known.lastId} no longer has the anchored hash`)
    }
    const rows = known ? known.rows + (await rowsBetween(db, known.lastId, newest.id)) : await rowsBetween(db, 0, newest.id)
    const next = { rows, lastId: newest.id, hash: newest.hash, at: now().toISOString() }
    await writeAnchor(dir, next)
    known = next
  }

  function hold(why: string) {
    held = true
    console.warn(`[audit] the anchor is kept as it was: ${why}`)
  }

  function run() {
    timer = null
    lastRun = Date.now()
    running = running.then(refresh).catch((err: unknown) => console.warn('[audit] the anchor was not written', err))
    return running
  }

  return {
    touch() {
      if (stopped || timer) return
      timer = setTimeout(run, Math.max(0, lastRun + EVERY_MS - Date.now()))
      timer.unref()
    },
    async flush() {
      if (stopped) return running
      if (timer) clearTimeout(timer)
      await run()
    },
    async stop() {
      if (stopped) return running
      stopped = true
      if (timer) clearTimeout(timer)
      await run()
    },
  }
}

/** The anchor of a database file's log, read without writing to it (a backup copy). */
export async function anchorOfFile(file: string, at: Date): Promise<AuditAnchor | null> {
  const reader = await openReadOnly(file)
  try {
    return await anchorOfLog(reader.db, at)
  } finally {
    await reader.close()
  }
}
