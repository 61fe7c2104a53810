import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { only } from '../support/defined'

let ws: TestWorkspace
beforeAll(async () => {
  ws = await openTestWorkspace()
})
afterAll(() => ws.close())

describe('statute library', () => {
  it('ships the five laws the bureau cites most', async () => {
    const laws = await ws.call('statutes.list', {})
    expect(laws.map((l) => l.title)).toEqual(expect.arrayContaining(['中华人民共和国行政处罚法', '上海市市容环境卫生管理条例']))
    expect(laws.find((l) => l.title === '中华人民共和国行政处罚法')!.articleCount).toBe(86)
  })

  it("opens the article a case cites, pointing at the cited 款", async () => {
    const c = only(await ws.call('statutes.resolve', { text: '依据《上海市市容环境卫生管理条例》第二十五条第二款的规定' }))
    expect(c).toMatchObject({ raw: '《上海市市容环境卫生管理条例》第二十五条第二款', status: 'ok', lawTitle: '上海市市容环境卫生管理条例', paragraph: 2 })
    expect(c.article!.label).toBe('第二十五条')
    expect(c.article!.paragraphs.length).toBeGreaterThanOrEqual(2)
  })

  it('flags a citation that does not resolve', async () => {
    const results = await ws.call('statutes.resolve', { text: '《中华人民共和国行政处罚法》第九十九条、《中华人民共和国城乡规划法》第六十四条' })
    expect(results.map((r) => r.status)).toEqual(['no_such_article', 'unknown_law'])
    expect(await ws.call('statutes.article', { lawTitle: '行政处罚法', number: 60 })).toMatchObject({ lawTitle: '中华人民共和国行政处罚法', label: '第六十条' })
  })
})
