import { randomUUID } from 'node:crypto'
import type { Cell } from '../../../../shared/domain/imports/values'
import type { ImportTarget } from '../../../../shared/domain/imports/fields'
import type { TableFile } from '../settings/table-file'
import { AppError } from '../errors'

/** A file read for import, kept between the mapping, the preview and the import itself. */
export interface ImportSession {
  id: string
  target: ImportTarget
  fileName: string
  encoding: TableFile['encoding']
  /** The header's row as the spreadsheet numbers it (1-based). */
  headerRow: number
  headers: string[]
  /** Data rows; row i is the sheet's row headerRow + 1 + i. */
  rows: Cell[][]
  openedAt: number
  /** Set by imports.cancel; the running import rolls back at its next row. */
  cancelled: boolean
  running: boolean
}

const MAX_SESSIONS = 4
const MAX_AGE_MS = 60 * 60 * 1000
const sessions = new Map<string, ImportSession>()

/** Keeps a newly read file; the oldest idle ones go first, so memory stays bounded. */
export function openSession(fields: Omit<ImportSession, 'id' | 'openedAt' | 'cancelled' | 'running'>, now: number): ImportSession {
  for (const [id, s] of sessions) if (!s.running && now - s.openedAt > MAX_AGE_MS) sessions.delete(id)
  const idle = [...sessions.values()].filter((s) => !s.running)
  while (sessions.size >= MAX_SESSIONS && idle.length) sessions.delete(idle.shift()!.id)
  const session: ImportSession = { ...fields, id: randomUUID(), openedAt: now, cancelled: false, running: false }
  sessions.set(session.id, session)
  return session
}

export function getSession(id: string): ImportSession {
  const session = sessions.get(id)
  if (!session) throw new AppError('import_expired')
  return session
}

export function closeSession(id: string): void {
  const session = sessions.get(id)
  if (session && !session.running) sessions.delete(id)
}

/** Asks a running import to stop; a session already gone has nothing left to stop. */
export function cancelSession(id: string): void {
  const session = sessions.get(id)
  if (session) session.cancelled = true
}
