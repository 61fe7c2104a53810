import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../shared/domain/rubric'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { actorName } from '../workspace/settings'
import { loadRubric } from '../rubrics/load'
import { AppError, notFound } from '../errors'
import { readEvaluation, rescore } from './state'

export interface Change {
  before?: unknown
  after?: unknown
}

/**
 * The one path for every scoring change: refuses a submitted evaluation, applies the change,
 * rescores, appends the audit row and reads the fresh state, all in one transaction (so the
 * state returned is exactly what was committed, whatever runs next on the connection).
 */
export async function mutateEvaluation(
  ctx: ServiceContext,
  evaluationId: number,
  action: string,
  apply: (trx: Transaction<DB>, rubric: Rubric, now: string) => Promise<Change>,
  options: { allowSubmitted?: boolean } = {},
) {
  const now = ctx.now()
  return ctx.db.transaction().execute(async (trx) => {
    // Side by side: every statement is a round trip to the database thread.
    const [evaluation, actor] = await Promise.all([
      trx.selectFrom('evaluations').select(['rubricId', 'status', 'total', 'grade']).where('id', '=', evaluationId).executeTakeFirst(),
      actorName(trx),
    ])
    if (!evaluation) throw notFound('evaluation', evaluationId)
    if (evaluation.status === 'submitted' && !options.allowSubmitted) throw new AppError('evaluation_locked')
    const rubric = await loadRubric(trx, evaluation.rubricId)
    const change = await apply(trx, rubric, now.toISOString())
    const { score, rows } = await rescore(trx, evaluationId, rubric, now.toISOString())
    await appendAudit(trx, now, {
      actor,
      action,
      entity: 'evaluation',
      entityId: evaluationId,
      before: { ...((change.before as object) ?? {}), total: evaluation.total, grade: evaluation.grade },
      after: { ...((change.after as object) ?? {}), total: score.total, grade: score.grade },
    })
    return readEvaluation(trx, evaluationId, rows)
  })
}
