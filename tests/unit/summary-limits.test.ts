import { describe, expect, it } from 'vitest'
import { summaryFineOverLimit } from '../../shared/domain/checks/summary-limits'
import { vetoIdFor } from '../../shared/domain/checks/rubric-refs'

describe('the summary procedure’s fine limits (Penalty Law art. 51)', () => {
  const simple = { procedure: 'simple', caseType: 'penalty' }
  it.each([
    ['individual', 20_000, null],
    ['individual', 20_001, { penaltyFen: 20_001, limitFen: 20_000 }],
    ['organization', 300_000, null],
    ['organization', 300_100, { penaltyFen: 300_100, limitFen: 300_000 }],
    ['organization', null, null],
  ])('%s fined %s fen → %o', (partyType, penaltyFen, expected) => {
    expect(summaryFineOverLimit({ ...simple, partyType, penaltyFen })).toEqual(expected)
  })

  it('does not apply to ordinary-procedure or compulsion cases', () => {
    expect(summaryFineOverLimit({ procedure: 'ordinary', caseType: 'penalty', partyType: 'individual', penaltyFen: 500_000 })).toBeNull()
    expect(summaryFineOverLimit({ procedure: 'simple', caseType: 'compulsion', partyType: 'individual', penaltyFen: 500_000 })).toBeNull()
  })
})

describe('veto ids across the shipped rubrics', () => {
  it.each([
    ['penalty-ordinary', 'V6', 'V6'],
    ['a-copy-of-the-ordinary-one', 'V8', 'V8'],
    ['penalty-simple', 'V6', 'V8'],
    ['penalty-simple', 'V10', 'V7'],
    ['penalty-simple', 'V8', null],
    ['compulsion', 'V10', null],
  ])('%s: ordinary %s → %s', (code, ordinary, expected) => {
    expect(vetoIdFor(code, ordinary)).toBe(expected)
  })
})
