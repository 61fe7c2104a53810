import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { readSnapshot, selectEvaluationSnapshot } from '../../db/evaluation-snapshot'
import { selectScoreRows } from '../../db/score-rows'
import type { Rubric } from '../../../../shared/domain/rubric'
import type { AuditRecord, ScoringAction, ScoringSide } from '../../../../shared/contract/audit-actions'
import type { ServiceContext } from '../context'
import { appendAudit, GENESIS_HASH, lastAuditHash, type AuditEntry } from '../audit/log'
import { actorName, actsAsLead, assertMayWorkOn } from '../auth/actor'
import { parseRubric } from '../rubrics/load'
import { AppError, notFound } from '../errors'
import { scoreOf, stateOf, type Header, type ScoreRows } from './state'
import { claimChange, type ChangeKey } from './change-ids'
import { evaluationData } from './audit-data'

/** A side of the change as its action declares it; one that keeps nothing of the change may be left out. */
type ChangeSide<A extends ScoringAction, S extends 'before' | 'after'> = Record<string, never> extends ScoringSide<A, S> ? { [K in S]?: ScoringSide<A, S> } : { [K in S]: ScoringSide<A, S> }

export type Change<A extends ScoringAction = ScoringAction> = ChangeSide<A, 'before'> & ChangeSide<A, 'after'> & {
  /** The evaluation's rows after the change, when the change knows them: they are not read again. */
  rows?: ScoreRows
  /** Set by a change that records a decision on an automatic finding (not among the rows). */
  decided?: boolean
  /** What went with the change (a typical mark on a removed deduction): each gets an audit row of its own. */
  removed?: AuditRecord[]
}

/** The signed-in account making the change; a lead's role also for an administrator. */
export interface Actor {
  name: string
  role: 'reviewer' | 'lead'
}

/** What a change sees: the evaluation, the rubric it is scored against, its rows and the actor, as the transaction began. */
export interface ChangeContext {
  header: Header
  rubric: Rubric
  rows: ScoreRows
  actor: Actor | null
  now: string
}

/** Everything a change reads before it, in the statement that reads the evaluation. */
function readBeforeChange(trx: Transaction<DB>, evaluationId: number) {
  return readSnapshot(
    selectEvaluationSnapshot(trx, evaluationId)
      .innerJoin('rubrics as r', 'r.id', 'e.rubricId')
      .select(['r.body as rubricBody', 'a.reviewerId as ownerId', 'c.status as campaignStatus', lastAuditHash.as('lastHash')]),
  )
}

/**
 * The one path for every scoring change: refuses a submitted evaluation, applies the change,
 * rescores, appends the audit row and returns the fresh state, all in one transaction (so the
 * state returned is exactly what was committed, whatever runs next on the connection).
 * Everything read before the change comes in one statement; the rows after it come from the
 * change itself or from one more. A change that carries an id is recorded with it; a retry of one
 * already committed is answered with the evaluation as it stands and applies nothing. That look
 * comes before the state checks (the retry of a submit finds the evaluation submitted) but must
 * stay after any check of who may see the evaluation.
 */
export async function mutateEvaluation<A extends ScoringAction>(
  ctx: ServiceContext,
  evaluationId: number,
  action: A,
  apply: (trx: Transaction<DB>, change: ChangeContext) => Promise<Change<A>>,
  options: { allowSubmitted?: boolean; change?: ChangeKey } = {},
) {
  const now = ctx.now()
  const updatedAt = now.toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readBeforeChange(trx, evaluationId)
    if (!before) throw notFound('evaluation', evaluationId)
    const { rubricBody, ownerId, lastHash, campaignStatus, ...header } = before.header
    await assertMayWorkOn(ctx, trx, ownerId)
    if (options.change && (await claimChange(trx, options.change, evaluationId, updatedAt)) === 'committed') {
      return stateOf({ header, rows: before.rows, queue: before.queue })
    }
    // A closed campaign's results are frozen: nothing changes until the lead reopens it.
    if (campaignStatus === 'closed') throw new AppError('campaign_closed', { name: header.campaignName })
    if (header.status === 'submitted' && !options.allowSubmitted) throw new AppError('evaluation_locked')
    const rubric = parseRubric(rubricBody)
    const actor = ctx.actor && { name: ctx.actor.name, role: actsAsLead(ctx.actor) ? ('lead' as const) : ('reviewer' as const) }
    const change = await apply(trx, { header, rubric, rows: before.rows, actor, now: updatedAt })
    const rows = change.rows ?? (await selectScoreRows(trx, evaluationId))
    const score = scoreOf(rubric, rows)
    const rescored = await trx
      .updateTable('evaluations')
      .set({ total: score.total, grade: score.grade, updatedAt })
      .where('id', '=', evaluationId)
      .returning(['status', 'submittedAt', 'total', 'grade', 'updatedAt'])
      .executeTakeFirstOrThrow()
    let prevHash = lastHash ?? GENESIS_HASH
    for (const gone of change.removed ?? []) prevHash = await appendAudit(trx, now, { actor: actorName(ctx), ...gone }, { prevHash, data: null })
    // Change<A> ties the sides to the action; the compiler cannot follow a generic action into the union.
    const entry = {
      actor: actorName(ctx),
      action,
      entity: 'evaluation',
      entityId: evaluationId,
      before: { ...change.before, total: header.total, grade: header.grade },
      after: { ...change.after, total: score.total, grade: score.grade },
    } as AuditEntry
    await appendAudit(trx, now, entry, { prevHash, data: evaluationData(rescored, rows) })
    return stateOf({ header: { ...header, ...rescored, decided: change.decided === true || header.decided }, rows, queue: before.queue })
  })
}
