import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as demoVocabulary from '../../electron/backend/demo/vocabulary'
import {
  formatCitation,
  parseCitations,
  resolveCitation,
  type Citation,
  type CitationStatus,
} from '../../shared/domain/statutes/citation'
import { buildStatuteLibrary } from '../../shared/domain/statutes/library'
import { nth, only } from '../support/defined'

const LAWS_DIR = new URL('../../resources/laws/', import.meta.url)
const { library } = buildStatuteLibrary(
  readdirSync(LAWS_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, LAWS_DIR), 'utf8') })),
)

const CITY = '上海市市容环境卫生管理条例'
const WASTE = '上海市生活垃圾管理条例'
const PENALTY = '中华人民共和国行政处罚法'

/** law, article, paragraph, item — the parts a test compares. */
type Parts = [string | null, number, number?, number?]
const parts = (c: Citation): Parts => {
  const p: Parts = [c.law, c.article]
  if (c.paragraph !== undefined || c.item !== undefined) p.push(c.paragraph)
  if (c.item !== undefined) p.push(c.item)
  return p
}

describe('parseCitations', () => {
  it.each<[string, string, Parts[]]>([
    ['article and 款', `《${CITY}》第二十五条第二款`, [[CITY, 25, 2]]],
    ['article only', `《${CITY}》第三十四条`, [[CITY, 34]]],
    ['项 in ASCII brackets', `《${PENALTY}》第五十一条第(一)项`, [[PENALTY, 51, undefined, 1]]],
    ['项 in full-width brackets', `《${PENALTY}》第五十一条第（一）项`, [[PENALTY, 51, undefined, 1]]],
    ['项 without brackets', `《${PENALTY}》第九条第二项`, [[PENALTY, 9, undefined, 2]]],
    ['条款项', `《${CITY}》第二十八条第一款第（四）项`, [[CITY, 28, 1, 4]]],
    ['Arabic numerals', `《${CITY}》第25条第2款`, [[CITY, 25, 2]]],
    ['full-width digits and spaces', `《${CITY}》 第 ２５ 条 第 ２ 款`, [[CITY, 25, 2]]],
    ['short title', '《行政处罚法》第五十八条第一款第（三）项', [['行政处罚法', 58, 1, 3]]],
    ['version note after the title', `《${PENALTY}》（2021年修订）第三十三条第一款`, [[PENALTY, 33, 1]]],
    [
      'two articles under one title, 、',
      `依据《${WASTE}》第二十四条第一款、第五十七条第一款的规定`,
      [[WASTE, 24, 1], [WASTE, 57, 1]],
    ],
    [
      '和 and 及 between articles',
      `《${PENALTY}》第四十四条和第四十五条及第六十三条`,
      [[PENALTY, 44], [PENALTY, 45], [PENALTY, 63]],
    ],
    ['，between articles', `《${CITY}》第二十五条第二款，第二十七条第二款`, [[CITY, 25, 2], [CITY, 27, 2]]],
    ['a further 款 of the same article', `《${CITY}》第三十三条第一款、第二款`, [[CITY, 33, 1], [CITY, 33, 2]]],
    ['a further 项 of the same 款', `《${CITY}》第二十八条第一款第（二）项、第（三）项`, [[CITY, 28, 1, 2], [CITY, 28, 1, 3]]],
    ['a list of 项 under one 第…项', `《${CITY}》第二十八条第一款第（二）、（三）项`, [[CITY, 28, 1, 2], [CITY, 28, 1, 3]]],
    [
      'repeated titles',
      `依据《${CITY}》第二十五条第二款、《中华人民共和国行政强制法》第十八条、第二十四条的规定`,
      [[CITY, 25, 2], ['中华人民共和国行政强制法', 18], ['中华人民共和国行政强制法', 24]],
    ],
    ['同条例 refers to the law named before', `《${CITY}》第二十五条第二款及同条例第四十四条第六款`, [[CITY, 25, 2], [CITY, 44, 6]]],
    ['a law not in the library', '《中华人民共和国城乡规划法》第四十条第一款、第六十四条', [['中华人民共和国城乡规划法', 40, 1], ['中华人民共和国城乡规划法', 64]]],
    ['an article with no law named', '依照第九条第一项', [[null, 9, undefined, 1]]],
    ['the law does not reach past other text', `《${CITY}》第二十五条的规定，当事人违反第二十七条`, [[CITY, 25], [null, 27]]],
    ['a 款 with no article is not a citation', '违反前款第（一）项规定', []],
    ['an inserted article (之一) is skipped', `《${CITY}》第二十五条之一`, []],
    ['ordinals that are not provisions', '第一次修正，第十三届常务委员会第二十五次会议', []],
  ])('%s', (_name, text, expected) => {
    expect(parseCitations(text).map(parts)).toEqual(expected)
  })

  it('keeps the raw span and its offsets', () => {
    const text = `依据《${WASTE}》第二十四条第一款、第五十七条第一款的规定`
    const cited = parseCitations(text)
    const [first, second] = [nth(cited, 0), nth(cited, 1)]
    expect(first.raw).toBe(`《${WASTE}》第二十四条第一款`)
    expect(second.raw).toBe('第五十七条第一款')
    for (const c of [first, second]) expect(text.slice(c.start, c.end)).toBe(c.raw)
  })

  it('formats a citation back the way decisions write it', () => {
    expect(formatCitation({ law: CITY, article: 28, paragraph: 1, item: 4 })).toBe(`《${CITY}》第二十八条第一款第（四）项`)
    expect(formatCitation({ law: null, article: 110 })).toBe('第一百一十条')
    const text = `《${CITY}》第二十五条第二款`
    expect(formatCitation(nth(parseCitations(text), 0))).toBe(text)
  })
})

