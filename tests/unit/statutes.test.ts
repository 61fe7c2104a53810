import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildStatuteLibrary, findLaw } from '../../shared/domain/statutes/library'
import { parseChineseNumeral, parseNumeral, toChineseNumeral } from '../../shared/domain/statutes/numerals'
import { parseLaw } from '../../shared/domain/statutes/parse-law'
import { nth } from '../support/defined'

const LAWS_DIR = new URL('../../resources/laws/', import.meta.url)
const sources = readdirSync(LAWS_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, LAWS_DIR), 'utf8') }))

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十五', 25],
    ['九十九', 99],
    ['一百', 100],
    ['一百零三', 103],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百二十五', 125],
    ['两百', 200],
    ['一千零五十', 1050],
    ['〇', 0],
    ['零', 0],
    ['二〇一九', 2019],
  ])('%s is %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each(['', '百', '十十', '一二十', '二十一百', 'abc', '第五'])('%j is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNull()
  })

  it.each([
    ['25', 25],
    ['２５', 25],
    [' 7 ', 7],
    ['二十五', 25],
  ])('parseNumeral reads %j as %i', (text, value) => {
    expect(parseNumeral(text)).toBe(value)
  })

  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [25, '二十五'],
    [100, '一百'],
    [103, '一百零三'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [2019, '二千零一十九'],
  ])('%i is written %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text)
  })

  it('round-trips 0–1200', () => {
    for (let n = 0; n <= 1200; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n)
  })

  it('refuses what it cannot write', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError)
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError)
    expect(() => toChineseNumeral(10000)).toThrow(RangeError)
  })
})

describe('parseLaw on a small text', () => {
  const text = [
    '# 示例条例',
    '',
    '2020年1月1日 通过',
    '',
    '<!-- INFO END -->',
    '',
    '## 第一章  总则',
    '',
    '第一条 第一款。',
    '',
    '第二款：',
    '',
    '（一）甲；',
    '',
    '（二）乙。',
    '',
    '第三款。',
    '',
    '## 第二章 附则',
    '',
    '### 第一节 一般规定',
    '',
    '第二条 本条例自公布之日起施行。',
  ].join('\r\n')

  it('splits title, preamble, chapters, sections, 款 and 项', () => {
    const law = parseLaw(text)
    expect(law.title).toBe('示例条例')
    expect(law.preamble).toEqual(['2020年1月1日 通过'])
    expect(law.warnings).toEqual([])
    expect(law.articles).toEqual([
      {
        number: 1,
        label: '第一条',
        chapter: '第一章 总则',
        paragraphs: [
          { text: '第一款。', items: [] },
          { text: '第二款：\n（一）甲；\n（二）乙。', items: ['甲；', '乙。'] },
          { text: '第三款。', items: [] },
        ],
        text: '第一款。\n第二款：\n（一）甲；\n（二）乙。\n第三款。',
      },
      {
        number: 2,
        label: '第二条',
        chapter: '第二章 附则',
        section: '第一节 一般规定',
        paragraphs: [{ text: '本条例自公布之日起施行。', items: [] }],
        text: '本条例自公布之日起施行。',
      },
    ])
  })

  it('warns about numbering gaps and out-of-order items', () => {
    const law = parseLaw('# 甲\n\n第一条 一。\n\n（一）a\n\n（三）b\n\n第三条 三。')
    expect(law.warnings).toHaveLength(2)
    expect(law.warnings[0]).toMatch(/（三）/)
    expect(law.warnings[1]).toMatch(/第三条/)
  })

  it('needs a title', () => {
    expect(() => parseLaw('第一条 没有标题。')).toThrow(/title/)
  })

  it('reads a text without the INFO END marker', () => {
    const law = parseLaw('# 乙\n\n2020年通过\n\n第一条 一。')
    expect(law.preamble).toEqual(['2020年通过'])
    expect(law.articles.map((a) => a.label)).toEqual(['第一条'])
  })
})

