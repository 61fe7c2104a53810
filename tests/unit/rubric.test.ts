import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AUTO_CHECKS, allItems, findItem, isRangeOption, rubricSchema, type Rubric } from '../../shared/domain/rubric'
import { issueWithin, rubricIssues, type RubricPath, type RubricRule } from '../../shared/domain/rubric-validation'
import { rubricIssueMessage, rubricIssueText, rubricIssuesSummary, rubricLocation } from '../../shared/i18n/rubric-issues'
import { nth } from '../support/defined'

// Read, not imported: tsconfig.node.json (composite) does not include resources/.
const shipped: unknown = JSON.parse(
  readFileSync(new URL('../../resources/rubrics/penalty-ordinary.v1.json', import.meta.url), 'utf8'),
)

const rubric: Rubric = rubricSchema.parse(shipped)

const sectionAt = (r: Rubric, s: number) => nth(r.sections, s, 'section')
const itemAt = (r: Rubric, s: number, i: number) => nth(sectionAt(r, s).items, i, 'item')
const optionAt = (r: Rubric, s: number, i: number, o: number) => nth(itemAt(r, s, i).deductions, o, 'option')

/** A deep copy of the shipped rubric, changed by `mutate`, for the rejection cases. */
function variant(mutate: (r: Rubric) => void): unknown {
  const copy = structuredClone(rubric)
  mutate(copy)
  return copy
}

