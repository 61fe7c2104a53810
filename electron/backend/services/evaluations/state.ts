import type { Selectable } from 'kysely'
import type { DeductionsTable, ItemStatesTable, VetoFindingsTable } from '../../db/schema'
import type { SqlReader } from '../../db/driver'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Rubric } from '../../../../shared/domain/rubric'
import { scoreEvaluation, type Grade } from '../../../../shared/domain/scoring'
import { notFound } from '../errors'
import { rectOf } from './rect'

/*
 * The review screen and every scoring change read an evaluation in one statement: each statement
 * is a trip to the database thread and back, and a reviewer waits for every save. Its rows come
 * as JSON arrays built by SQLite. The SQL is written out and runs on the direct path (no Kysely),
 * because it runs on every save.
 */

/** An evaluation's own rows: what scoring reads. */
export interface ScoreRows {
  deductions: Selectable<DeductionsTable>[]
  states: Selectable<ItemStatesTable>[]
  vetoes: Selectable<VetoFindingsTable>[]
}

/** The three lists as JSON columns, for the evaluation aliased `e`. */
const ROWS_AS_JSON = `
  (select json_group_array(json_object('id', id, 'evaluationId', evaluation_id, 'itemId', item_id, 'optionId', option_id,
      'pointsTenths', points_tenths, 'reason', reason, 'documentId', document_id, 'page', page,
      'rectX', rect_x, 'rectY', rect_y, 'rectW', rect_w, 'rectH', rect_h, 'createdAt', created_at) order by id)
    from deductions where evaluation_id = e.id) as deductions,
  (select json_group_array(json_object('evaluationId', evaluation_id, 'itemId', item_id, 'notApplicable', not_applicable, 'note', note) order by item_id)
    from item_states where evaluation_id = e.id) as states,
  (select json_group_array(json_object('evaluationId', evaluation_id, 'vetoId', veto_id, 'reason', reason, 'documentId', document_id,
      'page', page, 'createdAt', created_at) order by veto_id)
    from veto_findings where evaluation_id = e.id) as vetoes`

interface RowsAsJson {
  deductions: string
  states: string
  vetoes: string
}

const parseRows = (row: RowsAsJson): ScoreRows => ({
  deductions: JSON.parse(row.deductions) as ScoreRows['deductions'],
  states: JSON.parse(row.states) as ScoreRows['states'],
  vetoes: JSON.parse(row.vetoes) as ScoreRows['vetoes'],
})

/** The evaluation's row with its campaign, as the review screen heads it. */
export interface Header {
  id: number
  assignmentId: number
  rubricId: number
  status: 'in_progress' | 'submitted'
  total: number
  grade: string
  updatedAt: string
  submittedAt: string | null
  campaignId: number
  caseId: number
  campaignName: string
  /** 1 when a decision on an automatic finding is recorded (the other signs of scoring are in the rows). */
  decided: number
}

/** The reviewer's queue the evaluation belongs to (same campaign and reviewer), in workbench order. */
export type Queue = number[]

export interface Snapshot {
  header: Header
  rows: ScoreRows
  queue: Queue
}

/**
 * The statement that reads header, queue and rows, with any extra columns (`, expr as "name"`);
 * its one parameter is the evaluation's id. Built once per caller: prepared statements are kept by their SQL.
 */
export function snapshotQuery(extraColumns = ''): string {
  return `
    select e.id, e.assignment_id as "assignmentId", e.rubric_id as "rubricId", e.status, e.total, e.grade,
      e.updated_at as "updatedAt", e.submitted_at as "submittedAt",
      a.campaign_id as "campaignId", a.case_id as "caseId", c.name as "campaignName",
      exists (select 1 from check_decisions where evaluation_id = e.id) as decided,
      (select json_group_array(peer.id order by peer.position, peer.id) from assignments peer
        where peer.campaign_id = a.campaign_id and peer.reviewer_id = a.reviewer_id) as queue,
      ${ROWS_AS_JSON} ${extraColumns}
    from evaluations e
      join assignments a on a.id = e.assignment_id
      join campaigns c on c.id = a.campaign_id
    where e.id = ?`
}

const READ_SNAPSHOT = snapshotQuery()

/**
 * Header, queue and rows in one statement (`snapshotQuery`'s, with the caller's extra columns; in the
 * caller's transaction they are consistent with each other). Undefined if there is no such evaluation.
 */
export async function snapshotOf<Extra extends object = object>(db: SqlReader, evaluationId: number, query = READ_SNAPSHOT) {
  const rows = await db.all<Header & RowsAsJson & Extra & { queue: string }>(query, [evaluationId])
  if (!rows[0]) return undefined
  const { queue, deductions, states, vetoes, ...header } = rows[0]
  return { header, queue: JSON.parse(queue) as Queue, rows: parseRows({ deductions, states, vetoes }) }
}

const READ_ROWS = `select ${ROWS_AS_JSON} from (select ? as id) as e`

/** The rows alone (after a change, in the same transaction). */
export async function scoreRowsOf(db: SqlReader, evaluationId: number): Promise<ScoreRows> {
  const [rows] = await db.all<RowsAsJson>(READ_ROWS, [evaluationId])
  return parseRows(rows)
}

/** The total and grade the rows come to under the rubric. */
export function scoreOf(rubric: Rubric, { deductions, states, vetoes }: ScoreRows) {
  return scoreEvaluation(rubric, {
    deductions: deductions.map((d) => ({ itemId: d.itemId, points: d.pointsTenths / 10 })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    vetoes: vetoes.map((v) => v.vetoId),
  })
}

/** The evaluation as the review screen shows it. */
export async function readEvaluation(db: SqlReader, evaluationId: number): Promise<EvaluationState> {
  const snapshot = await snapshotOf(db, evaluationId)
  if (!snapshot) throw notFound('evaluation', evaluationId)
  return stateOf(snapshot)
}

/** Whether anything of the scoring is recorded (see `evaluationState.scored`). */
export function isScored({ deductions, states, vetoes }: ScoreRows, decided: boolean): boolean {
  return decided || deductions.length > 0 || states.length > 0 || vetoes.length > 0
}

/** The review screen's state from rows already read. */
export function stateOf({ header: { decided, ...header }, rows, queue }: Snapshot): EvaluationState {
  const { deductions, states, vetoes } = rows
  const index = queue.indexOf(header.assignmentId)
  return {
    ...header,
    scored: isScored(rows, decided === 1),
    grade: header.grade as Grade,
    deductions: deductions.map((d) => ({
      id: d.id,
      itemId: d.itemId,
      optionId: d.optionId,
      points: d.pointsTenths / 10,
      reason: d.reason,
      documentId: d.documentId,
      page: d.page,
      rect: rectOf(d),
      createdAt: d.createdAt,
    })),
    notApplicable: states.filter((s) => s.notApplicable === 1).map((s) => s.itemId),
    notes: Object.fromEntries(states.filter((s) => s.note !== '').map((s) => [s.itemId, s.note])),
    vetoes: vetoes.map(({ vetoId, reason, documentId, page }) => ({ vetoId, reason, documentId, page })),
    position: {
      index: index + 1,
      count: queue.length,
      previousAssignmentId: queue[index - 1] ?? null,
      nextAssignmentId: queue[index + 1] ?? null,
    },
  }
}
