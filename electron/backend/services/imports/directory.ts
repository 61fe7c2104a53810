import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'

/** Squads and officers by name, to resolve what a register names; grows as the import creates them. */
export class Directory {
  readonly squadIds = new Map<string, number>()
  readonly squadNames = new Map<number, string>()
  readonly officerNames = new Map<number, string>()
  /** Squad id → officer name → the first officer of that name there. */
  readonly #inSquad = new Map<number, Map<string, number>>()
  readonly #byName = new Map<string, number[]>()
  readonly badges = new Map<string, { id: number; name: string }>()

  static async load(db: Kysely<DB>): Promise<Directory> {
    const d = new Directory()
    for (const s of await db.selectFrom('squads').select(['id', 'name']).execute()) d.addSquad(s.id, s.name)
    const officers = await db.selectFrom('officers').select(['id', 'name', 'squadId', 'badgeNumber']).orderBy('id').execute()
    for (const o of officers) d.addOfficer(o.id, o.name, o.squadId, o.badgeNumber)
    return d
  }

  addSquad(id: number, name: string) {
    this.squadIds.set(name, id)
    this.squadNames.set(id, name)
  }

  addOfficer(id: number, name: string, squadId: number, badge: string) {
    this.officerNames.set(id, name)
    this.badges.set(badge, { id, name })
    let squad = this.#inSquad.get(squadId)
    if (!squad) this.#inSquad.set(squadId, (squad = new Map()))
    if (!squad.has(name)) squad.set(name, id)
    this.#byName.set(name, [...(this.#byName.get(name) ?? []), id])
  }

  squad(name: string): number | null {
    return this.squadIds.get(name) ?? this.squadIds.get(name.replace(/\s/g, '')) ?? null
  }

  /** The officer of that name in the squad, else the only one of that name anywhere (officers help other squads). */
  officer(name: string, squadId: number | null): number | null {
    if (squadId !== null) {
      const own = this.#inSquad.get(squadId)?.get(name)
      if (own) return own
    }
    const [only, ...others] = this.#byName.get(name) ?? []
    return only !== undefined && others.length === 0 ? only : null
  }
}

/** Runs `query` on `keys` in chunks: SQLite bounds the number of parameters in one statement. */
export async function inChunks<K, R>(keys: readonly K[], query: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < keys.length; i += 500) out.push(...(await query(keys.slice(i, i + 500))))
  return out
}
