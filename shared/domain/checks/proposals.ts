import type { DeadlineRule } from '../deadlines'
import { isRangeOption, type RubricItem } from '../rubric'

/** Which deduction option of the bound item each time limit proposes (default rubric ids). */
export const DEADLINE_OPTION: Record<DeadlineRule, string> = {
  filing: 'late',
  decision: 'overdue',
  service: 'late',
  closing: 'late-closing',
  archiving: 'late-archiving',
  seizure: 'overdue',
  publicity: 'late',
}

/** The deduction a finding proposes: the option's fixed points, or the low end of its range. */
export function proposeOption(item: RubricItem, optionId: string): { optionId: string; points: number } | null {
  const option = item.deductions.find((o) => o.id === optionId)
  if (!option) return null // an edited rubric without that option: the reviewer picks by hand
  return { optionId, points: isRangeOption(option) ? option.min : option.points }
}
