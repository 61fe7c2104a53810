/** Where a major decision's legal review (重大执法决定法制审核) stands by the register's dates. */
export type LegalReviewTiming = { status: 'before_decision' | 'after_decision' | 'not_recorded'; reviewedOn: string | null; decidedOn: string }

/**
 * A major case must have its legal review before the decision (the same day counts as before: the
 * review signs off, then the head decides). Null for a case that is not major or not yet decided.
 */
export function legalReviewTiming(c: { isMajor: boolean; legalReviewedOn: string | null; decidedOn: string | null }): LegalReviewTiming | null {
  if (!c.isMajor || !c.decidedOn) return null
  if (!c.legalReviewedOn) return { status: 'not_recorded', reviewedOn: null, decidedOn: c.decidedOn }
  return { status: c.legalReviewedOn <= c.decidedOn ? 'before_decision' : 'after_decision', reviewedOn: c.legalReviewedOn, decidedOn: c.decidedOn }
}
