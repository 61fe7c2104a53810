import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../shared/domain/rubric'
import type { ServiceContext } from '../context'
import { appendAuditAfter, GENESIS_HASH, lastAuditHash } from '../audit/log'
import { currentReviewerQuery, NO_REVIEWER } from '../workspace/settings'
import { parseRubric } from '../rubrics/load'
import { AppError, notFound } from '../errors'
import { headerOf, queueOf, scoreInputOf, scoreOf, stateOf } from './state'

export interface Change {
  before?: unknown
  after?: unknown
}

/**
 * The one path for every scoring change: refuses a submitted evaluation, applies the change,
 * rescores, appends the audit row and returns the fresh state, all in one transaction (so the
 * state returned is exactly what was committed, whatever runs next on the connection).
 * Statements that do not depend on each other run side by side: each is a round trip to the
 * database thread, and a reviewer waits for the save.
 */
export async function mutateEvaluation(
  ctx: ServiceContext,
  evaluationId: number,
  action: string,
  apply: (trx: Transaction<DB>, rubric: Rubric, now: string) => Promise<Change>,
  options: { allowSubmitted?: boolean } = {},
) {
  const now = ctx.now()
  const updatedAt = now.toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const [before, queue] = await Promise.all([
      headerOf(trx, evaluationId)
        .innerJoin('rubrics', 'rubrics.id', 'evaluations.rubricId')
        .select(['rubrics.body', currentReviewerQuery(trx).select('name').as('actor'), lastAuditHash(trx).as('lastHash')])
        .executeTakeFirst(),
      queueOf(trx, evaluationId),
    ])
    if (!before) throw notFound('evaluation', evaluationId)
    if (before.status === 'submitted' && !options.allowSubmitted) throw new AppError('evaluation_locked')
    const rubric = parseRubric(before.body)
    const change = await apply(trx, rubric, updatedAt)
    const rows = await scoreInputOf(trx, evaluationId)
    const score = scoreOf(rubric, rows)
    const [after] = await Promise.all([
      trx
        .updateTable('evaluations')
        .set({ total: score.total, grade: score.grade, updatedAt })
        .where('id', '=', evaluationId)
        .returning(['status', 'submittedAt', 'total', 'grade', 'updatedAt'])
        .executeTakeFirstOrThrow(),
      appendAuditAfter(trx, before.lastHash ?? GENESIS_HASH, now, {
        actor: before.actor ?? NO_REVIEWER,
        action,
        entity: 'evaluation',
        entityId: evaluationId,
        before: { ...((change.before as object) ?? {}), total: before.total, grade: before.grade },
        after: { ...((change.after as object) ?? {}), total: score.total, grade: score.grade },
      }),
    ])
    const { body: _body, actor: _actor, lastHash: _lastHash, ...header } = before
    return stateOf({ ...header, ...after }, rows, queue)
  })
}
