import { describe, expect, it } from 'vitest'
import { drawSample, largestRemainder, targetSize, type SamplingCase, type SamplingPlan } from '../../shared/domain/sampling'
import { nth } from '../support/defined'

/** A population of `sizes[i]` cases in squad i+1, numbered in filing order; every 7th is major, every 5th from a complaint. */
function population(sizes: number[], domains = ['street_appearance', 'muck_transport']): SamplingCase[] {
  const cases: SamplingCase[] = []
  let id = 1
  sizes.forEach((n, squad) => {
    for (let k = 0; k < n; k++, id++) {
      cases.push({ id, caseNumber: `青城管罚字〔2023〕第${String(id).padStart(5, '0')}号`, squadId: squad + 1, domain: nth(domains, k % domains.length), isMajor: false, source: 'inspection' })
    }
  })
  return cases
}

const plan = (overrides: Partial<SamplingPlan> = {}): SamplingPlan => ({
  method: 'stratified',
  byDomain: false,
  size: { kind: 'rate', percent: 10 },
  alwaysInclude: { major: false, complaint: false },
  seed: 20230301,
  ...overrides,
})

describe('sample size', () => {
  it.each([
    [{ kind: 'rate', percent: 10 } as const, 100, 10],
    [{ kind: 'rate', percent: 10 } as const, 101, 11],
    [{ kind: 'rate', percent: 10 } as const, 9, 1],
    [{ kind: 'rate', percent: 100 } as const, 37, 37],
    [{ kind: 'count', count: 12 } as const, 100, 12],
    [{ kind: 'count', count: 50 } as const, 20, 20],
    [{ kind: 'rate', percent: 10 } as const, 0, 0],
  ])('%j of %i cases asks for %i', (size, n, expected) => {
    expect(targetSize(size, n)).toBe(expected)
  })
})

describe('largest remainder', () => {
  it('gives shares that add up and follow the weights', () => {
    // 10 of 100 over 45/35/20: exact 4.5/3.5/2 → floors 4/3/2, one left goes to the larger weight of the tied remainders.
    expect(largestRemainder([45, 35, 20], 10)).toEqual([5, 3, 2])
    expect(largestRemainder([50, 30, 20], 7)).toEqual([4, 2, 1])
    expect(largestRemainder([1, 1, 1], 2)).toEqual([1, 1, 0])
    expect(largestRemainder([0, 0], 3)).toEqual([0, 0])
  })
})

describe('drawSample', () => {
  const cases = population([40, 30, 20, 7, 3])

  it('draws the same sample for the same seed, whatever order the rows came in', () => {
    const a = drawSample(cases, plan())
    const b = drawSample(cases.slice().reverse(), plan())
    expect(b.caseIds).toEqual(a.caseIds)
    expect(drawSample(cases, plan()).caseIds).toEqual(a.caseIds)
  })

  it('draws a different sample for a different seed', () => {
    expect(drawSample(cases, plan({ seed: 1 })).caseIds).not.toEqual(drawSample(cases, plan({ seed: 2 })).caseIds)
  })

  it('shares a stratified 10% out in proportion, by largest remainder', () => {
    // 100 cases → 10: 40/30/20/7/3 → exact 4/3/2/0.7/0.3 → 4/3/2/1/0, and the last squad still gets one.
    const s = drawSample(cases, plan())
    expect(s.target).toBe(10)
    expect(s.strata.map((x) => [x.squadId, x.population, x.sampled])).toEqual([
      [1, 40, 4],
      [2, 30, 3],
      [3, 20, 2],
      [4, 7, 1],
      [5, 3, 1],
    ])
    expect(s.caseIds).toHaveLength(11)
    const squadOf = new Map(cases.map((c) => [c.id, c.squadId]))
    for (const stratum of s.strata) expect(s.caseIds.filter((id) => squadOf.get(id) === stratum.squadId)).toHaveLength(stratum.sampled)
  })

  it('covers every squad, and every squad × domain when asked, even with a small target', () => {
    const s = drawSample(cases, plan({ size: { kind: 'count', count: 1 } }))
    expect(s.strata.every((x) => x.sampled >= 1)).toBe(true)
    const d = drawSample(cases, plan({ byDomain: true }))
    expect(d.strata).toHaveLength(10)
    expect(d.strata.every((x) => x.sampled >= 1 && x.domain !== null)).toBe(true)
  })

  it('always includes the major cases and those from a complaint, counting them towards their squad', () => {
    const marked = cases.map((c, i) => ({ ...c, isMajor: i % 17 === 0, source: i % 23 === 5 ? 'complaint' : 'inspection' }))
    const wanted = marked.filter((c) => c.isMajor || c.source === 'complaint').map((c) => c.id)
    const s = drawSample(marked, plan({ alwaysInclude: { major: true, complaint: true } }))
    expect(s.alwaysIds.sort((a, b) => a - b)).toEqual(wanted)
    for (const id of wanted) expect(s.caseIds).toContain(id)
    // Squad 1 (ids 1–40) holds five of them (major 1, 18, 35; complaint 6, 29): more than its share of 4, so none is drawn by lot.
    expect(s.strata[0]).toMatchObject({ always: 5, sampled: 5 })
    // Squad 2 (ids 41–70) holds major 52 and 69 and complaint 52: two of its 3, one drawn by lot.
    expect(s.strata[1]).toMatchObject({ always: 2, sampled: 3 })
    expect(drawSample(marked, plan({ alwaysInclude: { major: true, complaint: false } })).alwaysIds).toEqual(marked.filter((c) => c.isMajor).map((c) => c.id))
  })

  it('draws a simple random sample of the target size, plus the always-included', () => {
    const s = drawSample(cases, plan({ method: 'simple', size: { kind: 'count', count: 15 } }))
    expect(s.caseIds).toHaveLength(15)
    expect(new Set(s.caseIds).size).toBe(15)
    const withMajor = cases.map((c) => ({ ...c, isMajor: c.id <= 20 }))
    const m = drawSample(withMajor, plan({ method: 'simple', size: { kind: 'count', count: 15 }, alwaysInclude: { major: true, complaint: false } }))
    expect(m.caseIds).toHaveLength(20)
  })

  it('a rate and a count of the same size draw the same number', () => {
    expect(drawSample(cases, plan({ method: 'simple', size: { kind: 'rate', percent: 20 } })).caseIds).toHaveLength(20)
    expect(drawSample(cases, plan({ method: 'simple', size: { kind: 'count', count: 20 } })).caseIds).toHaveLength(20)
  })

  it('returns nothing for an empty population, and everything when asked for more than there is', () => {
    expect(drawSample([], plan())).toEqual({ caseIds: [], alwaysIds: [], target: 0, strata: [] })
    const all = drawSample(cases, plan({ size: { kind: 'count', count: 500 } }))
    expect(all.caseIds).toHaveLength(100)
    expect(drawSample(cases, plan({ method: 'simple', size: { kind: 'count', count: 500 } })).caseIds).toHaveLength(100)
  })

  it('lists the sample in case-number order', () => {
    const s = drawSample(cases, plan())
    const numbers = s.caseIds.map((id) => cases.find((c) => c.id === id)!.caseNumber)
    expect(numbers).toEqual(numbers.slice().sort())
  })
})
