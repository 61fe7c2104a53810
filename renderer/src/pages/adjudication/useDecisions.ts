import { useState } from 'react'
import type { AdjudicationCase } from '../../../../shared/contract/adjudication'
import { adjudicatedScore, reviewFrom, type ItemDecision, type VetoDecision } from '../../../../shared/domain/agreement'

/**
 * The lead's choices on one disagreement, started from any stored decision, and the result they
 * come to under the rubric's own scoring (the same function the service stores it with).
 */
export function useDecisions(view: AdjudicationCase) {
  const [items, setItems] = useState<Record<string, ItemDecision>>(() => Object.fromEntries((view.decision?.items ?? []).map((d) => [d.itemId, d])))
  const [vetoes, setVetoes] = useState<Record<string, VetoDecision>>(() => Object.fromEntries((view.decision?.vetoes ?? []).map((d) => [d.vetoId, d])))
  const [reason, setReason] = useState(view.decision?.reason ?? '')

  const itemList = view.differingItems.flatMap((id) => (items[id] ? [items[id]] : []))
  const vetoList = view.differingVetoes.flatMap((id) => (vetoes[id] ? [vetoes[id]] : []))
  const undecided =
    view.differingItems.length - itemList.filter((d) => d.choice !== 'own' || d.points !== undefined).length + (view.differingVetoes.length - vetoList.length)

  // Cheap to recompute: one scoring of about thirty items per render.
  let result: ReturnType<typeof adjudicatedScore> | null = null
  if (undecided === 0) {
    try {
      result = adjudicatedScore(view.rubric, reviewFrom(view.reviews[0]), reviewFrom(view.reviews[1]), itemList, vetoList)
    } catch {
      result = null
    }
  }

  return {
    items,
    vetoes,
    reason,
    setReason,
    undecided,
    result,
    setItem: (d: ItemDecision) => setItems((prev) => ({ ...prev, [d.itemId]: d })),
    setVeto: (d: VetoDecision) => setVetoes((prev) => ({ ...prev, [d.vetoId]: d })),
    /** What the decide call sends. */
    payload: () => ({ items: itemList, vetoes: vetoList, reason }),
  }
}
