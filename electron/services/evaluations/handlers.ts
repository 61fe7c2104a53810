import type { DomainHandlers } from '../handler'
import { AppError, notFound } from '../errors'
import { scoreEvaluation } from '../../../shared/domain/scoring'
import { loadRubric } from '../rubrics/load'
import { mutateEvaluation } from './mutate'
import { readEvaluation } from './state'
import { rectOf } from './rect'
import { insertDeduction, itemOf } from './deduct'
import { reopenEvaluation } from './reopen'
import { frequentReasons } from './reasons'

export const evaluationsHandlers: DomainHandlers<'evaluations'> = {
  'evaluations.open': async (ctx, { assignmentId }) => {
    const assignment = await ctx.db
      .selectFrom('assignments')
      .innerJoin('campaigns', 'campaigns.id', 'assignments.campaignId')
      .select(['assignments.id', 'campaigns.rubricId'])
      .where('assignments.id', '=', assignmentId)
      .executeTakeFirst()
    if (!assignment) throw notFound('assignment', assignmentId)
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

  'evaluations.addDeduction': async (ctx, input) =>
    mutateEvaluation(ctx, input.evaluationId, 'evaluation.deduct', async (trx, change) => ({ after: await insertDeduction(trx, change, input) })),

  'evaluations.removeDeduction': async (ctx, { evaluationId, deductionId }) =>
    mutateEvaluation(ctx, evaluationId, 'evaluation.undeduct', async (trx, { rows }) => {
      const row = rows.deductions.find((d) => d.id === deductionId)
      if (!row) throw notFound('deduction', deductionId)
      await trx.deleteFrom('deductions').where('id', '=', deductionId).execute()
      const { documentId, page } = row
      return { before: { deductionId, itemId: row.itemId, points: row.pointsTenths / 10, reason: row.reason, documentId, page, rect: rectOf(row) } }
    }),

  'evaluations.setNotApplicable': async (ctx, { evaluationId, itemId, notApplicable }) =>
    mutateEvaluation(ctx, evaluationId, 'evaluation.not_applicable', async (trx, { rubric, rows }) => {
      const item = itemOf(rubric, itemId)
      if (notApplicable && !item.notApplicableAllowed) throw new AppError('invalid_input', { detail: `${itemId}: always applicable` })
      if (notApplicable && rows.deductions.some((d) => d.itemId === itemId)) {
        throw new AppError('invalid_input', { detail: `${itemId}: remove its deductions first` })
      }
      const value = notApplicable ? 1 : 0
      await trx
        .insertInto('itemStates')
        .values({ evaluationId, itemId, notApplicable: value })
        .onConflict((oc) => oc.columns(['evaluationId', 'itemId']).doUpdateSet({ notApplicable: value }))
        .execute()
      return { before: { itemId, notApplicable: !notApplicable }, after: { itemId, notApplicable } }
    }),

  'evaluations.setNote': async (ctx, { evaluationId, itemId, note }) =>
    mutateEvaluation(ctx, evaluationId, 'evaluation.note', async (trx, { rubric, rows }) => {
      itemOf(rubric, itemId)
      const prior = rows.states.find((s) => s.itemId === itemId)
      await trx
        .insertInto('itemStates')
        .values({ evaluationId, itemId, note })
        .onConflict((oc) => oc.columns(['evaluationId', 'itemId']).doUpdateSet({ note }))
        .execute()
      return { before: { itemId, note: prior?.note ?? '' }, after: { itemId, note } }
    }),

  'evaluations.setVeto': async (ctx, input) =>
    mutateEvaluation(ctx, input.evaluationId, 'evaluation.veto', async (trx, { rubric, rows, now }) => {
      if (!rubric.vetoes.some((v) => v.id === input.vetoId)) throw new AppError('invalid_input', { detail: `vetoId: ${input.vetoId}` })
      const where = { evaluationId: input.evaluationId, vetoId: input.vetoId }
      const prior = rows.vetoes.find((v) => v.vetoId === input.vetoId)
      await trx.deleteFrom('vetoFindings').where('evaluationId', '=', where.evaluationId).where('vetoId', '=', where.vetoId).execute()
      if (input.on) {
        await trx
          .insertInto('vetoFindings')
          .values({ ...where, reason: input.reason, documentId: input.documentId, page: input.page, createdAt: now })
          .execute()
      }
      return { before: prior ? { vetoId: input.vetoId, on: true, reason: prior.reason } : { vetoId: input.vetoId, on: false }, after: { vetoId: input.vetoId, on: input.on, reason: input.reason } }
    }),

  'evaluations.submit': async (ctx, { evaluationId }) =>
    mutateEvaluation(ctx, evaluationId, 'evaluation.submit', async (trx, { now }) => {
      await trx.updateTable('evaluations').set({ status: 'submitted', submittedAt: now }).where('id', '=', evaluationId).execute()
      return { before: { status: 'in_progress' }, after: { status: 'submitted' } }
    }),

  'evaluations.reopen': async (ctx, { evaluationId, reason }) => reopenEvaluation(ctx, evaluationId, reason),

  'evaluations.frequentReasons': async (ctx) => frequentReasons(ctx.db),
}
