import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { Contract, MethodName } from '../../../../shared/contract'
import type { ParsedInputOf } from '../../../../shared/contract/define'
import type { ScoringAction } from '../../../../shared/contract/audit-actions'
import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { AppError, notFound } from '../errors'
import { scoreEvaluation } from '../../../../shared/domain/scoring'
import { loadRubric } from '../rubrics/load'
import { mutateEvaluation, type Change, type ChangeContext } from './mutate'
import { readEvaluation } from './state'
import { anchorHolds, evidenceNotFound, rectOf, rowWhere } from './rect'
import { insertDeduction, itemOf } from './deduct'
import { reopenEvaluation } from './reopen'
import { changeKeyOf } from './change-ids'
import { frequentReasons } from './reasons'
import { assertMayOpen } from '../adjudication/blind'
import { assignmentToOpen, notUnderWay, peekEvaluation } from './peek'
import { removeMarksOn } from '../typical/removed-with'

/** A scoring method's handler: its change, applied by mutateEvaluation under the client's change id. */
function scoringChange<M extends MethodName, A extends ScoringAction>(
  method: M,
  action: A,
  apply: (trx: Transaction<DB>, change: ChangeContext, input: ParsedInputOf<Contract, M>) => Promise<Change<A>>,
) {
  return (ctx: ServiceContext, input: ParsedInputOf<Contract, M> & { evaluationId: number; changeId?: string }) =>
    mutateEvaluation(ctx, input.evaluationId, action, (trx, change) => apply(trx, change, input), { change: changeKeyOf(method, input) })
}

