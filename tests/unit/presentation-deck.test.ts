import { describe, expect, it } from 'vitest'
import type { StatisticsHeadline, StatisticsReport, StatisticsScope } from '../../shared/contract/statistics'
import type { TypicalEntry } from '../../shared/contract/typical'
import type { Rubric } from '../../shared/domain/rubric'
import { buildDeck, deckOf, squadProblems, SQUAD_ROWS_PER_SLIDE, type DeckInput, type Slide } from '../../shared/domain/presentation/deck'
import { parseScopeParam, scopeParam } from '../../shared/domain/statistics/scope-param'

const headline = (over: Partial<StatisticsHeadline> = {}): StatisticsHeadline => ({
  evaluated: 6, sampled: 8, closed: 80, samplingRate: 0.1, average: 88.5, excellentGoodRate: 0.5, passRate: 5 / 6, vetoed: 1,
  grades: { excellent: 1, good: 2, pass: 2, fail: 1 }, open: 2, awaitingAdjudication: 0, ...over,
})
const grades = { excellent: 0, good: 1, pass: 1, fail: 0 }
const squad = (squadId: number, squadName: string, rank: number | null, average: number | null) => ({
  squadId, squadName, rank, cases: rank ? 2 : 0, average, grades, passRate: 1, vetoed: 0, previousRank: null, previousAverage: null, rankChange: null, averageChange: null,
})
const item = (itemId: string, squads: { squadName: string; cases: number }[], pointsLost = 4) => ({
  rubricId: 1, rubricName: '一般程序', itemId, title: `要点${itemId}`, titleEn: `Item ${itemId}`, category: '文书制作', cases: squads.reduce((n, s) => n + s.cases, 0), share: 0.5, pointsLost, squads,
})
const scopeInfo = { label: '2023年12月案卷月度抽查', campaignId: 3, from: null, to: null }

function report(over: Partial<StatisticsReport> = {}): StatisticsReport {
  return {
    scope: scopeInfo,
    previous: null,
    headline: headline(),
    previousHeadline: null,
    squads: [squad(2, '夏阳街道中队', 2, 85), squad(1, '机动中队', 1, 92), squad(3, '金泽镇中队', null, null)],
    officers: [{ officerId: 1, officerName: '李娜', squadName: '机动中队', cases: 2, average: 92, problems: 1, pointsLost: 2 }],
    categories: [
      { category: '立案', cases: 1, share: 1 / 6, pointsLost: 1, squads: [{ squadName: '机动中队', cases: 1 }] },
      { category: '文书制作', cases: 3, share: 0.5, pointsLost: 9, squads: [{ squadName: '夏阳街道中队', cases: 3 }] },
    ],
    items: [
      item('S4.1', [{ squadName: '夏阳街道中队', cases: 1 }], 8),
      item('S4.2', [{ squadName: '夏阳街道中队', cases: 2 }, { squadName: '机动中队', cases: 1 }]),
      item('S1.2', [{ squadName: '夏阳街道中队', cases: 3 }], 3),
      item('S2.1', [{ squadName: '夏阳街道中队', cases: 1 }], 1),
    ],
    repeats: [{ by: 'officer', ownerId: 1, ownerName: '李娜', rubricId: 1, rubricName: '一般程序', itemId: 'S1.2', title: '要点S1.2', titleEn: 'Item S1.2', cases: 3 }],
    rolling: { from: '2023-01-01', to: '2023-12-31' },
    rollingRepeats: [],
    months: [],
    ...over,
  }
}

const typical = (over: Partial<TypicalEntry> = {}): TypicalEntry => ({
  id: 1, evaluationId: 1, deductionId: 1, vetoId: null, kind: 'bad', note: '张三丰的笔录', markedBy: '王敏', markedAt: '2023-12-20T02:00:00Z',
  target: 'deduction', assignmentId: 1, campaignId: 3, campaignName: scopeInfo.label, caseId: 1, caseNumber: '青城管罚字〔2023〕第01001号',
  party: '张三丰', squadName: '夏阳街道中队', officers: ['李娜', '赵强'], reviewerName: '王敏', rubricId: 1, itemId: 'S4.1', title: '要点S4.1', titleEn: 'Item S4.1',
  category: '文书制作', points: 2, reason: '询问笔录未由张三丰签名，执法人员赵强未签名', documentId: 1, page: 3, rect: { x: 0.1, y: 0.2, w: 0.5, h: 0.2 }, ...over,
})

const rubric = {
  code: 'penalty-ordinary', name: '一般程序', version: 1, totalPoints: 100, gradeCutoffs: { excellent: 90, good: 80, pass: 60 },
  vetoes: [{ id: 'V3', title: '主要证据不足', article: '《行政处罚法》第四十条' }],
  sections: [{ id: 'S4', title: '文书制作', titleEn: 'Documents', points: 20, items: [
    { id: 'S4.1', title: '要点S4.1', titleEn: 'Item S4.1', maxPoints: 5, basicElement: false, notApplicableAllowed: false, category: '文书制作',
      deductions: [{ id: 'a', label: '笔录未签名', labelEn: 'Unsigned record', points: 2 }, { id: 'b', label: '文书错漏', labelEn: 'Errors', min: 1, max: 3 }] },
  ] }],
} as unknown as Rubric

