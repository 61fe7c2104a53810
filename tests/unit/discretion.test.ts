import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VIOLATIONS } from '../../electron/backend/demo/vocabulary'
import {
  discretionTableSchema,
  effectiveBaseline,
  type DiscretionTable,
} from '../../shared/domain/discretion/baseline'
import {
  checkDiscretion,
  matchViolation,
  type DiscretionCaseInput,
  type DiscretionFinding,
} from '../../shared/domain/discretion/check'
import { parseYuan, SHEET_COLUMNS, sheetRows, tableFromSheet } from '../../shared/domain/discretion/sheet'
import { parseCitations, resolveCitation } from '../../shared/domain/statutes/citation'
import { buildStatuteLibrary } from '../../shared/domain/statutes/library'
import { expectDefined, nth } from '../support/defined'

// Read, not imported: tsconfig.node.json (composite) does not include resources/.
const shipped: unknown = JSON.parse(
  readFileSync(new URL('../../resources/discretion/example-baseline.json', import.meta.url), 'utf8'),
)
const table: DiscretionTable = discretionTableSchema.parse(shipped)

const LAWS_DIR = new URL('../../resources/laws/', import.meta.url)
const { library } = buildStatuteLibrary(
  readdirSync(LAWS_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, LAWS_DIR), 'utf8') })),
)

const CITY = '《上海市市容环境卫生管理条例》'
const WASTE = '《上海市生活垃圾管理条例》'

/** A street-vending case (legal 50–500 yuan; general 50–200, heavier 200–500; exempt 0). */
function vending(overrides: Partial<DiscretionCaseInput> = {}): DiscretionCaseInput {
  return {
    violation: '占用道路设摊经营',
    legalBasis: `${CITY}第二十五条第二款`,
    partyType: 'individual',
    discretionTier: 'general',
    penaltyFen: 10000,
    hasLegalReview: false,
    ...overrides,
  }
}

const kinds = (findings: DiscretionFinding[]) => findings.map((f) => f.kind)

