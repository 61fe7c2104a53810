import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Rubric } from '../../../../shared/domain/rubric'
import { scoreEvaluation, type ScoreResult } from '../../../../shared/domain/scoring'

/**
 * Per-item and per-section figures for display. The total and grade shown come from the
 * server; this only spreads the same rules over the rubric's rows.
 */
export function previewScore(rubric: Rubric, state: EvaluationState): ScoreResult | null {
  try {
    return scoreEvaluation(rubric, {
      deductions: state.deductions.map((d) => ({ itemId: d.itemId, points: d.points })),
      notApplicable: state.notApplicable,
      vetoes: state.vetoes.map((v) => v.vetoId),
    })
  } catch {
    return null
  }
}
