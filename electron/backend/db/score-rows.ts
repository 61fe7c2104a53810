import { sql, type Expression, type Kysely, type Selectable } from 'kysely'
import { z } from 'zod'
import type { DB, DeductionsTable, ItemStatesTable, VetoFindingsTable } from './schema'

/** A deduction as scoring reads it and an evaluation's audit rows vouch for it. */
export type DeductionRow = Pick<
  Selectable<DeductionsTable>,
  'id' | 'evaluationId' | 'itemId' | 'optionId' | 'pointsTenths' | 'reason' | 'documentId' | 'page' | 'rectX' | 'rectY' | 'rectW' | 'rectH' | 'createdAt'
>
export type ItemStateRow = Selectable<ItemStatesTable>
export type VetoFindingRow = Selectable<VetoFindingsTable>

/** An evaluation's own rows: what scoring reads. */
export interface ScoreRows {
  deductions: DeductionRow[]
  states: ItemStateRow[]
  vetoes: VetoFindingRow[]
}

const deductionRow: z.ZodType<DeductionRow> = z.object({
  id: z.number(),
  evaluationId: z.number(),
  itemId: z.string(),
  optionId: z.string().nullable(),
  pointsTenths: z.number(),
  reason: z.string(),
  documentId: z.number().nullable(),
  page: z.number().nullable(),
  rectX: z.number().nullable(),
  rectY: z.number().nullable(),
  rectW: z.number().nullable(),
  rectH: z.number().nullable(),
  createdAt: z.string(),
})

const itemStateRow: z.ZodType<ItemStateRow> = z.object({
  evaluationId: z.number(),
  itemId: z.string(),
  notApplicable: z.number(),
  note: z.string(),
})

const vetoFindingRow: z.ZodType<VetoFindingRow> = z.object({
  evaluationId: z.number(),
  vetoId: z.string(),
  reason: z.string(),
  documentId: z.number().nullable(),
  page: z.number().nullable(),
  createdAt: z.string(),
})

const scoreRows = z.object({ deductions: z.array(deductionRow), states: z.array(itemStateRow), vetoes: z.array(vetoFindingRow) })

/** The three lists as the JSON text `scoreRowsAsJson` selects. */
export interface ScoreRowsJson {
  deductions: string
  states: string
  vetoes: string
}

/** The rows from their JSON columns, each checked against its table's columns. */
export function parseScoreRows(json: ScoreRowsJson): ScoreRows {
  return scoreRows.parse({ deductions: JSON.parse(json.deductions), states: JSON.parse(json.states), vetoes: JSON.parse(json.vetoes) })
}

const DEDUCTION = sql.raw(`json_object('id', id, 'evaluationId', evaluation_id, 'itemId', item_id, 'optionId', option_id,
  'pointsTenths', points_tenths, 'reason', reason, 'documentId', document_id, 'page', page,
  'rectX', rect_x, 'rectY', rect_y, 'rectW', rect_w, 'rectH', rect_h, 'createdAt', created_at)`)
const ITEM_STATE = sql.raw(`json_object('evaluationId', evaluation_id, 'itemId', item_id, 'notApplicable', not_applicable, 'note', note)`)
const VETO_FINDING = sql.raw(`json_object('evaluationId', evaluation_id, 'vetoId', veto_id, 'reason', reason, 'documentId', document_id,
  'page', page, 'createdAt', created_at)`)

/**
 * The evaluation's deductions (by id), item states (by item) and veto findings (by veto), each
 * list one JSON array column of the statement that selects them: `deductions`, `states`,
 * `vetoes`. `evaluationId` is a column of that statement or a value. One statement instead of
 * three: each is a trip to the database thread, and a reviewer waits for every save.
 * SQLite: `json_group_array(json_object(…) order by …)`. PostgreSQL twin:
 * `coalesce(json_agg(json_build_object(…) order by …), '[]')` (json_agg of no rows is null).
 */
export function scoreRowsAsJson(evaluationId: Expression<number> | number) {
  return [
    sql<string>`(select json_group_array(${DEDUCTION} order by id) from deductions where evaluation_id = ${evaluationId})`.as('deductions'),
    sql<string>`(select json_group_array(${ITEM_STATE} order by item_id) from item_states where evaluation_id = ${evaluationId})`.as('states'),
    sql<string>`(select json_group_array(${VETO_FINDING} order by veto_id) from veto_findings where evaluation_id = ${evaluationId})`.as('vetoes'),
  ] as const
}

/** The evaluation's rows alone, in one statement (after a change, in its transaction). */
export async function selectScoreRows(db: Kysely<DB>, evaluationId: number): Promise<ScoreRows> {
  return parseScoreRows(await db.selectNoFrom(scoreRowsAsJson(evaluationId)).executeTakeFirstOrThrow())
}