function issues(input: unknown): string[] {
  const result = discretionTableSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

/** A deep copy of the shipped table, changed by `mutate`, for the rejection cases. */
function variant(mutate: (t: DiscretionTable) => void): unknown {
  const copy = structuredClone(table)
  mutate(copy)
  return copy
}

describe('the shipped example baseline', () => {
  it('passes its schema and says it is an example', () => {
    expect(issues(shipped)).toEqual([])
    expect(table.example).toBe(true)
    expect(table.note.zh).toMatch(/示例/)
    expect(table.note.en).toMatch(/example/i)
  })

  it('cites, for every entry, a provision that exists in the library', () => {
    for (const entry of table.entries) {
      const cited = parseCitations(entry.legalBasis)
      expect(cited, entry.code).toHaveLength(1)
      expect(resolveCitation(nth(cited, 0), library).status, entry.code).toBe('ok')
    }
  })

  it('covers every demo penalty violation whose law is in the library, with the demo’s ranges and tiers', () => {
    const inLibrary = VIOLATIONS.filter((v) => v.caseType === 'penalty' && v.rangeYuan !== null).filter((v) =>
      parseCitations(v.penaltyClause).every((c) => resolveCitation(c, library).status === 'ok'),
    )
    expect(inLibrary.length).toBeGreaterThanOrEqual(15)
    for (const v of inLibrary) {
      const entry = table.entries.find((e) => e.code === v.code)
      if (!entry) throw new Error(`no baseline entry for ${v.code}`)
      expect(entry.violation).toBe(v.violation)
      expect(entry.legalBasis).toBe(v.penaltyClause)
      for (const partyType of v.partyTypes) {
        const baseline = effectiveBaseline(entry, partyType)
        const [min, max] = v.rangeYuan as [number, number]
        expect(baseline.legalRangeFen, v.code).toEqual({ minFen: min * 100, maxFen: max * 100 })
        for (const [tier, band] of Object.entries(v.tiers)) {
          const ours = baseline.tiers[tier as keyof typeof baseline.tiers]
          expect([ours?.minFen, ours?.maxFen], `${v.code} ${tier}`).toEqual([band[0] * 100, band[1] * 100])
        }
      }
    }
  })

  it('matches every demo violation by name to its own entry', () => {
    for (const entry of table.entries) {
      const demo = VIOLATIONS.find((v) => v.code === entry.code)
      if (!demo) continue
      const match = matchViolation({ violation: demo.violation, legalBasis: demo.legalBasis }, table)
      expect(match.entry?.code).toBe(entry.code)
      expect(match.matchedBy).toBe('name')
    }
  })
})

describe('discretionTableSchema rejects', () => {
  const entryOf = (t: DiscretionTable, code: string) => expectDefined(t.entries.find((e) => e.code === code), code)

  it.each<[string, (t: DiscretionTable) => void, RegExp]>([
    ['a tier above the legal maximum', (t) => { nth(entryOf(t, 'street_vending').tiers, 2).maxFen = 50001 }, /outside the legal range/],
    ['a tier below the legal minimum', (t) => { nth(entryOf(t, 'road_stacking').tiers, 1).minFen = 49999 }, /outside the legal range/],
    ['a tier with min above max', (t) => { nth(entryOf(t, 'road_stacking').tiers, 1).minFen = 150001 }, /minFen must not exceed maxFen/],
    ['a legal range with min above max', (t) => { entryOf(t, 'road_stacking').legalRangeFen.minFen = 600000 }, /minFen must not exceed maxFen/],
    ['tiers out of order', (t) => {
      const tiers = entryOf(t, 'road_stacking').tiers
      tiers[2] = { ...nth(tiers, 2), minFen: 100000, maxFen: 200000 }
    }, /general must start at or above the end of lighter/],
    ['a mitigated tier reaching the legal minimum', (t) => {
      const tiers = entryOf(t, 'muck_dumping').tiers
      tiers[0] = { ...nth(tiers, 0), maxFen: 500000 }
    }, /below the legal minimum/],
    ['an exempt tier with a fine', (t) => { nth(entryOf(t, 'street_vending').tiers, 0).maxFen = 100 }, /no fine/],
    ['a tier given twice', (t) => {
      const tiers = entryOf(t, 'street_vending').tiers
      tiers.push({ ...nth(tiers, 1) })
    }, /given twice/],
    ['a duplicate code', (t) => { nth(t.entries, 1).code = nth(t.entries, 0).code }, /duplicate code/],
    ['a duplicate name', (t) => { nth(t.entries, 1).aliases = [nth(t.entries, 0).violation] }, /appears twice/],
    ['a legal basis that cites no article', (t) => { nth(t.entries, 0).legalBasis = '上海市市容环境卫生管理条例' }, /legalBasis/],
    ['a party-specific tier outside that party’s range', (t) => {
      const tiers = entryOf(t, 'waste_dumping').tiers
      const band = tiers.find((b) => b.partyType === 'individual' && b.tier === 'heavier')
      if (band) band.maxFen = 20001
    }, /outside the legal range.*individual/],
  ])('%s', (_name, mutate, message) => {
    expect(issues(variant(mutate)).join('\n')).toMatch(message)
  })

  it('a fractional or negative amount', () => {
    expect(issues(variant((t) => { nth(t.entries, 0).legalRangeFen.minFen = 0.5 }))).not.toEqual([])
    expect(issues(variant((t) => { nth(nth(t.entries, 0).tiers, 1).minFen = -1 }))).not.toEqual([])
  })
})

describe('matchViolation', () => {
  it.each<[string, Partial<DiscretionCaseInput>, string | null, string | null]>([
    ['by code, whatever the name', { violationCode: 'muck_dumping', violation: '别的什么' }, 'muck_dumping', 'code'],
    ['an unknown code falls back to the name', { violationCode: 'nope' }, 'street_vending', 'name'],
    ['by exact name with a trailing 案', { violation: '占用道路设摊经营案', legalBasis: '' }, 'street_vending', 'name'],
    ['by an alias', { violation: '占用道路等公共场所设摊经营、兜售物品', legalBasis: '' }, 'street_vending', 'name'],
    ['by cited article and 款', { violation: '在人行道上摆摊', legalBasis: `依据${CITY}第二十五条第三款的规定` }, 'road_stacking', 'citation'],
    ['by a short law title', { violation: '?', legalBasis: `《上海市市容条例》第25条第5款` }, 'beyond_storefront', 'citation'],
    [
      'by the penalty provision among the breached one',
      { violation: '?', legalBasis: `${WASTE}第二十四条第一款、第五十七条第二款` },
      'personal_mixing',
      'citation',
    ],
    ['by a whole-article citation with one entry under it', { violation: '?', legalBasis: `${CITY}第三十四条` }, 'repair_sewage', 'citation'],
    ['not by a provision the table lacks', { violation: '?', legalBasis: `${CITY}第二十五条第四款` }, null, null],
    ['not by a law outside the table', { violation: '?', legalBasis: '《中华人民共和国城乡规划法》第六十四条' }, null, null],
    ['not without a named law', { violation: '?', legalBasis: '第二十五条第二款' }, null, null],
  ])('%s', (_name, overrides, code, matchedBy) => {
    const match = matchViolation(vending(overrides), table)
    expect(match.entry?.code ?? null).toBe(code)
    expect(match.matchedBy).toBe(matchedBy)
  })

  it('lists the candidates when a cited provision covers several violations', () => {
    const same = matchViolation({ violation: '?', legalBasis: `${CITY}第三十三条第四款` }, table)
    expect(same.entry).toBeNull()
    expect(same.candidates.sort()).toEqual(['site_enclosure', 'site_sanitation'])
    const article = matchViolation({ violation: '?', legalBasis: `${CITY}第二十五条` }, table)
    expect(article.candidates.sort()).toEqual(['beyond_storefront', 'road_stacking', 'street_vending'])
  })
})

describe('checkDiscretion', () => {
  it.each<[string, Partial<DiscretionCaseInput>, string[]]>([
    // Tier bounds are inclusive; one fen outside is flagged.
    ['general at its minimum', { discretionTier: 'general', penaltyFen: 5000 }, []],
    ['general at its maximum', { discretionTier: 'general', penaltyFen: 20000 }, []],
    ['general one fen above', { discretionTier: 'general', penaltyFen: 20001 }, ['amount_outside_tier']],
    ['heavier at its minimum (shared bound)', { discretionTier: 'heavier', penaltyFen: 20000 }, []],
    ['heavier one fen below', { discretionTier: 'heavier', penaltyFen: 19999 }, ['amount_outside_tier']],
    ['heavier at the legal maximum', { discretionTier: 'heavier', penaltyFen: 50000 }, []],
    // Outside the legal range: a V6 veto candidate as well as outside the tier.
    ['one fen above the legal maximum', { discretionTier: 'heavier', penaltyFen: 50001 }, ['amount_outside_tier', 'amount_outside_legal_range']],
    ['one fen below the legal minimum', { discretionTier: 'general', penaltyFen: 4999 }, ['amount_outside_tier', 'amount_outside_legal_range']],
    ['far above with no tier', { discretionTier: null, penaltyFen: 100000 }, ['tier_missing', 'amount_outside_legal_range']],
    ['no tier', { discretionTier: null }, ['tier_missing']],
    ['no tier and no fine', { discretionTier: null, penaltyFen: null }, ['tier_missing']],
    ['a tier the baseline lacks for this violation', { discretionTier: 'lighter' }, ['tier_not_in_baseline']],
    // 不予处罚: no fine, and a legal review.
    ['exempt with legal review and no fine', { discretionTier: 'exempt', penaltyFen: null, hasLegalReview: true }, []],
    ['exempt with legal review and 0', { discretionTier: 'exempt', penaltyFen: 0, hasLegalReview: true }, []],
    ['exempt without legal review', { discretionTier: 'exempt', penaltyFen: null }, ['legal_review_missing']],
    ['exempt with a fine', { discretionTier: 'exempt', penaltyFen: 5000, hasLegalReview: true }, ['amount_outside_tier']],
    ['unknown violation', { violation: '?', legalBasis: '《中华人民共和国城乡规划法》第六十四条' }, ['unknown_violation']],
    [
      'unknown violation still needs a legal review for 减轻',
      { violation: '?', legalBasis: '', discretionTier: 'mitigated', penaltyFen: 1 },
      ['unknown_violation', 'legal_review_missing'],
    ],
    ['ambiguous violation', { violation: '?', legalBasis: `${CITY}第三十三条第四款` }, ['ambiguous_violation']],
  ])('%s', (_name, overrides, expected) => {
    expect(kinds(checkDiscretion(vending(overrides), table).findings)).toEqual(expected)
  })

  /** An unlicensed-carrier case (legal 5,000–30,000 yuan; mitigated 2,500–4,999). */
  const carrier = (overrides: Partial<DiscretionCaseInput>) =>
    vending({ violation: '未取得建筑垃圾、工程渣土运输许可证承运', legalBasis: `${CITY}第四十四条第二款`, partyType: 'organization', ...overrides })

  it.each<[string, Partial<DiscretionCaseInput>, string[]]>([
    ['减轻 below the legal minimum, reviewed', { discretionTier: 'mitigated', penaltyFen: 300000, hasLegalReview: true }, []],
    ['减轻 at its bounds', { discretionTier: 'mitigated', penaltyFen: 250000, hasLegalReview: true }, []],
    ['减轻 at its upper bound', { discretionTier: 'mitigated', penaltyFen: 499900, hasLegalReview: true }, []],
    ['减轻 without legal review', { discretionTier: 'mitigated', penaltyFen: 300000 }, ['legal_review_missing']],
    ['减轻 that is not below the minimum', { discretionTier: 'mitigated', penaltyFen: 500000, hasLegalReview: true }, ['amount_outside_tier']],
    ['减轻 above the legal maximum', { discretionTier: 'mitigated', penaltyFen: 3000100, hasLegalReview: true }, ['amount_outside_tier', 'amount_outside_legal_range']],
    ['从轻 at the legal minimum', { discretionTier: 'lighter', penaltyFen: 500000 }, []],
    ['从轻 below the legal minimum', { discretionTier: 'lighter', penaltyFen: 499999 }, ['amount_outside_tier', 'amount_outside_legal_range']],
    ['从重 at the legal maximum', { discretionTier: 'heavier', penaltyFen: 3000000 }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(kinds(checkDiscretion(carrier(overrides), table).findings)).toEqual(expected)
  })

  it('reports the ranges it checked against', () => {
    const { findings, entry, matchedBy } = checkDiscretion(vending({ discretionTier: 'heavier', penaltyFen: 60000 }), table)
    expect(entry?.code).toBe('street_vending')
    expect(matchedBy).toBe('name')
    expect(findings).toEqual([
      { kind: 'amount_outside_tier', tier: 'heavier', amountFen: 60000, tierRangeFen: { minFen: 20000, maxFen: 50000 } },
      { kind: 'amount_outside_legal_range', amountFen: 60000, legalRangeFen: { minFen: 5000, maxFen: 50000 }, veto: 'V6' },
    ])
    const missing = checkDiscretion(vending({ discretionTier: 'lighter' }), table).findings
    expect(missing).toEqual([{ kind: 'tier_not_in_baseline', tier: 'lighter', available: ['exempt', 'general', 'heavier'] }])
  })

  it('uses the party type’s own legal range and tiers', () => {
    const dumping = (partyType: 'individual' | 'organization', penaltyFen: number) =>
      kinds(
        checkDiscretion(
          vending({ violation: '乱倒垃圾、污水、粪便', legalBasis: '', partyType, discretionTier: 'heavier', penaltyFen }),
          table,
        ).findings,
      )
    expect(dumping('individual', 20000)).toEqual([])
    expect(dumping('individual', 20001)).toEqual(['amount_outside_tier', 'amount_outside_legal_range'])
    expect(dumping('organization', 5000000)).toEqual([])
    expect(dumping('organization', 20000)).toEqual(['amount_outside_tier', 'amount_outside_legal_range'])
  })

  it('finds nothing to say about a demo case planned inside its tier (减轻 with its legal review)', () => {
    for (const v of VIOLATIONS) {
      const entry = table.entries.find((e) => e.code === v.code)
      if (!entry) continue
      for (const [tier, [lo, hi]] of Object.entries(v.tiers)) {
        for (const yuan of [lo, hi]) {
          const input = vending({
            violation: v.violation,
            legalBasis: v.legalBasis,
            partyType: v.partyTypes[0],
            discretionTier: tier as DiscretionCaseInput['discretionTier'],
            penaltyFen: yuan * 100,
            hasLegalReview: tier === 'mitigated',
          })
          expect(checkDiscretion(input, table).findings, `${v.code} ${tier} ${yuan}`).toEqual([])
        }
      }
    }
  })
})

describe('the spreadsheet form of a baseline', () => {
  const meta = { title: 'T', note: { zh: '注', en: 'n' } }

  it.each(['zh', 'en'] as const)('reads back what it writes, with %s headers and names', (lang) => {
    const header = SHEET_COLUMNS.map((c) => c[lang])
    const result = tableFromSheet([header, ...sheetRows(table, lang)], meta)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.table.entries).toEqual(table.entries)
    // The party-specific legal range of an individual who dumps waste survives the trip.
    expect(result.table.entries.find((e) => e.code === 'waste_dumping')?.legalRangeFenByParty).toEqual({ individual: { minFen: 0, maxFen: 20000 } })
  })

  it.each<[unknown, number | null]>([
    [5000, 500000],
    ['5,000', 500000],
    ['5000元', 500000],
    [' 0.5 ', 50],
    [0.01, 1],
    ['0.005', null],
    [-1, null],
    ['五千', null],
    ['', null],
  ])('reads %j yuan as %j fen', (cell, fen) => {
    expect(parseYuan(cell as string | number)).toBe(fen)
  })

  it('names the row and column of each problem, and stops before the rules when a cell is unreadable', () => {
    const header = SHEET_COLUMNS.map((c) => c.zh)
    const row = ['x', '某违法行为', '《上海市市容环境卫生管理条例》第二十五条第二款', 50, 500, '一般', '情形', 50, 'abc']
    const result = tableFromSheet([header, row, ['x', '某违法行为', nth(row, 2), 50, 500, '特重', '情形', 50, 100]], meta)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { row: 2, column: 'max', kind: 'not_amount', params: { value: 'abc' } },
      { row: 3, column: 'tier', kind: 'unknown_tier', params: { value: '特重' } },
    ])
  })
})