export const evaluationsHandlers: DomainHandlers<'evaluations'> = {
  'evaluations.open': async (ctx, { assignmentId }) => {
    const assignment = await assignmentToOpen(ctx.db, assignmentId)
    await assertMayOpen(ctx, assignmentId)
    if (assignment.campaignStatus !== 'in_progress') {
      // A draft is not reviewed yet; a closed campaign shows what was scored and starts nothing new.
      const started = await ctx.db.selectFrom('evaluations').select('id').where('assignmentId', '=', assignmentId).executeTakeFirst()
      if (started) return readEvaluation(ctx.db, started.id)
      throw notUnderWay(assignment)
    }
    const now = ctx.now().toISOString()
    const rubric = await loadRubric(ctx.db, assignment.rubricId)
    const empty = scoreEvaluation(rubric, { deductions: [], notApplicable: [], vetoes: [] })
    await ctx.db
      .insertInto('evaluations')
      .values({ assignmentId, rubricId: assignment.rubricId, total: empty.total, grade: empty.grade, startedAt: now, updatedAt: now })
      .onConflict((oc) => oc.column('assignmentId').doNothing())
      .execute()
    const { id } = await ctx.db.selectFrom('evaluations').select('id').where('assignmentId', '=', assignmentId).executeTakeFirstOrThrow()
    return readEvaluation(ctx.db, id)
  },

  'evaluations.peek': async (ctx, { assignmentId }) => peekEvaluation(ctx, assignmentId),

  'evaluations.addDeduction': scoringChange('evaluations.addDeduction', 'evaluation.deduct', async (trx, change, input) => {
    const { view, rows } = await insertDeduction(trx, change, input)
    return { after: view, rows }
  }),

  'evaluations.removeDeduction': scoringChange('evaluations.removeDeduction', 'evaluation.undeduct', async (trx, { rows }, { deductionId }) => {
    const row = rows.deductions.find((d) => d.id === deductionId)
    if (!row) throw notFound('deduction', deductionId)
    const removed = await removeMarksOn(trx, { deductionId })
    await trx.deleteFrom('deductions').where('id', '=', deductionId).execute()
    const { documentId, page } = row
    return {
      before: { deductionId, itemId: row.itemId, points: row.pointsTenths / 10, reason: row.reason, documentId, page, rect: rectOf(row) },
      rows: { ...rows, deductions: rows.deductions.filter((d) => d !== row) },
      removed,
    }
  }),

  'evaluations.setNotApplicable': scoringChange('evaluations.setNotApplicable', 'evaluation.not_applicable', async (trx, { rubric, rows }, input) => {
    const { evaluationId, itemId, notApplicable } = input
    const item = itemOf(rubric, itemId)
    if (notApplicable && !item.notApplicableAllowed) throw new AppError('invalid_input', { detail: `${itemId}: always applicable` })
    if (notApplicable && rows.deductions.some((d) => d.itemId === itemId)) {
      throw new AppError('invalid_input', { detail: `${itemId}: remove its deductions first` })
    }
    await trx
      .insertInto('itemStates')
      .values({ evaluationId, itemId, notApplicable: notApplicable ? 1 : 0 })
      .onConflict((oc) => oc.columns(['evaluationId', 'itemId']).doUpdateSet((eb) => ({ notApplicable: eb.ref('excluded.notApplicable') })))
      .execute()
    return { before: { itemId, notApplicable: !notApplicable }, after: { itemId, notApplicable } }
  }),

  'evaluations.setNote': scoringChange('evaluations.setNote', 'evaluation.note', async (trx, { rubric, rows }, input) => {
    const { evaluationId, itemId, note } = input
    itemOf(rubric, itemId)
    const prior = rows.states.find((s) => s.itemId === itemId)
    await trx
      .insertInto('itemStates')
      .values({ evaluationId, itemId, note })
      .onConflict((oc) => oc.columns(['evaluationId', 'itemId']).doUpdateSet((eb) => ({ note: eb.ref('excluded.note') })))
      .execute()
    return { before: { itemId, note: prior?.note ?? '' }, after: { itemId, note } }
  }),

  'evaluations.setVeto': scoringChange('evaluations.setVeto', 'evaluation.veto', async (trx, { header, rubric, rows, now }, input) => {
    const { evaluationId, vetoId, reason, documentId, page } = input
    if (!rubric.vetoes.some((v) => v.id === vetoId)) throw new AppError('invalid_input', { detail: `vetoId: ${vetoId}` })
    const prior = rows.vetoes.find((v) => v.vetoId === vetoId)
    const removed = input.on || !prior ? [] : await removeMarksOn(trx, input)
    if (!input.on) await trx.deleteFrom('vetoFindings').where('evaluationId', '=', evaluationId).where('vetoId', '=', vetoId).execute()
    else {
      const anchor = anchorHolds(header.caseId, input)
      let written: bigint | undefined
      if (prior) {
        // A finding already on is updated in place: what hangs on it (a typical mark) stays.
        const update = trx.updateTable('vetoFindings').set({ reason, documentId, page }).where('evaluationId', '=', evaluationId).where('vetoId', '=', vetoId)
        written = (await (anchor ? update.where(anchor) : update).executeTakeFirstOrThrow()).numUpdatedRows
      } else {
        const { columns, select } = rowWhere(trx, { evaluationId, vetoId, reason, documentId, page, createdAt: now }, anchor)
        written = (await trx.insertInto('vetoFindings').columns(columns).expression(select).executeTakeFirstOrThrow()).numInsertedOrUpdatedRows
      }
      if (written === 0n) throw evidenceNotFound(input)
    }
    return {
      before: prior ? { vetoId, on: true, reason: prior.reason } : { vetoId, on: false },
      after: { vetoId, on: input.on, reason },
      removed,
    }
  }),

  'evaluations.submit': scoringChange('evaluations.submit', 'evaluation.submit', async (trx, { now }, { evaluationId }) => {
    await trx.updateTable('evaluations').set({ status: 'submitted', submittedAt: now }).where('id', '=', evaluationId).execute()
    return { before: { status: 'in_progress' }, after: { status: 'submitted' } }
  }),

  'evaluations.reopen': async (ctx, input) => reopenEvaluation(ctx, input.evaluationId, input.reason, changeKeyOf('evaluations.reopen', input)),

  'evaluations.frequentReasons': async (ctx) => frequentReasons(ctx.db, ctx.actor?.reviewerId ?? null),
}
