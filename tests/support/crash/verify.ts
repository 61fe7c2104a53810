import sqlite3 from 'sqlite3'
import { CamelCasePlugin, Kysely, sql } from 'kysely'
import { Sqlite3Dialect } from '../../../electron/backend/db/driver'
import type { DB } from '../../../electron/backend/db/schema'
import type { Problem, SentChange } from './stream'

/**
 * A second connection to the workspace's file from the test's own process, open only while it
 * looks: when the app is killed its connection is the only one, so the next opening recovers the
 * file from its write-ahead log as it would after a real crash.
 */
export async function withReader<T>(file: string, look: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => (err ? reject(err) : resolve(db)))
  })
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect(raw), plugins: [new CamelCasePlugin()] })
  try {
    await sql`PRAGMA busy_timeout = 10000`.execute(db)
    return await look(db)
  } finally {
    await db.destroy()
  }
}

/** Which of these change ids the database holds (committed before the crash that lost their answers). */
export async function committedIds(file: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  return withReader(file, async (db) => new Set((await db.selectFrom('changeIds').select('id').where('id', 'in', ids).execute()).map((r) => r.id)))
}

const countBy = <T>(list: T[], key: (t: T) => string | undefined) => {
  const counts = new Map<string, number>()
  for (const t of list) {
    const k = key(t)
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

/**
 * With every change answered: the file is sound, every acknowledged change is in the data exactly
 * once (a deduction per addition not removed since, its audit row, its change id), nothing else is,
 * and each note is the last one written.
 */
export async function verifyData(file: string, evaluationIds: number[], changes: SentChange[]): Promise<Problem[]> {
  return withReader(file, async (db) => {
    const problems: Problem[] = []
    // The column's name would be camel-cased on its way back: the value is read by position.
    const integrity = (await sql<Record<string, string>>`PRAGMA integrity_check`.execute(db)).rows.map((r) => Object.values(r)[0])
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`)
    const foreignKeys = (await sql`PRAGMA foreign_key_check`.execute(db)).rows
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows`)

    const unanswered = changes.filter((c) => !c.acknowledged)
    if (unanswered.length > 0) problems.push(`${unanswered.length} changes were never answered`)
    const removed = new Set(changes.filter((c) => c.kind === 'remove' && c.acknowledged).map((c) => c.tag))
    const added = changes.filter((c) => c.kind === 'add')

    const deductions = countBy(await db.selectFrom('deductions').select('reason').where('evaluationId', 'in', evaluationIds).execute(), (d) => d.reason)
    for (const change of added) {
      const expected = removed.has(change.tag) ? 0 : 1
      const count = deductions.get(change.tag) ?? 0
      if (count !== expected) problems.push(`deduction ${change.tag} (${change.changeId}) is there ${count} times, expected ${expected}`)
    }
    const sentTags = new Set(added.map((c) => c.tag))
    for (const reason of deductions.keys()) if (!sentTags.has(reason)) problems.push(`deduction "${reason}" was never sent`)

    // One audit row per change: the tag is in the row's after (addition, note) or before (removal).
    const audit = await db.selectFrom('auditLog').select(['action', 'before', 'after']).where('entity', '=', 'evaluation').execute()
    const tagOf = (row: (typeof audit)[number]) => {
      const side = JSON.parse((row.action === 'evaluation.undeduct' ? row.before : row.after) ?? '{}') as { reason?: string; note?: string }
      return `${row.action}:${row.action === 'evaluation.note' ? side.note : side.reason}`
    }
    const audited = countBy(audit, tagOf)
    const ACTION = { add: 'evaluation.deduct', remove: 'evaluation.undeduct', note: 'evaluation.note' } as const
    for (const change of changes) {
      const count = audited.get(`${ACTION[change.kind]}:${change.tag}`) ?? 0
      if (count !== 1) problems.push(`${change.kind} ${change.tag} (${change.changeId}) has ${count} audit rows`)
    }
    if (audit.length !== changes.length) problems.push(`${audit.length} audit rows for ${changes.length} changes`)

    const recorded = new Map((await db.selectFrom('changeIds').select(['id', 'method']).execute()).map((r) => [r.id, r.method]))
    for (const change of changes) {
      if (recorded.get(change.changeId) !== change.method) problems.push(`change id ${change.changeId} (${change.tag}) recorded as ${recorded.get(change.changeId) ?? 'nothing'}`)
    }

    const lastNote = new Map<string, string>()
    for (const change of changes) if (change.kind === 'note') lastNote.set(`${change.input.evaluationId}:${change.itemId}`, change.tag)
    const rows = await db.selectFrom('itemStates').select(['evaluationId', 'itemId', 'note']).where('evaluationId', 'in', evaluationIds).execute()
    const notes = new Map(rows.map((n) => [`${n.evaluationId}:${n.itemId}`, n.note]))
    for (const key of new Set([...notes.keys(), ...lastNote.keys()])) {
      const [stored, expected] = [notes.get(key) ?? '', lastNote.get(key) ?? '']
      if (stored !== expected) problems.push(`note of ${key} is "${stored}", expected "${expected}"`)
    }
    return problems
  })
}
