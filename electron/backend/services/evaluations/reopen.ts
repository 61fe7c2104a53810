import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { mutateEvaluation } from './mutate'
import type { ChangeKey } from './change-ids'

/**
 * 退回重评: only the lead may unlock a submitted evaluation, and must say why. The check runs
 * inside the audited transaction, so the role read and the unlock cannot drift apart.
 */
export function reopenEvaluation(ctx: ServiceContext, evaluationId: number, reason: string, change?: ChangeKey) {
  return mutateEvaluation(
    ctx,
    evaluationId,
    'evaluation.reopen',
    async (trx, { header, actor }) => {
      if (actor?.role !== 'lead') throw new AppError('lead_only', { reviewer: actor?.name ?? '—' })
      if (header.status !== 'submitted') throw new AppError('evaluation_not_submitted')
      await trx.updateTable('evaluations').set({ status: 'in_progress', submittedAt: null }).where('id', '=', evaluationId).execute()
      return { before: { status: 'submitted', submittedAt: header.submittedAt }, after: { status: 'in_progress', reason } }
    },
    { allowSubmitted: true, change },
  )
}
