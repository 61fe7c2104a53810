import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { ServiceContext } from '../context'
import type { TypicalKind, TypicalMark, TypicalTarget } from '../../../../shared/contract/typical'
import { appendAudit } from '../audit/log'
import { notFound } from '../errors'
import { actorName, assertMayWorkOn } from '../auth/actor'
import { assertMayOpen } from '../adjudication/blind'

type Trx = Transaction<DB>

const MARK_COLUMNS = ['id', 'evaluationId', 'deductionId', 'vetoId', 'kind', 'note', 'markedBy', 'markedAt'] as const

/** The evaluation a target belongs to, and the mark it has, if any. */
async function resolveTarget(trx: Trx, target: TypicalTarget) {
  let evaluationId: number
  let q = trx.selectFrom('typicalMarks').select(MARK_COLUMNS)
  if (target.type === 'deduction') {
    const row = await trx.selectFrom('deductions').select('evaluationId').where('id', '=', target.deductionId).executeTakeFirst()
    if (!row) throw notFound('deduction', target.deductionId)
    evaluationId = row.evaluationId
    q = q.where('deductionId', '=', target.deductionId)
  } else {
    const row = await trx
      .selectFrom('vetoFindings')
      .select('evaluationId')
      .where('evaluationId', '=', target.evaluationId)
      .where('vetoId', '=', target.vetoId)
      .executeTakeFirst()
    if (!row) throw notFound('veto', `${target.evaluationId}/${target.vetoId}`)
    evaluationId = row.evaluationId
    q = q.where('evaluationId', '=', target.evaluationId).where('vetoId', '=', target.vetoId)
  }
  return { evaluationId, mark: (await q.executeTakeFirst()) ?? null }
}

/**
 * Who marks: the lead, or the reviewer who scored the evaluation. Marks are meeting material, not
 * scores, so a submitted evaluation or a closed campaign may still be marked.
 */
async function markingActor(ctx: ServiceContext, trx: Trx, evaluationId: number): Promise<string> {
  const own = await trx
    .selectFrom('evaluations as e')
    .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
    .select('a.reviewerId')
    .where('e.id', '=', evaluationId)
    .executeTakeFirstOrThrow()
  await assertMayWorkOn(ctx, trx, own.reviewerId)
  return actorName(ctx)
}

/** What the audit log keeps of a mark. */
function recordOf(m: Pick<TypicalMark, 'evaluationId' | 'deductionId' | 'vetoId' | 'kind' | 'note'>) {
  return { evaluationId: m.evaluationId, deductionId: m.deductionId, vetoId: m.vetoId, kind: m.kind, note: m.note }
}

/** Marks a deduction or veto finding as typical, or changes the kind and note of its mark. */
export function markTypical(ctx: ServiceContext, target: TypicalTarget, kind: TypicalKind, note: string): Promise<TypicalMark> {
  return ctx.db.transaction().execute(async (trx) => {
    const { evaluationId, mark } = await resolveTarget(trx, target)
    const actor = await markingActor(ctx, trx, evaluationId)
    const now = ctx.now()
    const fields = { kind, note, markedBy: actor, markedAt: now.toISOString() }
    let id: number
    if (mark) {
      await trx.updateTable('typicalMarks').set(fields).where('id', '=', mark.id).execute()
      id = mark.id
    } else {
      const target_ = target.type === 'deduction' ? { deductionId: target.deductionId, vetoId: null } : { deductionId: null, vetoId: target.vetoId }
      ;({ id } = await trx
        .insertInto('typicalMarks')
        .values({ evaluationId, ...target_, ...fields })
        .returning('id')
        .executeTakeFirstOrThrow())
    }
    const after = await trx.selectFrom('typicalMarks').select(MARK_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow()
    await appendAudit(trx, now, { actor, action: 'typical.mark', entity: 'typical_mark', entityId: id, before: mark ? recordOf(mark) : undefined, after: recordOf(after) })
    return after
  })
}

/** Removes a mark; removing one that is not there is refused, so a stale screen learns of it. */
export function unmarkTypical(ctx: ServiceContext, target: TypicalTarget): Promise<void> {
  return ctx.db.transaction().execute(async (trx) => {
    const { evaluationId, mark } = await resolveTarget(trx, target)
    if (!mark) throw notFound('typical_mark', target.type === 'deduction' ? target.deductionId : `${evaluationId}/${target.vetoId}`)
    const actor = await markingActor(ctx, trx, evaluationId)
    await trx.deleteFrom('typicalMarks').where('id', '=', mark.id).execute()
    await appendAudit(trx, ctx.now(), { actor, action: 'typical.unmark', entity: 'typical_mark', entityId: mark.id, before: recordOf(mark) })
  })
}

/** The marks on one evaluation, for whoever may open it. */
export async function marksOfEvaluation(ctx: ServiceContext, evaluationId: number): Promise<TypicalMark[]> {
  const { db } = ctx
  const e = await db.selectFrom('evaluations').select('assignmentId').where('id', '=', evaluationId).executeTakeFirst()
  if (!e) throw notFound('evaluation', evaluationId)
  await assertMayOpen(ctx, e.assignmentId)
  return db.selectFrom('typicalMarks').select(MARK_COLUMNS).where('evaluationId', '=', evaluationId).orderBy('id').execute()
}
