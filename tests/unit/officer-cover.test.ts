import { describe, expect, it } from 'vitest'
import { officerCover } from '../../shared/domain/av-records/officer-cover'

describe('officerCover: recordings that show every officer not yet covered', () => {
  // Officers 1–5. Record 3 shows three of them, so it goes first; 5 is only in record 4.
  const records = [
    { id: 1, officerIds: [1, 2] },
    { id: 2, officerIds: [2] },
    { id: 3, officerIds: [2, 3, 4] },
    { id: 4, officerIds: [5, 1] },
    { id: 5, officerIds: [] },
  ]

  it('takes the recording with most officers missing first, then what is left', () => {
    // 3 covers 2, 3 and 4; then 4 adds both 1 and 5, where 1 would add 1 alone.
    expect([...officerCover(records, new Set())]).toEqual([3, 4])
  })

  it('leaves out officers already covered by earlier reviews', () => {
    expect([...officerCover(records, new Set([2, 3, 4, 5]))]).toEqual([1])
    expect([...officerCover(records, new Set([1, 2, 3, 4, 5]))]).toEqual([])
  })

  it('prefers the earlier of two equal recordings, and needs nothing of an empty register', () => {
    expect([...officerCover([{ id: 7, officerIds: [9] }, { id: 8, officerIds: [9] }], new Set())]).toEqual([7])
    expect(officerCover([], new Set()).size).toBe(0)
  })
})
