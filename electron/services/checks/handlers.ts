import type { DomainHandlers } from '../handler'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { mutateEvaluation } from '../evaluations/mutate'
import { insertDeduction } from '../evaluations/deduct'
import { findingsFor } from './findings'

/** A reviewer's decision on a finding, inside the scoring change that follows from it. */
const DECIDE = 'insert into check_decisions (evaluation_id, finding_key, decision, reason, deduction_id, decided_at) values (?, ?, ?, ?, ?, ?)'

async function findingOf(ctx: ServiceContext, evaluationId: number, key: string) {
  const finding = (await findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale())).find((f) => f.key === key)
  if (!finding) throw new AppError('invalid_input', { detail: `key: ${key}` })
  if (finding.decision) throw new AppError('conflict', { detail: `${key}: already decided` })
  return finding
}

async function withFindings(ctx: ServiceContext, evaluationId: number, evaluation: Awaited<ReturnType<typeof mutateEvaluation>>) {
  return { findings: await findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale()), evaluation }
}

export const checksHandlers: DomainHandlers<'checks'> = {
  'checks.forEvaluation': async (ctx, { evaluationId }) => findingsFor(ctx.db, ctx.paths.resources, evaluationId, await ctx.locale()),

  'checks.confirm': async (ctx, { evaluationId, key }) => {
    const finding = await findingOf(ctx, evaluationId, key)
    if (!finding.proposal || !finding.itemId) throw new AppError('invalid_input', { detail: `${key}: nothing to deduct` })
    const { proposal, itemId } = finding
    const evaluation = await mutateEvaluation(ctx, evaluationId, 'evaluation.check_confirm', async (session, change) => {
      const { now } = change
      const { view: deduction, rows } = await insertDeduction(session, change, {
        evaluationId,
        itemId,
        optionId: proposal.optionId,
        points: proposal.points,
        reason: proposal.reason,
        documentId: null,
        page: null,
        rect: null,
      })
      await session.run(DECIDE, [evaluationId, key, 'confirmed', '', deduction.deductionId, now])
      return { before: { finding: key, message: finding.message }, after: { finding: key, decision: 'confirmed', ...deduction }, rows, decided: true }
    })
    return withFindings(ctx, evaluationId, evaluation)
  },

  'checks.override': async (ctx, { evaluationId, key, reason }) => {
    const finding = await findingOf(ctx, evaluationId, key)
    const evaluation = await mutateEvaluation(ctx, evaluationId, 'evaluation.check_override', async (session, { now }) => {
      await session.run(DECIDE, [evaluationId, key, 'overridden', reason, null, now])
      return { before: { finding: key, message: finding.message, proposal: finding.proposal }, after: { finding: key, decision: 'overridden', reason }, decided: true }
    })
    return withFindings(ctx, evaluationId, evaluation)
  },
}
