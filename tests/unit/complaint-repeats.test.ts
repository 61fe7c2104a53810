import { describe, expect, it } from 'vitest'
import { repeatFlags, type ComplaintKeys } from '../../shared/domain/complaints/repeats'

let next = 1
const c = (receivedOn: string, addressKey: string | null, partyKey: string | null = null): ComplaintKeys => ({ id: next++, receivedOn, addressKey, partyKey })
const rule = { minCount: 3, windowDays: 30 }

describe('repeat complaints (重复诉件)', () => {
  it('flags three on one address within the window, counting both end days', () => {
    const list = [c('2023-03-01', 'A'), c('2023-03-15', 'A'), c('2023-03-30', 'A'), c('2023-03-05', 'B'), c('2023-03-06', 'B')]
    const flags = repeatFlags(list, rule)
    // 1 March to 30 March is 30 days counted inclusively: inside a 30-day window.
    expect([...flags.keys()]).toEqual(list.slice(0, 3).map((x) => x.id))
    expect(flags.get(list[0]!.id)).toEqual({ by: 'address', count: 3, firstOn: '2023-03-01', lastOn: '2023-03-30' })
  })

  it('does not flag three spread over more than the window', () => {
    const list = [c('2023-03-01', 'A'), c('2023-03-15', 'A'), c('2023-03-31', 'A')]
    expect(repeatFlags(list, rule).size).toBe(0)
  })

  it('joins overlapping windows into one run and keeps separate runs apart', () => {
    const a = [c('2023-01-01', 'A'), c('2023-01-10', 'A'), c('2023-01-20', 'A'), c('2023-02-05', 'A')]
    const lone = c('2023-05-01', 'A')
    const b = [c('2023-09-01', 'A'), c('2023-09-02', 'A'), c('2023-09-03', 'A')]
    const flags = repeatFlags([...a, lone, ...b], rule)
    // Windows 1 Jan–20 Jan and 10 Jan–5 Feb share two complaints: one run of four.
    for (const x of a) expect(flags.get(x.id)).toMatchObject({ count: 4, firstOn: '2023-01-01', lastOn: '2023-02-05' })
    expect(flags.has(lone.id)).toBe(false)
    for (const x of b) expect(flags.get(x.id)).toMatchObject({ count: 3, firstOn: '2023-09-01' })
  })

  it('counts the same party at different addresses, and names the address first when both hold', () => {
    const byParty = [c('2023-04-01', 'X', 'P'), c('2023-04-02', 'Y', 'P'), c('2023-04-03', null, 'P')]
    const both = [c('2023-06-01', 'Z', 'Q'), c('2023-06-02', 'Z', 'Q'), c('2023-06-03', 'Z', 'Q')]
    const flags = repeatFlags([...byParty, ...both], rule)
    for (const x of byParty) expect(flags.get(x.id)).toMatchObject({ by: 'party', count: 3 })
    for (const x of both) expect(flags.get(x.id)).toMatchObject({ by: 'address', count: 3 })
  })

  it('ignores complaints with neither address nor party, and honours another threshold', () => {
    const list = [c('2023-03-01', null), c('2023-03-01', null), c('2023-03-01', null), c('2023-03-01', 'A'), c('2023-03-02', 'A')]
    expect(repeatFlags(list, rule).size).toBe(0)
    expect(repeatFlags(list, { minCount: 2, windowDays: 1 }).size).toBe(0)
    expect(repeatFlags(list, { minCount: 2, windowDays: 2 }).size).toBe(2)
  })
})
