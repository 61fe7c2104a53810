import type { SqlSession } from '../../db/driver'
import type { Rubric } from '../../../../shared/domain/rubric'
import type { ServiceContext } from '../context'
import { appendAuditAfter, GENESIS_HASH, LAST_AUDIT_HASH } from '../audit/log'
import { CURRENT_REVIEWER_ID, NO_REVIEWER } from '../workspace/preferences'
import { parseRubric } from '../rubrics/load'
import { AppError, notFound } from '../errors'
import { scoreOf, scoreRowsOf, snapshotOf, snapshotQuery, stateOf, type Header, type ScoreRows } from './state'
import { claimChange, type ChangeKey } from './change-ids'
import { evaluationData } from './audit-data'

export interface Change {
  before?: unknown
  after?: unknown
  /** The evaluation's rows after the change, when the change knows them: they are not read again. */
  rows?: ScoreRows
  /** Set by a change that records a decision on an automatic finding (not among the rows). */
  decided?: boolean
  /** What went with the change (a typical mark on a removed deduction): each gets an audit row of its own. */
  removed?: { action: string; entity: string; entityId: number; before: unknown }[]
}

/** The reviewer set at this PC, as the transaction read it. */
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
const SNAPSHOT = snapshotQuery(`,
  (select body from rubrics where id = e.rubric_id) as "rubricBody",
  (select name from reviewers where id = ${CURRENT_REVIEWER_ID}) as "actorName",
  (select role from reviewers where id = ${CURRENT_REVIEWER_ID}) as "actorRole",
  ${LAST_AUDIT_HASH} as "lastHash",
  c.status as "campaignStatus"`)

interface ReadBefore {
  rubricBody: string
  actorName: string | null
  actorRole: Actor['role'] | null
  lastHash: string | null
  campaignStatus: string
}

const RESCORE = `update evaluations set total = ?, grade = ?, updated_at = ? where id = ?
  returning status, submitted_at as "submittedAt", total, grade, updated_at as "updatedAt"`

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
export async function mutateEvaluation(
  ctx: ServiceContext,
  evaluationId: number,
  action: string,
  apply: (session: SqlSession, change: ChangeContext) => Promise<Change>,
  options: { allowSubmitted?: boolean; change?: ChangeKey } = {},
) {
  const now = ctx.now()
  const updatedAt = now.toISOString()
  return ctx.sql.transaction(async (session) => {
    const before = await snapshotOf<ReadBefore>(session, evaluationId, SNAPSHOT)
    if (!before) throw notFound('evaluation', evaluationId)
    const { rubricBody, actorName, actorRole, lastHash, campaignStatus, ...header } = before.header
    if (options.change && (await claimChange(session, options.change, evaluationId, updatedAt)) === 'committed') {
      return stateOf({ header, rows: before.rows, queue: before.queue })
    }
    // A closed campaign's results are frozen: nothing changes until the lead reopens it.
    if (campaignStatus === 'closed') throw new AppError('campaign_closed', { name: header.campaignName })
    if (header.status === 'submitted' && !options.allowSubmitted) throw new AppError('evaluation_locked')
    const rubric = parseRubric(rubricBody)
    const actor = actorName === null || actorRole === null ? null : { name: actorName, role: actorRole }
    const change = await apply(session, { header, rubric, rows: before.rows, actor, now: updatedAt })
    const rows = change.rows ?? (await scoreRowsOf(session, evaluationId))
    const score = scoreOf(rubric, rows)
    const [rescored] = await session.all<Pick<Header, 'status' | 'submittedAt' | 'total' | 'grade' | 'updatedAt'>>(RESCORE, [score.total, score.grade, updatedAt, evaluationId])
    let prevHash = lastHash ?? GENESIS_HASH
    for (const gone of change.removed ?? []) prevHash = await appendAuditAfter(session, prevHash, now, { actor: actor?.name ?? NO_REVIEWER, ...gone }, null)
    await appendAuditAfter(session, prevHash, now, {
      actor: actor?.name ?? NO_REVIEWER,
      action,
      entity: 'evaluation',
      entityId: evaluationId,
      before: { ...((change.before as object) ?? {}), total: header.total, grade: header.grade },
      after: { ...((change.after as object) ?? {}), total: score.total, grade: score.grade },
    }, evaluationData(rescored, rows))
    const decided = change.decided ? 1 : header.decided
    return stateOf({ header: { ...header, ...rescored, decided }, rows, queue: before.queue })
  })
}
