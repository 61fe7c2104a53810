import type { ServiceContext } from '../context'
import type { Decisions } from './record'
import { adjudicatedScore, itemOutcomes, reviewFrom } from '../../../../shared/domain/agreement'
import { findItem, toTenths } from '../../../../shared/domain/rubric'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { encodeDecisions } from './record'
import { requireLead } from '../auth/actor'
import { readAdjudicationCase } from './view'

export interface DecideInput extends Decisions {
  campaignId: number
  caseId: number
  reason: string
}

const list = (ids: string[]) => ids.join('、')

/**
 * The lead's ruling on a disagreement: every differing item and veto decided, the result scored
 * with the rubric's own scoring, stored as the campaign's score for the case and audited; a
 * later ruling replaces it (audited with the one it replaces) until the campaign is closed.
 */
export function decideAdjudication(ctx: ServiceContext, input: DecideInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const lead = requireLead(ctx)
    const view = await readAdjudicationCase(trx, input.campaignId, input.caseId)
    if (view.campaign.status === 'closed') throw new AppError('campaign_closed', { name: view.campaign.name })
    if (view.reasons.length === 0 && !view.decision) throw new AppError('adjudication_not_ready')

    const decidedItems = new Set(input.items.map((d) => d.itemId))
    const decidedVetoes = new Set(input.vetoes.map((d) => d.vetoId))
    const missing = [...view.differingItems.filter((id) => !decidedItems.has(id)), ...view.differingVetoes.filter((id) => !decidedVetoes.has(id))]
    if (missing.length) throw new AppError('adjudication_incomplete', { detail: list(missing) })
    const extra = [...[...decidedItems].filter((id) => !view.differingItems.includes(id)), ...[...decidedVetoes].filter((id) => !view.differingVetoes.includes(id))]
    if (extra.length || decidedItems.size !== input.items.length || decidedVetoes.size !== input.vetoes.length) {
      throw new AppError('invalid_input', { detail: `decided more than once or not in dispute: ${list(extra)}` })
    }
    for (const d of input.items) {
      const item = findItem(view.rubric, d.itemId)!
      if ((d.choice === 'own') !== (d.points !== undefined)) throw new AppError('invalid_input', { detail: `${d.itemId}: points go with an own decision only` })
      if (d.choice === 'own' && toTenths(d.points!) > toTenths(item.maxPoints)) {
        throw new AppError('deduction_exceeds_max', { max: item.maxPoints, deducted: d.points! })
      }
    }

    const [a, b] = view.reviews
    const ra = reviewFrom(a)
    const rb = reviewFrom(b)
    const score = adjudicatedScore(view.rubric, ra, rb, input.items, input.vetoes)
    const now = ctx.now()
    const row = {
      campaignId: input.campaignId,
      caseId: input.caseId,
      total: score.total,
      grade: score.grade,
      items: encodeDecisions(input),
      reason: input.reason,
      decidedBy: lead.name,
      decidedAt: now.toISOString(),
    }
    await trx
      .insertInto('adjudications')
      .values(row)
      .onConflict((oc) => oc.columns(['campaignId', 'caseId']).doUpdateSet({ total: row.total, grade: row.grade, items: row.items, reason: row.reason, decidedBy: row.decidedBy, decidedAt: row.decidedAt }))
      .execute()

    // The audit row says what each side had on the items ruled on, so the ruling reads on its own.
    const oa = itemOutcomes(view.rubric, ra)
    const ob = itemOutcomes(view.rubric, rb)
    const prior = view.decision
    await appendAudit(trx, now, {
      actor: lead.name,
      ...(prior
        ? { action: 'adjudication.revise' as const, before: { total: prior.total, grade: prior.grade, items: prior.items, vetoes: prior.vetoes, reason: prior.reason } }
        : { action: 'adjudication.decide' as const }),
      entity: 'adjudication',
      entityId: `${input.campaignId}:${input.caseId}`,
      after: {
        total: score.total,
        grade: score.grade,
        reviews: [a, b].map((r) => ({ reviewer: r.reviewerName, total: r.total, grade: r.grade })),
        items: input.items.map((d) => ({ ...d, a: oa.get(d.itemId), b: ob.get(d.itemId) })),
        vetoes: input.vetoes,
        reason: input.reason,
      },
    })
    return readAdjudicationCase(trx, input.campaignId, input.caseId)
  })
}
