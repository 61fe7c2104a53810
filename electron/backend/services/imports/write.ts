import type { Transaction } from 'kysely'
import { IMPORT_FIELDS, type RememberedMapping } from '../../../../shared/domain/imports/fields'
import type { DB } from '../../db/schema'
import { AppError } from '../errors'
import { writeSetting } from '../workspace/preferences'
import type { Directory } from './directory'
import type { ImportRecord } from './plan'
import type { ImportSession } from './sessions'
import type { DataKey } from '../keys/data-key'

/** What every import's writing step has: the open transaction, who and when, and the way to report or stop. */
export interface WriteContext {
  trx: Transaction<DB>
  at: Date
  actor: string
  session: ImportSession
  /** Seals the personal columns written. */
  keys: DataKey
  /** Reports rows done and stops (rolling back) when the user cancelled. */
  step(done: number): void
}

export function stepper(session: ImportSession, total: number, progress: (done: number, total: number) => void) {
  let last = -1
  return (done: number) => {
    if (session.cancelled) throw new AppError('import_cancelled', { fileName: session.fileName })
    // About a hundred events per import: enough for a smooth bar, few enough not to flood the socket.
    if (done === total || done - last >= Math.max(1, Math.floor(total / 100))) {
      last = done
      progress(done, total)
    }
  }
}

function squadKind(name: string): 'mobile' | 'street' | 'town' {
  if (name.includes('机动')) return 'mobile'
  return /镇/.test(name) ? 'town' : 'street'
}

/** Adds the squads the file names that the workspace lacks; returns how many. */
export async function createSquads(trx: Transaction<DB>, dir: Directory, names: string[]): Promise<number> {
  for (const name of names) {
    if (dir.squad(name) !== null) continue
    const { last } = await trx.selectFrom('squads').select((eb) => eb.fn.max('sortOrder').as('last')).executeTakeFirstOrThrow()
    const { id } = await trx
      .insertInto('squads')
      .values({ name, kind: squadKind(name), sortOrder: Number(last ?? 0) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    dir.addSquad(id, name)
  }
  return names.length
}

/**
 * Adds officers the register names but the workspace lacks, in the squad it names. Their badge
 * number is not in a register: a placeholder that says so, to be completed under 机构与人员.
 */
export async function createOfficers(trx: Transaction<DB>, dir: Directory, officers: { name: string; squad: string }[]): Promise<number> {
  for (const o of officers) {
    const squadId = dir.squad(o.squad)!
    let badge = `待补-${o.squad}-${o.name}`
    for (let n = 2; dir.badges.has(badge); n++) badge = `待补-${o.squad}-${o.name}-${n}`
    const { id } = await trx.insertInto('officers').values({ name: o.name, badgeNumber: badge, squadId, certified: 1 }).returning('id').executeTakeFirstOrThrow()
    dir.addOfficer(id, o.name, squadId, badge)
  }
  return officers.length
}

/** The mapping used, by header text, for the next file of this kind ('' = deliberately left out). */
export async function rememberMapping(trx: Transaction<DB>, session: ImportSession, mapping: Record<string, number | null | undefined>) {
  const byHeader = Object.fromEntries(
    IMPORT_FIELDS[session.target].map(({ key }) => {
      const col = mapping[key]
      return [key, col === null || col === undefined ? '' : (session.headers[col] ?? '')]
    }),
  )
  const remembered: RememberedMapping = { fields: byHeader, headers: session.headers }
  await writeSetting(trx, mappingKey(session.target), JSON.stringify(remembered))
}

export const mappingKey = (target: string) => `importMapping.${target}`

/** Only the changed fields, before and after: what the audit row of an updated record keeps. */
export function changeSet(fields: string[], before: ImportRecord | null, after: ImportRecord) {
  return {
    before: Object.fromEntries(fields.map((f) => [f, before?.[f] ?? null])),
    after: Object.fromEntries(fields.map((f) => [f, after[f] ?? null])),
  }
}
