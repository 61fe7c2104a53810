import { z } from 'zod'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { itemDecision, vetoDecision } from '../../../../shared/contract/adjudication'
import { GRADES } from '../../../../shared/domain/scoring'

/** adjudications.items as stored: the lead's ruling on each differing item and veto. */
const storedDecisions = z.array(z.discriminatedUnion('kind', [itemDecision.extend({ kind: z.literal('item') }), vetoDecision.extend({ kind: z.literal('veto') })]))

export type Decisions = { items: z.output<typeof itemDecision>[]; vetoes: z.output<typeof vetoDecision>[] }

export function encodeDecisions({ items, vetoes }: Decisions): string {
  return JSON.stringify([...items.map((d) => ({ kind: 'item', ...d })), ...vetoes.map((d) => ({ kind: 'veto', ...d }))])
}

/** Parses stored decisions; a row that does not parse is a corrupt record, not something to guess at. */
export function decodeDecisions(json: string): Decisions {
  const parsed = storedDecisions.parse(JSON.parse(json))
  return {
    items: parsed.filter((d) => d.kind === 'item').map(({ kind: _k, ...d }) => d),
    vetoes: parsed.filter((d) => d.kind === 'veto').map(({ kind: _k, ...d }) => d),
  }
}

const grade = z.enum(GRADES)

/** The stored adjudications of a campaign (or one case, or some cases), decisions parsed. */
export async function adjudicationsOf(db: Kysely<DB>, campaignId: number, cases?: number | readonly number[]) {
  let q = db.selectFrom('adjudications').selectAll().where('campaignId', '=', campaignId)
  if (typeof cases === 'number') q = q.where('caseId', '=', cases)
  else if (cases) q = q.where('caseId', 'in', cases.length ? [...cases] : [0])
  const rows = await q.execute()
  return new Map(rows.map((r) => [r.caseId, { ...r, grade: grade.parse(r.grade), ...decodeDecisions(r.items) }]))
}
