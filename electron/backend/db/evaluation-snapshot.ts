import { sql, type Kysely, type SqlBool } from 'kysely'
import { z } from 'zod'
import type { DB } from './schema'
import { parseScoreRows, scoreRowsAsJson, type ScoreRowsJson } from './score-rows'

/**
 * The reviewer's queue the evaluation belongs to (same campaign and reviewer) as a JSON array of
 * assignment ids in workbench order. SQLite: `json_group_array(peer.id order by …)`; PostgreSQL
 * twin: `coalesce(json_agg(peer.id order by …), '[]')`.
 */
const QUEUE_AS_JSON = sql<string>`(select json_group_array(peer.id order by peer.position, peer.id) from assignments peer
  where peer.campaign_id = a.campaign_id and peer.reviewer_id = a.reviewer_id)`

const queue = z.array(z.number())

/**
 * The statement that reads an evaluation (aliased `e`, with its assignment `a` and campaign `c`)
 * as the review screen heads it, whether a decision on an automatic finding is recorded, the
 * reviewer's queue and the evaluation's rows (`scoreRowsAsJson`), all in one: a reviewer waits
 * for every save. A scoring change selects more columns on it (what else it reads before it
 * applies). Its JSON columns are SQLite's, with the PostgreSQL twins their functions name.
 */
export function selectEvaluationSnapshot(db: Kysely<DB>, evaluationId: number) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .select((eb) => [
      'e.id',
      'e.assignmentId',
      'e.rubricId',
      'e.status',
      'e.total',
      'e.grade',
      'e.updatedAt',
      'e.submittedAt',
      'a.campaignId',
      'a.caseId',
      'a.avRecordId',
      'a.complaintId',
      'c.name as campaignName',
      eb.exists(eb.selectFrom('checkDecisions as d').select('d.evaluationId').whereRef('d.evaluationId', '=', 'e.id')).as('decided'),
      QUEUE_AS_JSON.as('queue'),
      ...scoreRowsAsJson(eb.ref('e.id')),
    ])
    .where('e.id', '=', evaluationId)
}

interface SnapshotColumns extends ScoreRowsJson {
  queue: string
  decided: SqlBool
}

/**
 * Runs a snapshot statement (`selectEvaluationSnapshot`, with whatever columns its caller added)
 * and parses its JSON columns; undefined when there is no such evaluation. In the caller's
 * transaction, header, queue and rows are consistent with each other.
 */
export async function readSnapshot<R extends SnapshotColumns>(query: { executeTakeFirst(): Promise<R | undefined> }) {
  const row = await query.executeTakeFirst()
  if (!row) return undefined
  const { queue: queueJson, decided, deductions, states, vetoes, ...header } = row
  return { header: { ...header, decided: Boolean(decided) }, queue: queue.parse(JSON.parse(queueJson)), rows: parseScoreRows({ deductions, states, vetoes }) }
}

/** The evaluation as the review screen reads it; undefined when there is no such evaluation. */
export const readEvaluationSnapshot = (db: Kysely<DB>, evaluationId: number) => readSnapshot(selectEvaluationSnapshot(db, evaluationId))
