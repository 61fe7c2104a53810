import type { EVALUATION_STATUSES } from '../contract/campaigns'

/**
 * How a score is shown: 未评 before scoring has begun, a provisional running total while it goes
 * on, and total with grade only once the evaluation is submitted.
 */
export type ScoreStage = 'unscored' | 'provisional' | 'final'

export function scoreStage(status: (typeof EVALUATION_STATUSES)[number], scored: boolean): ScoreStage {
  if (status === 'submitted') return 'final'
  return status === 'in_progress' && scored ? 'provisional' : 'unscored'
}
