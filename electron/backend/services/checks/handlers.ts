import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { mutateEvaluation } from '../evaluations/mutate'
import { insertDeduction } from '../evaluations/deduct'
import { readEvaluation } from '../evaluations/state'
import { changeKeyOf, isCommitted, type ChangeKey } from '../evaluations/change-ids'
import { findingsFor } from './findings'

async function findingOf(ctx: ServiceContext, evaluationId: number, key: string) {
  const finding = (await findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale())).find((f) => f.key === key)
  if (!finding) throw new AppError('invalid_input', { detail: `key: ${key}` })
  if (finding.decision) throw new AppError('conflict', { detail: `${key}: already decided` })
  return finding
}

/**
 * The finding to decide, or null when this very decision already committed (a retry, whose finding
 * is decided by then: it is answered, not refused). The decision's own transaction checks again.
 */
async function undecidedFinding(ctx: ServiceContext, evaluationId: number, key: string, change: ChangeKey | undefined) {
  if (change && (await isCommitted(ctx.db, change, evaluationId))) return null
  try {
    return await findingOf(ctx, evaluationId, key)
  } catch (err) {
    // The first attempt may have committed since the look above.
    if (change && err instanceof AppError && err.code === 'conflict' && (await isCommitted(ctx.db, change, evaluationId))) return null
    throw err
  }
}

async function withFindings(ctx: ServiceContext, evaluationId: number, evaluation: Awaited<ReturnType<typeof mutateEvaluation>>) {
  return { findings: await findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale()), evaluation }
}

export const checksHandlers: DomainHandlers<'checks'> = {
  'checks.forEvaluation': async (ctx, { evaluationId }) => findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale()),

  'checks.confirm': async (ctx, input) => {
    const { evaluationId, key } = input
    const change = changeKeyOf('checks.confirm', input)
    const finding = await undecidedFinding(ctx, evaluationId, key, change)
    if (!finding) return withFindings(ctx, evaluationId, await readEvaluation(ctx.db, evaluationId))
    if (!finding.proposal || !finding.itemId) throw new AppError('invalid_input', { detail: `${key}: nothing to deduct` })
    const { proposal, itemId } = finding
    const evaluation = await mutateEvaluation(ctx, evaluationId, 'evaluation.check_confirm', async (trx, change) => {
      const { now } = change
      const { view: deduction, rows } = await insertDeduction(trx, change, {
        evaluationId,
        itemId,
        optionId: proposal.optionId,
        points: proposal.points,
        reason: proposal.reason,
        documentId: null,
        page: null,
        rect: null,
      })
      await trx.insertInto('checkDecisions').values({ evaluationId, findingKey: key, decision: 'confirmed', deductionId: deduction.deductionId, decidedAt: now }).execute()
      return { before: { finding: key, message: finding.message }, after: { finding: key, decision: 'confirmed', ...deduction }, rows, decided: true }
    }, { change })
    return withFindings(ctx, evaluationId, evaluation)
  },

  'checks.override': async (ctx, input) => {
    const { evaluationId, key, reason } = input
    const change = changeKeyOf('checks.override', input)
    const finding = await undecidedFinding(ctx, evaluationId, key, change)
    if (!finding) return withFindings(ctx, evaluationId, await readEvaluation(ctx.db, evaluationId))
    const evaluation = await mutateEvaluation(ctx, evaluationId, 'evaluation.check_override', async (trx, { now }) => {
      await trx.insertInto('checkDecisions').values({ evaluationId, findingKey: key, decision: 'overridden', reason, decidedAt: now }).execute()
      return { before: { finding: key, message: finding.message, proposal: finding.proposal }, after: { finding: key, decision: 'overridden', reason }, decided: true }
    }, { change })
    return withFindings(ctx, evaluationId, evaluation)
  },
}