const input = (over: Partial<DeckInput> = {}): DeckInput => ({
  report: report(), scopeLabel: scopeInfo.label, previousLabel: null, issuingUnit: '青浦区城管执法局执法监督科', date: '2024-01-05',
  typical: [typical(), typical({ id: 2, kind: 'good', target: 'veto', deductionId: null, vetoId: 'V3', itemId: 'V3', points: null, category: null, party: '上海恒达商贸有限公司', officers: ['周敏'], reason: '上海恒达商贸有限公司的证据不足' })],
  rubrics: new Map([[1, rubric]]), bulletinRectification: null, ...over,
})

const kinds = (slides: Slide[]) => slides.map((s) => s.kind)

describe('the meeting slides built from the statistics', () => {
  it('runs title, figures, ranking, Pareto, repeats, each typical case, 整改, closing', () => {
    const slides = buildDeck(input())
    expect(kinds(slides)).toEqual(['title', 'headline', 'squads', 'problems', 'repeats', 'typical', 'typical', 'rectification', 'closing'])
    expect(slides[0]).toEqual({ kind: 'title', scopeLabel: scopeInfo.label, issuingUnit: '青浦区城管执法局执法监督科', date: '2024-01-05' })
  })

  it('ranks only squads with results, first place first, with the bureau average', () => {
    const squads = buildDeck(input()).find((s) => s.kind === 'squads')!
    if (squads.kind !== 'squads') throw new Error()
    expect(squads.rows.map((r) => r.squadName)).toEqual(['机动中队', '夏阳街道中队'])
    expect(squads.average).toBe(88.5)
  })

  it('splits a long ranking over slides, each chart showing every squad', () => {
    const many = Array.from({ length: SQUAD_ROWS_PER_SLIDE + 3 }, (_, i) => squad(i + 1, `第${i + 1}中队`, i + 1, 95 - i))
    const slides = buildDeck(input({ report: report({ squads: many }) })).filter((s) => s.kind === 'squads')
    // Evened out: 8 + 7 rather than 12 + 3.
    expect(slides.map((s) => s.kind === 'squads' && [s.rows.length, s.ranked.length, s.part, s.parts])).toEqual([
      [8, 15, 1, 2],
      [7, 15, 2, 2],
    ])
    expect(slides.flatMap((s) => (s.kind === 'squads' ? s.rows.map((r) => r.rank) : []))).toEqual(many.map((s) => s.rank))
    const twelve = buildDeck(input({ report: report({ squads: many.slice(0, SQUAD_ROWS_PER_SLIDE) }) })).filter((s) => s.kind === 'squads')
    expect(twelve).toHaveLength(1)
  })

  it('orders the Pareto by cases, most first', () => {
    const problems = buildDeck(input()).find((s) => s.kind === 'problems')!
    expect(problems.kind === 'problems' && problems.categories.map((c) => c.category)).toEqual(['文书制作', '立案'])
    expect(problems.kind === 'problems' && problems.total).toBe(4)
  })

  it('puts the rubric item and its rules beside a typical deduction, the article beside a veto', () => {
    const [bad, good] = buildDeck(input()).filter((s) => s.kind === 'typical')
    if (bad?.kind !== 'typical' || good?.kind !== 'typical') throw new Error()
    expect(bad.item).toEqual({
      sectionTitle: '文书制作', sectionTitleEn: 'Documents', maxPoints: 5, article: null,
      rules: [{ label: '笔录未签名', labelEn: 'Unsigned record', points: '2' }, { label: '文书错漏', labelEn: 'Errors', points: '1–3' }],
    })
    expect(good.item).toEqual({ sectionTitle: null, sectionTitleEn: null, maxPoints: null, rules: [], article: '《行政处罚法》第四十条' })
    expect([bad.number, bad.count, good.number]).toEqual([1, 2, 2])
  })

  it('derives each squad’s 整改 from its problems: recurring first, then the most cases, three at most', () => {
    const withRepeat = report({ repeats: [{ by: 'squad', ownerId: 2, ownerName: '夏阳街道中队', rubricId: 1, rubricName: '一般程序', itemId: 'S2.1', title: '要点S2.1', titleEn: 'Item S2.1', cases: 3 }] })
    expect(squadProblems(withRepeat)).toEqual([
      { squadName: '机动中队', text: null, deadline: null, problems: [{ itemId: 'S4.2', title: '要点S4.2', titleEn: 'Item S4.2', cases: 1, repeat: false }] },
      {
        squadName: '夏阳街道中队',
        text: null,
        deadline: null,
        problems: [
          { itemId: 'S2.1', title: '要点S2.1', titleEn: 'Item S2.1', cases: 1, repeat: true },
          { itemId: 'S1.2', title: '要点S1.2', titleEn: 'Item S1.2', cases: 3, repeat: false },
          { itemId: 'S4.2', title: '要点S4.2', titleEn: 'Item S4.2', cases: 2, repeat: false },
        ],
      },
    ])
  })

  it('spreads five short 整改 paragraphs as 3 + 2, not 4 + 1', () => {
    const squads = ['机动中队', '夏阳街道中队', '盈浦街道中队', '赵巷镇中队', '金泽镇中队'].map((squadName) => ({ squadName, text: '规范询问笔录签名。', deadline: null }))
    const slides = buildDeck(input({ bulletinRectification: squads })).filter((s) => s.kind === 'rectification')
    expect(slides.map((s) => s.kind === 'rectification' && s.squads.length)).toEqual([3, 2])
  })

  it('uses the bulletin draft’s 整改要求 when there is one, packing long paragraphs onto their own slides', () => {
    const long = '严格落实询问笔录签名制度，'.repeat(26)
    const slides = buildDeck(input({ bulletinRectification: [
      { squadName: '机动中队', text: '规范立案审批。', deadline: '2024-01-31' },
      { squadName: '夏阳街道中队', text: long, deadline: '2024-01-31' },
      { squadName: '金泽镇中队', text: '  ', deadline: null },
    ] })).filter((s) => s.kind === 'rectification')
    expect(slides.map((s) => s.kind === 'rectification' && [s.source, s.squads.map((r) => r.squadName), s.part, s.parts])).toEqual([
      ['bulletin', ['机动中队'], 1, 2],
      ['bulletin', ['夏阳街道中队'], 2, 2],
    ])
    expect(slides[0]?.kind === 'rectification' && slides[0]?.squads[0]).toEqual({ squadName: '机动中队', text: '规范立案审批。', deadline: '2024-01-31', problems: null })
  })

  it('compares with the previous period only when it had results', () => {
    const none = buildDeck(input({ report: report({ previousHeadline: headline({ evaluated: 0 }) }), previousLabel: '2023年11月' }))[1]
    expect(none).toMatchObject({ kind: 'headline', previous: null, previousLabel: null })
    const some = buildDeck(input({ report: report({ previousHeadline: headline({ average: 80 }) }), previousLabel: '2023年11月' }))[1]
    expect(some).toMatchObject({ kind: 'headline', previous: { average: 80 }, previousLabel: '2023年11月' })
  })

  it('shows only title, figures and closing when nothing is evaluated yet', () => {
    const empty = report({ headline: headline({ evaluated: 0, average: null }), squads: [], categories: [], items: [], repeats: [] })
    expect(kinds(buildDeck(input({ report: empty, typical: [] })))).toEqual(['title', 'headline', 'closing'])
  })

  it('masks parties and officers in every field and in the free text, and nothing else', () => {
    const masked = deckOf(input({ bulletinRectification: [{ squadName: '夏阳街道中队', text: '李娜、赵强所办案件笔录不规范。', deadline: '2024-01-31' }] }), { masked: true })
    const shown = JSON.stringify(masked)
    for (const name of ['张三丰', '上海恒达商贸有限公司', '李娜', '赵强', '周敏']) expect(shown).not.toContain(name)
    const [bad, good] = masked.filter((s) => s.kind === 'typical')
    expect(bad?.kind === 'typical' && [bad.entry.party, bad.entry.officers, bad.entry.reason, bad.entry.note]).toEqual([
      '张**', ['李**', '赵**'], '询问笔录未由张**签名，执法人员赵**未签名', '张**的笔录',
    ])
    expect(good?.kind === 'typical' && [good.entry.party, good.entry.reason]).toEqual(['上海**有限公司', '上海**有限公司的证据不足'])
    const repeats = masked.find((s) => s.kind === 'repeats')
    expect(repeats?.kind === 'repeats' && repeats.rows[0]?.ownerName).toBe('李**')
    const rect = masked.find((s) => s.kind === 'rectification')
    expect(rect?.kind === 'rectification' && rect.squads[0]?.text).toBe('李**、赵**所办案件笔录不规范。')
    // Squads, case numbers and the unit stay readable.
    expect(shown).toContain('夏阳街道中队')
    expect(shown).toContain('青城管罚字〔2023〕第01001号')
    expect(deckOf(input(), { masked: false })).toEqual(buildDeck(input()))
  })
})

describe('the scope in the presentation’s address', () => {
  it.each<[StatisticsScope, string]>([
    [{ kind: 'campaign', campaignId: 12 }, 'campaign:12'],
    [{ kind: 'period', period: 'month', year: 2023, index: 12 }, 'month:2023:12'],
    [{ kind: 'period', period: 'half', year: 2024, index: 2 }, 'half:2024:2'],
    [{ kind: 'period', period: 'year', year: 2023, index: 1 }, 'year:2023:1'],
  ])('%o ⇄ %s', (scope, param) => {
    expect(scopeParam(scope)).toBe(param)
    expect(parseScopeParam(param)).toEqual(scope)
  })

  it.each(['', 'campaign', 'campaign:0', 'campaign:x', 'campaign:1:2', 'month:2023:13', 'quarter:2023:5', 'week:2023:1', 'month:1800:1', 'month:2023:1.5'])('%s names no scope', (param) => {
    expect(parseScopeParam(param)).toBeNull()
  })
})