describe('resolveCitation', () => {
  const resolve = (text: string) => {
    const cited = parseCitations(text)
    return resolveCitation(only(cited), library)
  }

  it.each<[string, CitationStatus]>([
    [`《${CITY}》第二十五条第二款`, 'ok'],
    [`《${CITY}》第六十四条`, 'ok'],
    ['《行政处罚法》第九条第（二）项', 'ok'],
    [`《${PENALTY}》第五十八条第一款第（四）项`, 'ok'],
    ['《中华人民共和国城乡规划法》第六十四条', 'unknown_law'],
    ['《房地产经纪管理办法》第三十三条第（四）项', 'unknown_law'],
    ['《城市市容和环境卫生管理条例》第三十四条', 'unknown_law'],
    ['依照第九条', 'law_not_named'],
    [`《${CITY}》第六十五条`, 'no_such_article'],
    ['《行政处罚法》第八十七条', 'no_such_article'],
    [`《${CITY}》第二十五条第六款`, 'no_such_paragraph'],
    [`《${CITY}》第三十四条第二款`, 'no_such_paragraph'],
    // 2021 moved the simple procedure to article 51, which has no 项 (the 1996 article 33 had none either).
    [`《${PENALTY}》第五十一条第（一）项`, 'no_such_item'],
    [`《${PENALTY}》第九条第（七）项`, 'no_such_item'],
    [`《${PENALTY}》第五十八条第二款第（一）项`, 'no_such_item'],
  ])('%s → %s', (text, status) => {
    expect(resolve(text).status).toBe(status)
  })

  it('resolves 第二十五条第二款 of the city appearance regulation to the street-vending paragraph', () => {
    const r = resolve(`《${CITY}》第二十五条第二款`)
    if (r.status !== 'ok') throw new Error(r.status)
    expect(r.law.title).toBe(CITY)
    expect(r.article.label).toBe('第二十五条')
    expect(r.article.chapter).toBe('第三章 市容管理')
    expect(r.paragraphText).toBe(
      '任何单位和个人不得占用道路、桥梁、人行天桥、地下通道及其他公共场所设摊经营、兜售物品，影响市容环境卫生。' +
        '违反规定的，由城管执法部门责令改正，并可处五十元以上五百元以下罚款。' +
        '城管执法部门可以暂扣当事人经营兜售的物品和与违法行为有关的工具，要求其到指定地点接受处理，' +
        '当事人接受处理后，城管执法部门应当及时返还暂扣的物品与相关工具，属非法物品的，移送有关部门处理。' +
        '城管执法部门对暂扣的物品应当妥善保管。对于易腐烂、变质等不宜保管的物品，城管执法部门可以在留存证据后根据实际情况妥善处置。',
    )
    expect(r.itemText).toBeUndefined()
  })

  it('finds a 项 cited without its 款 in the article’s list, and one cited with it', () => {
    const bare = resolve('《行政处罚法》第九条第（二）项')
    if (bare.status !== 'ok') throw new Error(bare.status)
    expect(bare.law.title).toBe(PENALTY)
    expect(bare.paragraph).toBe(1)
    expect(bare.itemText).toBe('罚款、没收违法所得、没收非法财物；')

    const full = resolve(`《${CITY}》第二十八条第一款第（四）项`)
    if (full.status !== 'ok') throw new Error(full.status)
    expect(full.itemText).toBe('乱倒垃圾、污水、粪便，乱扔动物尸体等废弃物；')
    expect(full.paragraphText?.split('\n')).toHaveLength(8)
  })

  it('says what exists when a part does not', () => {
    const article = resolve(`《${CITY}》第六十五条`)
    expect(article).toMatchObject({ status: 'no_such_article', articleCount: 64 })
    const paragraph = resolve(`《${CITY}》第二十五条第六款`)
    expect(paragraph).toMatchObject({ status: 'no_such_paragraph', paragraphCount: 5 })
    const item = resolve(`《${PENALTY}》第九条第（七）项`)
    expect(item).toMatchObject({ status: 'no_such_item', paragraph: 1, itemCount: 6 })
    const noItems = resolve(`《${PENALTY}》第五十一条第（一）项`)
    expect(noItems).toMatchObject({ status: 'no_such_item', itemCount: 0 })
    const unknown = resolve('《房地产经纪管理办法》第二十一条')
    expect(unknown).toMatchObject({ status: 'unknown_law', written: '房地产经纪管理办法' })
  })
})

describe('the demo data cites the library correctly', () => {
  // The laws the demo cites that the library does not ship (planning, housing market).
  const OUTSIDE_LIBRARY = new Set(['中华人民共和国城乡规划法', '房地产经纪管理办法'])

  function strings(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) for (const v of value) strings(v, out)
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
    return out
  }

  it('every violation cites something', () => {
    for (const v of demoVocabulary.VIOLATIONS) {
      for (const text of [v.breach, v.penaltyClause, v.legalBasis]) {
        expect(parseCitations(text).length, `${v.code}: ${text}`).toBeGreaterThan(0)
      }
    }
  })

  it('every citation in the demo vocabulary resolves, or names a law outside the library', () => {
    const cited = strings(demoVocabulary).flatMap((s) => parseCitations(s))
    expect(cited.length).toBeGreaterThan(40)
    for (const c of cited) {
      const r = resolveCitation(c, library)
      if (r.status === 'unknown_law') expect(OUTSIDE_LIBRARY, c.raw).toContain(r.written)
      else expect(r.status, c.raw).toBe('ok')
    }
  })
})
