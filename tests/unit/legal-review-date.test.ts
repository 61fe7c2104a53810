import { describe, expect, it } from 'vitest'
import { legalReviewTiming } from '../../shared/domain/checks/legal-review-date'
import { legalReviewTimingText } from '../../shared/i18n/finding-text'

describe('a major decision’s legal review before the decision', () => {
  it('holds on the same day or before, not after, and says when the register does not record it', () => {
    expect(legalReviewTiming({ isMajor: true, legalReviewedOn: '2023-04-20', decidedOn: '2023-04-20' })?.status).toBe('before_decision')
    expect(legalReviewTiming({ isMajor: true, legalReviewedOn: '2023-04-18', decidedOn: '2023-04-20' })?.status).toBe('before_decision')
    const late = legalReviewTiming({ isMajor: true, legalReviewedOn: '2023-04-21', decidedOn: '2023-04-20' })!
    expect(late.status).toBe('after_decision')
    expect(legalReviewTimingText(late, 'zh-CN')).toBe('法制审核（2023年4月21日）晚于处罚决定（2023年4月20日）：重大执法决定应先经法制审核')
    expect(legalReviewTiming({ isMajor: true, legalReviewedOn: null, decidedOn: '2023-04-20' })?.status).toBe('not_recorded')
  })

  it('asks nothing of a case that is not major or not yet decided', () => {
    expect(legalReviewTiming({ isMajor: false, legalReviewedOn: null, decidedOn: '2023-04-20' })).toBeNull()
    expect(legalReviewTiming({ isMajor: true, legalReviewedOn: '2023-04-01', decidedOn: null })).toBeNull()
  })
})