function issues(input: unknown): string[] {
  const result = rubricSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

describe('shipped default rubric', () => {
  it('parses with rubricSchema', () => {
    expect(issues(shipped)).toEqual([])
    expect(rubric.code).toBe('penalty-ordinary')
    expect(rubric.version).toBe(1)
  })

  it('has the sections, items and points of default-rubric.md', () => {
    expect(rubric.totalPoints).toBe(100)
    expect(rubric.gradeCutoffs).toEqual({ excellent: 90, good: 80, pass: 60 })
    expect(rubric.sections.map((s) => [s.id, s.points, s.items.length])).toEqual([
      ['S1', 10, 3],
      ['S2', 25, 6],
      ['S3', 20, 4],
      ['S4', 15, 6],
      ['S5', 15, 4],
      ['S6', 5, 2],
      ['S7', 10, 4],
    ])
    for (const s of rubric.sections) {
      expect(s.items.reduce((sum, it) => sum + it.maxPoints, 0)).toBe(s.points)
    }
  })

  it('has the ten vetoes, with articles where the doc gives them', () => {
    expect(rubric.vetoes.map((v) => v.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10'])
    expect(rubric.vetoes.filter((v) => v.article).map((v) => v.id)).toEqual(['V3', 'V7', 'V8'])
  })

  it('marks basic elements, not-applicable items and auto-checks as the doc does', () => {
    const items = allItems(rubric)
    expect(items.filter((it) => it.basicElement).map((it) => it.id)).toEqual(['S2.4', 'S3.1'])
    for (const id of ['S2.6', 'S4.4', 'S4.5', 'S5.4']) expect(findItem(rubric, id)?.notApplicableAllowed).toBe(true)
    const bound = items.filter((it) => it.autoCheck).map((it) => [it.id, it.autoCheck])
    expect(bound).toEqual([
      ['S1.2', 'filing_timeliness'],
      ['S2.6', 'seizure_time_limit'],
      ['S3.2', 'discretion_baseline'],
      ['S4.5', 'legal_review'],
      ['S5.2', 'service_time_limit'],
      ['S6.1', 'decision_time_limit'],
      ['S6.2', 'closing_time_limit'],
    ])
    // Every check but the publication deadline, a bureau's own rule that its rubric binds when it sets one.
    expect(new Set(bound.map(([, c]) => c))).toEqual(new Set(AUTO_CHECKS.filter((c) => c !== 'publicity_deadline')))
  })

  it('finds items by id', () => {
    expect(findItem(rubric, 'S3.2')?.maxPoints).toBe(8)
    expect(findItem(rubric, 'S9.9')).toBeUndefined()
    const option = nth(findItem(rubric, 'S3.2')!.deductions, 0)
    expect(isRangeOption(option) && [option.min, option.max]).toEqual([4, 8])
  })
})

describe('rubricSchema rejects', () => {
  it.each<[string, (r: Rubric) => void, RegExp]>([
    ['sections not adding up to the total', (r) => (sectionAt(r, 0).points = 11), /section points add up to 101/],
    ['items not adding up to their section', (r) => (itemAt(r, 1, 0).maxPoints = 4), /items of S2 add up to 24/],
    ['cut-offs out of order', (r) => (r.gradeCutoffs = { excellent: 90, good: 60, pass: 80 }), /cut-offs must be ordered/],
    ['excellent above the total', (r) => (r.gradeCutoffs.excellent = 101), /cut-offs must be ordered/],
    ['duplicate item ids', (r) => (itemAt(r, 0, 1).id = 'S1.1'), /duplicate id S1\.1/],
    ['duplicate veto ids', (r) => (nth(r.vetoes, 1).id = 'V1'), /duplicate id V1/],
    ['duplicate section ids', (r) => (sectionAt(r, 1).id = 'S1'), /duplicate id S1$/m],
    ['duplicate option ids', (r) => (optionAt(r, 0, 0, 1).id = 'missing'), /duplicate option id missing/],
    ['an item numbered under another section', (r) => (itemAt(r, 0, 2).id = 'S2.9'), /not numbered under S1/],
    ['range with min > max', (r) => (itemAt(r, 0, 2).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', min: 3, max: 2 }), /min <= max/],
    ['range above the item maximum', (r) => (itemAt(r, 0, 2).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', min: 1, max: 4 }), /max <= 3/],
    ['fixed points above the item maximum', (r) => (itemAt(r, 0, 0).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', points: 5 }), /exceed the item maximum/],
    ['a category not in the list', (r) => (itemAt(r, 0, 0).category = '其他'), /unknown category 其他/],
  ])('%s', (_name, mutate, message) => {
    expect(issues(variant(mutate)).join('\n')).toMatch(message)
  })

  it.each<[string, (r: Rubric) => void]>([
    ['an unknown autoCheck', (r) => (itemAt(r, 0, 1).autoCheck = 'filing' as never)],
    ['zero fixed points', (r) => (itemAt(r, 0, 0).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', points: 0 })],
    ['a range min of zero', (r) => (itemAt(r, 0, 2).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', min: 0, max: 2 })],
    ['an option with both points and a range', (r) => Object.assign(optionAt(r, 0, 0, 0), { min: 1, max: 2 })],
    ['points finer than 0.1', (r) => (itemAt(r, 0, 0).deductions[1] = { id: 'x', label: '甲', labelEn: 'x', points: 0.25 })],
    ['a misspelt field', (r) => Object.assign(r, { gradeCutoff: {} })],
    ['a non-positive version', (r) => (r.version = 0)],
  ])('%s', (_name, mutate) => {
    expect(issues(variant(mutate))).not.toEqual([])
  })
})

describe('rubricIssues names each problem for the editor and the import', () => {
  it('finds nothing in the shipped rubric', () => {
    expect(rubricIssues(shipped)).toEqual([])
  })

  it.each<[string, (r: Rubric) => void, RubricRule, RubricPath, Record<string, string>]>([
    ['sections not adding up to the total', (r) => (sectionAt(r, 0).points = 11), 'sectionsTotal', ['sections'], { sum: '101', total: '100' }],
    ['items not adding up to their section', (r) => (itemAt(r, 1, 0).maxPoints = 4), 'itemsTotal', ['sections', 1, 'points'], { section: 'S2', sum: '24', points: '25' }],
    ['cut-offs out of order', (r) => (r.gradeCutoffs.good = 95), 'cutoffsOrder', ['gradeCutoffs'], {}],
    ['duplicate item ids', (r) => (itemAt(r, 0, 1).id = 'S1.1'), 'duplicateId', ['sections', 0, 'items', 1, 'id'], { id: 'S1.1' }],
    ['an item numbered under another section', (r) => (itemAt(r, 0, 2).id = 'S2.9'), 'itemNumbering', ['sections', 0, 'items', 2, 'id'], { id: 'S2.9', section: 'S1' }],
    ['a category listed twice', (r) => r.problemCategories.push('超期立案'), 'duplicateCategory', ['problemCategories'], {}],
    ['a category not in the list', (r) => (itemAt(r, 0, 0).category = '其他'), 'unknownCategory', ['sections', 0, 'items', 0, 'category'], { category: '其他' }],
    ['duplicate option ids', (r) => (optionAt(r, 0, 0, 1).id = 'missing'), 'duplicateOptionId', ['sections', 0, 'items', 0, 'deductions', 1, 'id'], { option: 'missing', item: 'S1.1' }],
    ['range above the item maximum', (r) => (itemAt(r, 0, 2).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', min: 1, max: 4 }), 'optionRange', ['sections', 0, 'items', 2, 'deductions', 0], { item: 'S1.3', option: 'x', max: '3' }],
    ['fixed points above the item maximum', (r) => ((optionAt(r, 0, 0, 0) as { points: number }).points = 5), 'optionOverMax', ['sections', 0, 'items', 0, 'deductions', 0, 'points'], { item: 'S1.1', option: 'missing', max: '4' }],
    ['points finer than 0.1', (r) => (r.totalPoints = 100.05), 'tenths', ['totalPoints'], {}],
    ['zero points', (r) => (itemAt(r, 0, 0).maxPoints = 0), 'positive', ['sections', 0, 'items', 0, 'maxPoints'], {}],
    ['an empty item text', (r) => (itemAt(r, 0, 0).title = '  '), 'required', ['sections', 0, 'items', 0, 'title'], {}],
    ['a cleared number', (r) => Object.assign(itemAt(r, 0, 0), { maxPoints: null }), 'required', ['sections', 0, 'items', 0, 'maxPoints'], { expected: 'number' }],
    ['a number written as text', (r) => Object.assign(r, { totalPoints: '100' }), 'wrongType', ['totalPoints'], { expected: 'number' }],
    ['a section without items', (r) => (sectionAt(r, 0).items = []), 'emptyList', ['sections', 0, 'items'], {}],
    ['a malformed item id', (r) => (itemAt(r, 0, 0).id = 'S1-1'), 'idFormat', ['sections', 0, 'items', 0, 'id'], { example: 'S1.1' }],
    ['a malformed code', (r) => (r.code = 'Penalty Ordinary'), 'codeFormat', ['code'], {}],
    ['an option with both points and a range', (r) => Object.assign(optionAt(r, 0, 0, 0), { min: 1, max: 2 }), 'optionShape', ['sections', 0, 'items', 0, 'deductions', 0], {}],
    ['a range without its maximum', (r) => (itemAt(r, 0, 2).deductions[0] = { id: 'x', label: '甲', labelEn: 'x', min: 1 } as never), 'required', ['sections', 0, 'items', 2, 'deductions', 0, 'max'], { expected: 'number' }],
    ['zero fixed points', (r) => ((optionAt(r, 0, 0, 0) as { points: number }).points = 0), 'positive', ['sections', 0, 'items', 0, 'deductions', 0, 'points'], {}],
    ['an unknown autoCheck', (r) => (itemAt(r, 0, 1).autoCheck = 'filing' as never), 'unknownAutoCheck', ['sections', 0, 'items', 1, 'autoCheck'], { value: 'filing' }],
    ['a misspelt field', (r) => Object.assign(r, { gradeCutoff: {} }), 'unknownField', [], { keys: 'gradeCutoff' }],
  ])('%s', (_name, mutate, rule, path, values) => {
    const found = rubricIssues(variant(mutate))
    expect(found).toContainEqual(expect.objectContaining({ rule, path, values }))
    // Knock-on issues (a sum that no longer holds) are named too, never left as 'other'.
    expect(found.filter((i) => i.rule === 'other')).toEqual([])
  })

  it('says where and what in Chinese and in English', () => {
    const broken = variant((r) => (itemAt(r, 0, 0).maxPoints = 5))
    const issue = nth(rubricIssues(broken), 0, 'issue')
    expect(rubricIssueText(issue, broken, 'zh-CN')).toBe('评查项目 S1 › 分值：评查要点分值合计 11 分，与本项目分值 10 分不符')
    expect(rubricIssueText(issue, broken, 'en')).toBe("section S1 › points: the items add up to 11 points, not the section's 10")
    const option = variant((r) => ((optionAt(r, 0, 0, 0) as { points: number }).points = 5))
    expect(rubricIssuesSummary(rubricIssues(option), option, 'zh-CN')).toBe('评查项目 S1 › 评查要点 S1.1 › 扣分情形 missing › 分值：每处扣分超过要点分值 4 分')
  })

  it('numbers an entry without an id by its position, and cuts a long list short', () => {
    const broken = variant((r) => {
      nth(r.vetoes, 2).id = ''
      sectionAt(r, 0).items.forEach((it) => (it.title = ''))
    })
    const found = rubricIssues(broken)
    expect(rubricLocation(nth(found, 0, 'issue').path, broken, 'zh-CN')).toBe('否决项 #3 › 编号')
    expect(rubricIssuesSummary(found, broken, 'zh-CN', 2)).toMatch(/；另有 2 处问题$/)
  })

  it("keeps the schema's own words for a rule it has no sentence for", () => {
    expect(rubricIssueMessage({ rule: 'other', path: ['name'], values: {}, message: 'something new' }, 'zh-CN')).toBe('something new')
  })

  it('tells whether an issue lies inside a part of the rubric', () => {
    const issue = nth(rubricIssues(variant((r) => (itemAt(r, 0, 0).maxPoints = 0))), 0, 'issue')
    expect(issueWithin(issue, ['sections', 0])).toBe(true)
    expect(issueWithin(issue, ['sections', 0, 'items', 0, 'maxPoints'])).toBe(true)
    expect(issueWithin(issue, ['sections', 1])).toBe(false)
  })
})
