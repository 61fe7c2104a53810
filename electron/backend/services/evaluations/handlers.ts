import type { DomainHandlers } from '../handler-types'
import { AppError, notFound } from '../errors'
import { scoreEvaluation } from '../../../../shared/domain/scoring'
import { loadRubric } from '../rubrics/load'
import { mutateEvaluation } from './mutate'
import { readEvaluation } from './state'
import { ANCHOR_HOLDS, anchorParams, evidenceNotFound, rectOf } from './rect'
import { insertDeduction, itemOf } from './deduct'
import { reopenEvaluation } from './reopen'
import { changeKeyOf } from './change-ids'
import { frequentReasons } from './reasons'
import { assertMayOpen } from '../adjudication/blind'
import { assignmentToOpen, notUnderWay, peekEvaluation } from './peek'
import { removeMarksOn } from '../typical/removed-with'

export const evaluationsHandlers: DomainHandlers<'evaluations'> = {
  'evaluations.open': async (ctx, { assignmentId }) => {
    const assignment = await assignmentToOpen(ctx.db, assignmentId)
    if (assignment.campaignStatus !== 'in_progress') {
      // A draft is not reviewed yet; a closed campaign shows what was scored and starts nothing new.
      const started = await ctx.db.selectFrom('evaluations').select('id').where('assignmentId', '=', assignmentId).executeTakeFirst()
      if (started) return readEvaluation(ctx.sql, started.id)
      throw notUnderWay(assignment)
    }
    await assertMayOpen(ctx.db, assignmentId)
    const now = ctx.now().toISOString()
    const rubric = await loadRubric(ctx.db, assignment.rubricId)
    const empty = scoreEvaluation(rubric, { deductions: [], notApplicable: [], vetoes: [] })
    await ctx.db
      .insertInto('evaluations')
      .values({ assignmentId, rubricId: assignment.rubricId, total: empty.total, grade: empty.grade, startedAt: now, updatedAt: now })
      .onConflict((oc) => oc.column('assignmentId').doNothing())
      .execute()
    const { id } = await ctx.db.selectFrom('evaluations').select('id').where('assignmentId', '=', assignmentId).executeTakeFirstOrThrow()
    return readEvaluation(ctx.sql, id)
  },

  'evaluations.peek': async (ctx, { assignmentId }) => peekEvaluation(ctx.db, assignmentId),

  'evaluations.addDeduction': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.deduct',
      async (trx, change) => {
        const { view, rows } = await insertDeduction(trx, change, input)
        return { after: view, rows }
      },
      { change: changeKeyOf('evaluations.addDeduction', input) },
    ),

  'evaluations.removeDeduction': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.undeduct',
      async (session, { rows }) => {
        const { deductionId } = input
        const row = rows.deductions.find((d) => d.id === deductionId)
        if (!row) throw notFound('deduction', deductionId)
        const removed = await removeMarksOn(session, { deductionId })
        await session.run('delete from deductions where id = ?', [deductionId])
        const { documentId, page } = row
        return {
          before: { deductionId, itemId: row.itemId, points: row.pointsTenths / 10, reason: row.reason, documentId, page, rect: rectOf(row) },
          rows: { ...rows, deductions: rows.deductions.filter((d) => d !== row) },
          removed,
        }
      },
      { change: changeKeyOf('evaluations.removeDeduction', input) },
    ),

  'evaluations.setNotApplicable': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.not_applicable',
      async (session, { rubric, rows }) => {
        const { evaluationId, itemId, notApplicable } = input
        const item = itemOf(rubric, itemId)
        if (notApplicable && !item.notApplicableAllowed) throw new AppError('invalid_input', { detail: `${itemId}: always applicable` })
        if (notApplicable && rows.deductions.some((d) => d.itemId === itemId)) {
          throw new AppError('invalid_input', { detail: `${itemId}: remove its deductions first` })
        }
        await session.run(
          `insert into item_states (evaluation_id, item_id, not_applicable) values (?, ?, ?)
            on conflict (evaluation_id, item_id) do update set not_applicable = excluded.not_applicable`,
          [evaluationId, itemId, notApplicable ? 1 : 0],
        )
        return { before: { itemId, notApplicable: !notApplicable }, after: { itemId, notApplicable } }
      },
      { change: changeKeyOf('evaluations.setNotApplicable', input) },
    ),

  'evaluations.setNote': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.note',
      async (session, { rubric, rows }) => {
        const { evaluationId, itemId, note } = input
        itemOf(rubric, itemId)
        const prior = rows.states.find((s) => s.itemId === itemId)
        await session.run(
          `insert into item_states (evaluation_id, item_id, note) values (?, ?, ?)
            on conflict (evaluation_id, item_id) do update set note = excluded.note`,
          [evaluationId, itemId, note],
        )
        return { before: { itemId, note: prior?.note ?? '' }, after: { itemId, note } }
      },
      { change: changeKeyOf('evaluations.setNote', input) },
    ),

  'evaluations.setVeto': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.veto',
      async (session, { header, rubric, rows, now }) => {
        if (!rubric.vetoes.some((v) => v.id === input.vetoId)) throw new AppError('invalid_input', { detail: `vetoId: ${input.vetoId}` })
        const prior = rows.vetoes.find((v) => v.vetoId === input.vetoId)
        const removed = input.on || !prior ? [] : await removeMarksOn(session, input)
        if (!input.on) await session.run('delete from veto_findings where evaluation_id = ? and veto_id = ?', [input.evaluationId, input.vetoId])
        else {
          // A finding already on is updated in place: what hangs on it (a typical mark) stays.
          const { changes } = prior
            ? await session.run(
                `update veto_findings set reason = ?, document_id = ?, page = ? where evaluation_id = ? and veto_id = ? and ${ANCHOR_HOLDS}`,
                [input.reason, input.documentId, input.page, input.evaluationId, input.vetoId, ...anchorParams(header.caseId, input)],
              )
            : await session.run(
                `insert into veto_findings (evaluation_id, veto_id, reason, document_id, page, created_at) select ?, ?, ?, ?, ?, ? where ${ANCHOR_HOLDS}`,
                [input.evaluationId, input.vetoId, input.reason, input.documentId, input.page, now, ...anchorParams(header.caseId, input)],
              )
          if (changes === 0) throw evidenceNotFound(input)
        }
        return {
          before: prior ? { vetoId: input.vetoId, on: true, reason: prior.reason } : { vetoId: input.vetoId, on: false },
          after: { vetoId: input.vetoId, on: input.on, reason: input.reason },
          removed,
        }
      },
      { change: changeKeyOf('evaluations.setVeto', input) },
    ),

  'evaluations.submit': async (ctx, input) =>
    mutateEvaluation(
      ctx,
      input.evaluationId,
      'evaluation.submit',
      async (session, { now }) => {
        await session.run(`update evaluations set status = 'submitted', submitted_at = ? where id = ?`, [now, input.evaluationId])
        return { before: { status: 'in_progress' }, after: { status: 'submitted' } }
      },
      { change: changeKeyOf('evaluations.submit', input) },
    ),

  'evaluations.reopen': async (ctx, input) => reopenEvaluation(ctx, input.evaluationId, input.reason, changeKeyOf('evaluations.reopen', input)),

  'evaluations.frequentReasons': async (ctx) => frequentReasons(ctx.db),
}