describe('the statute texts in resources/laws', () => {
  it('are all here', () => {
    expect(sources.map((s) => s.fileName).sort()).toEqual([
      'administrative-compulsion-law-2011.md',
      'administrative-penalty-law-2021.md',
      'shanghai-city-appearance-sanitation-regulation-2018.md',
      'shanghai-household-waste-regulation-2019.md',
      'shanghai-urban-management-enforcement-regulation-2018.md',
    ])
  })

  it.each(sources.map((s) => [s.fileName, s.text]))('%s parses to gap-free articles with no warnings', (_name, text) => {
    const law = parseLaw(text)
    expect(law.warnings).toEqual([])
    expect(law.articles.length).toBeGreaterThan(0)
    expect(law.articles.map((a) => a.number)).toEqual(law.articles.map((_a, i) => i + 1))
    expect(law.articles.map((a) => a.label)).toEqual(law.articles.map((a) => `第${toChineseNumeral(a.number)}条`))
    for (const a of law.articles) {
      expect(a.paragraphs.length).toBeGreaterThan(0)
      expect(a.chapter).toMatch(/^第.+章 /)
      for (const p of a.paragraphs) expect(p.text).not.toBe('')
    }
  })

  // Counted by hand from the texts.
  it.each([
    ['administrative-penalty-law-2021.md', '中华人民共和国行政处罚法', 86, 8],
    ['administrative-compulsion-law-2011.md', '中华人民共和国行政强制法', 71, 7],
    ['shanghai-city-appearance-sanitation-regulation-2018.md', '上海市市容环境卫生管理条例', 64, 8],
    ['shanghai-household-waste-regulation-2019.md', '上海市生活垃圾管理条例', 65, 10],
    ['shanghai-urban-management-enforcement-regulation-2018.md', '上海市城市管理行政执法条例', 42, 7],
  ])('%s: %s has %i articles in %i chapters', (fileName, title, articles, chapters) => {
    const law = parseLaw(sources.find((s) => s.fileName === fileName)?.text ?? '')
    expect(law.title).toBe(title)
    expect(law.articles).toHaveLength(articles)
    expect(new Set(law.articles.map((a) => a.chapter)).size).toBe(chapters)
  })

  it('行政处罚法: history, sections and the shape of articles 9, 51, 58 and 86', () => {
    const law = parseLaw(sources.find((s) => s.fileName === 'administrative-penalty-law-2021.md')?.text ?? '')
    expect(law.preamble).toHaveLength(4)
    expect(law.preamble[3]).toMatch(/^2021年1月22日/)
    const art = (n: number) => nth(law.articles, n - 1, 'article')
    expect(art(9).chapter).toBe('第二章 行政处罚的种类和设定')
    expect(art(9).paragraphs.map((p) => p.items.length)).toEqual([6])
    expect(art(9).paragraphs[0]?.items[0]).toBe('警告、通报批评；')
    expect(art(51).section).toBe('第二节 简易程序')
    expect(art(51).paragraphs.map((p) => p.items.length)).toEqual([0])
    expect(art(58).paragraphs.map((p) => p.items.length)).toEqual([4, 0])
    expect(art(86).chapter).toBe('第八章 附则')
    expect(art(86).text).toBe('本法自2021年7月15日起施行。')
  })

  it('市容环境卫生管理条例: 款 and 项 of articles 12, 25, 28 and 44', () => {
    const law = parseLaw(sources.find((s) => s.fileName === 'shanghai-city-appearance-sanitation-regulation-2018.md')?.text ?? '')
    const art = (n: number) => nth(law.articles, n - 1, 'article')
    expect(art(12).paragraphs.map((p) => p.items.length)).toEqual([8, 0, 0])
    expect(art(25).paragraphs).toHaveLength(5)
    expect(art(25).paragraphs[1]?.text).toMatch(/^任何单位和个人不得占用道路.*并可处五十元以上五百元以下罚款。/)
    expect(art(25).paragraphs[4]?.text).toMatch(/^本市道路两侧和广场周围建筑物.*超出门窗和外墙经营/)
    expect(art(28).paragraphs.map((p) => p.items.length)).toEqual([7, 0])
    expect(art(44).paragraphs).toHaveLength(6)
    expect(art(44).paragraphs[4]?.text).toMatch(/^禁止擅自倾倒、堆放、处置建筑垃圾、工程渣土。/)
  })
})

describe('buildStatuteLibrary', () => {
  it('keys every shipped law by its full title, with no problems', () => {
    const { library, problems } = buildStatuteLibrary(sources)
    expect(problems).toEqual([])
    expect(Object.keys(library).sort()).toEqual([
      '上海市城市管理行政执法条例',
      '上海市市容环境卫生管理条例',
      '上海市生活垃圾管理条例',
      '中华人民共和国行政处罚法',
      '中华人民共和国行政强制法',
    ])
    expect(library['中华人民共和国行政处罚法']?.fileName).toBe('administrative-penalty-law-2021.md')
    // It crosses IPC as it is.
    expect(JSON.parse(JSON.stringify(library))).toEqual(library)
  })

  it('reports a file without a title, an empty law and a repeated title, and keeps the rest', () => {
    const { library, problems } = buildStatuteLibrary([
      { fileName: 'b.md', text: '# 甲法\n\n第一条 一。' },
      { fileName: 'a.md', text: '# 甲法\n\n第一条 先读到的。' },
      { fileName: 'c.md', text: '没有标题' },
      { fileName: 'd.md', text: '# 空法\n' },
      { fileName: 'e.md', text: '# 乙法\n\n第二条 缺第一条。' },
    ])
    expect(Object.keys(library).sort()).toEqual(['乙法', '甲法'])
    expect(library['甲法']?.fileName).toBe('a.md')
    expect(problems.map((p) => p.fileName)).toEqual(['b.md', 'c.md', 'd.md', 'e.md'])
  })

  it.each([
    ['中华人民共和国行政处罚法', '中华人民共和国行政处罚法'],
    ['行政处罚法', '中华人民共和国行政处罚法'],
    ['《行政强制法》', '中华人民共和国行政强制法'],
    ['中华人民共和国行政处罚法（2021年修订）', '中华人民共和国行政处罚法'],
    ['上海市市容条例', '上海市市容环境卫生管理条例'],
    [' 上海市生活垃圾管理条例 ', '上海市生活垃圾管理条例'],
  ])('findLaw(%j) is %s', (written, title) => {
    const { library } = buildStatuteLibrary(sources)
    expect(findLaw(library, written)?.title).toBe(title)
  })

  it.each(['城市市容和环境卫生管理条例', '中华人民共和国城乡规划法', '房地产经纪管理办法', '处罚法'])(
    'findLaw(%j) finds nothing',
    (written) => {
      const { library } = buildStatuteLibrary(sources)
      expect(findLaw(library, written)).toBeNull()
    },
  )
})
