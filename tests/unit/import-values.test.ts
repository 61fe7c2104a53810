import { describe, expect, it } from 'vitest'
import { parseAmount, parseDate, parseEnum, parseYesNo, splitNames, guessPartyType } from '../../shared/domain/imports/values'
import { applyRemembered, findHeaderRow, guessMapping } from '../../shared/domain/imports/fields'
import { guessDomain } from '../../shared/domain/imports/domain-guess'

describe('a register cell read as a value', () => {
  it.each([
    ['2023-01-09', '2023-01-09'],
    ['2023/1/9', '2023-01-09'],
    ['2023.1.9', '2023-01-09'],
    ['2023年1月9日', '2023-01-09'],
    ['2023 年 1 月 9 日', '2023-01-09'],
    ['20230109', '2023-01-09'],
    ['2023-01-09 14:30:00', '2023-01-09'],
    ['2023-01-09T00:00:00.000Z', '2023-01-09'],
    ['2024-02-29', '2024-02-29'],
    ['2000年2月29日', '2000-02-29'],
    ['2023/12/31', '2023-12-31'],
    [44935, '2023-01-09'],
    ['44935', '2023-01-09'],
    [44935.75, '2023-01-09'],
    ['', null],
    [null, null],
  ])('date %j → %j', (cell, iso) => expect(parseDate(cell)).toEqual({ ok: true, value: iso }))

  it.each(['2023-02-30', '2023-02-29', '1900-02-29', '2023-04-31', '2023-01-00', '1899-12-31', '2023-13-01', '下周一', '2023', '1/9/2023', 0, -5, 3_000_000])('date %j is refused', (cell) => expect(parseDate(cell).ok).toBe(false))

  it.each([
    ['5000', 500_000],
    ['5,000', 500_000],
    ['5，000元', 500_000],
    ['¥5,000.50', 500_050],
    ['人民币5000元整', 500_000],
    ['0.5万元', 500_000],
    ['3万', 3_000_000],
    ['2千元', 200_000],
    [1234.5, 123_450],
    ['', null],
    ['无', null],
  ])('amount %j → %j fen', (cell, fen) => expect(parseAmount(cell)).toEqual({ ok: true, value: fen }))

  it.each(['五千', '-5', '5元5角', 'abc'])('amount %j is refused', (cell) => expect(parseAmount(cell).ok).toBe(false))

  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['1', true],
    [0, false],
    ['√', true],
    ['', null],
  ])('yes/no %j → %j', (cell, value) => expect(parseYesNo(cell)).toEqual({ ok: true, value }))

  it('reads enum labels, synonyms and codes, and refuses the rest', () => {
    expect(parseEnum('procedure', '简易')).toEqual({ ok: true, value: 'simple' })
    expect(parseEnum('procedure', '普通程序')).toEqual({ ok: true, value: 'ordinary' })
    expect(parseEnum('caseType', '行政强制')).toEqual({ ok: true, value: 'compulsion' })
    expect(parseEnum('source', '12345')).toEqual({ ok: true, value: 'complaint' })
    expect(parseEnum('domain', '渣土运输')).toEqual({ ok: true, value: 'muck_transport' })
    expect(parseEnum('domain', 'ecology')).toEqual({ ok: true, value: 'ecology' })
    expect(parseEnum('discretionTier', '从重处罚')).toEqual({ ok: true, value: 'heavier' })
    expect(parseEnum('role', '组长')).toEqual({ ok: true, value: 'lead' })
    expect(parseEnum('procedure', '快速程序').ok).toBe(false)
  })

  it('splits officers on 、，, / and spaces', () => {
    expect(splitNames('张伟、李娜')).toEqual(['张伟', '李娜'])
    expect(splitNames('张伟,李娜，王磊/赵强 孙丽')).toEqual(['张伟', '李娜', '王磊', '赵强', '孙丽'])
    expect(splitNames('')).toEqual([])
  })

  it('tells a company from a person', () => {
    expect(guessPartyType('上海某某渣土运输有限公司')).toBe('organization')
    expect(guessPartyType('张某')).toBe('individual')
  })
})

describe('the mapping guessed from a header', () => {
  it('matches common Chinese headers, exact names before names within a header', () => {
    const m = guessMapping('cases', ['序号', '案件编号', '当事人名称', '当事人类型', '案由', '承办中队', '承办人', '立案日期', '处罚决定日期', '罚款金额（元）', '法制审核日期', '审核日期'])
    expect(m).toMatchObject({ caseNumber: 1, party: 2, partyType: 3, violation: 4, squad: 5, officers: 6, filedOn: 7, decidedOn: 8, penalty: 9, legalReviewedOn: 10, domain: null })
  })

  it('finds the header below a title row', () => {
    expect(findHeaderRow('cases', [['2023年案件台账'], ['案号', '当事人', '中队'], ['A-1', '甲', '机动中队']])).toBe(1)
  })

  it('keeps a remembered choice, and a field left out stays out only when its header was there before', () => {
    const remembered = { fields: { caseNumber: '编号', source: '', domain: '' }, headers: ['编号', '案件来源'] }
    const m = applyRemembered('cases', ['编号', '案件来源', '执法领域'], remembered)
    expect(m).toMatchObject({ caseNumber: 0, source: null, domain: 2 })
  })
})

describe('the enforcement domain told from a violation', () => {
  const baseline = new Map([['运输车辆车厢未密闭', 'muck_transport' as const]])
  it.each([
    ['运输车辆车厢未密闭', 'muck_transport'],
    ['擅自设摊经营', 'street_appearance'],
    ['餐饮服务单位油烟直排', 'ecology'],
    ['未按规定分类投放生活垃圾', 'household_waste'],
    ['擅自搭建建筑物', 'illegal_construction'],
    ['施工工地未设置围挡', 'construction_site'],
    ['房地产经纪机构未备案', 'housing_market'],
    ['其他违法行为', null],
  ])('%s → %s', (violation, domain) => expect(guessDomain(violation, baseline)).toBe(domain))
})
