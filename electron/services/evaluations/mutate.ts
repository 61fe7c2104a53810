import { sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../shared/domain/rubric'
import type { ServiceContext } from '../context'
import { appendAuditAfter, GENESIS_HASH, lastAuditHash } from '../audit/log'
import { currentReviewerName, NO_REVIEWER } from '../workspace/settings'
import { parseRubric } from '../rubrics/load'
import { AppError, notFound } from '../errors'
import { scoreOf, scoreRowsOf, snapshotOf, stateOf, type Header, type ScoreRows } from './state'

export interface Change {
  before?: unknown
  after?: unknown
}

/** What a change sees: the evaluation, the rubric it is scored against and its rows, as the transaction began. */
export interface ChangeContext {
  header: Header
  rubric: Rubric
  rows: ScoreRows
  now: string
}

/**
 * The one path for every scoring change: refuses a submitted evaluation, applies the change,
 * rescores, appends the audit row and returns the fresh state, all in one transaction (so the
 * state returned is exactly what was committed, whatever runs next on the connection).
 * Everything read before the change comes in one statement, the rows after it in another.
 */
export async function mutateEvaluation(
  ctx: ServiceContext,
  evaluationId: number,
  action: string,
  apply: (trx: Transaction<DB>, change: ChangeContext) => Promise<Change>,
  options: { allowSubmitted?: boolean } = {},
) {
  const now = ctx.now()
  const updatedAt = now.toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const before = await snapshotOf<{ rubricBody: string; actor: string | null; lastHash: string | null }>(
      trx,
      evaluationId,
      sql`, (select body from rubrics where id = e.rubric_id) as rubric_body, ${currentReviewerName} as actor, ${lastAuditHash} as last_hash`,
    )
    if (!before) throw notFound('evaluation', evaluationId)
    const { rubricBody, actor, lastHash, ...header } = before.header
    if (header.status === 'submitted' && !options.allowSubmitted) throw new AppError('evaluation_locked')
    const rubric = parseRubric(rubricBody)
    const change = await apply(trx, { header, rubric, rows: before.rows, now: updatedAt })
    const rows = await scoreRowsOf(trx, evaluationId)
    const score = scoreOf(rubric, rows)
    const after = await trx
      .updateTable('evaluations')
      .set({ total: score.total, grade: score.grade, updatedAt })
      .where('id', '=', evaluationId)
      .returning(['status', 'submittedAt', 'total', 'grade', 'updatedAt'])
      .executeTakeFirstOrThrow()
    await appendAuditAfter(trx, lastHash ?? GENESIS_HASH, now, {
      actor: actor ?? NO_REVIEWER,
      action,
      entity: 'evaluation',
      entityId: evaluationId,
      before: { ...((change.before as object) ?? {}), total: header.total, grade: header.grade },
      after: { ...((change.after as object) ?? {}), total: score.total, grade: score.grade },
    })
    return stateOf({ header: { ...header, ...after }, rows, queue: before.queue })
  })
}
