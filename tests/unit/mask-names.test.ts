import { describe, expect, it } from 'vitest'
import { maskName, maskNamesIn } from '../../shared/domain/privacy/mask-names'

describe('masking names for an audience beyond the section', () => {
  it.each([
    ['张三', '张**'],
    ['张三丰', '张**'],
    ['  李娜 ', '李**'],
    ['欧阳修远', '欧阳**'],
    ['司马光', '司马**'],
    // Two characters with a compound-looking start are a surname and a given name.
    ['欧阳', '欧**'],
    ['王', '*'],
    ['', ''],
    ['上海恒达商贸有限公司', '上海**有限公司'],
    ['上海恒达建设集团有限公司', '上海**有限公司'],
    ['青浦区老王烧烤店', '青浦**店'],
    ['宏通物流股份有限公司', '宏**股份有限公司'],
    ['好运便利店', '好**店'],
    ['John Smith', 'J**'],
    ['阿卜杜·热合曼依明', '阿**'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })

  it('never keeps the given name of a person', () => {
    for (const name of ['赵一', '钱二三', '孙小美', '诸葛亮']) expect(maskName(name).slice(1)).not.toContain(name.slice(-1))
  })

  it('masks the names wherever they occur in free text, longest first, once', () => {
    const text = '当事人张三丰与上海恒达商贸有限公司的询问笔录未由张三丰签名；执法人员李娜、张三未出示证件。'
    expect(maskNamesIn(text, ['张三', '张三丰', '上海恒达商贸有限公司', '李娜'])).toBe(
      '当事人张**与上海**有限公司的询问笔录未由张**签名；执法人员李**、张**未出示证件。',
    )
  })

  it('leaves text without the names, and ignores one-character and regex-like names', () => {
    expect(maskNamesIn('笔录未签名', ['张三'])).toBe('笔录未签名')
    expect(maskNamesIn('王某某未签名', ['王'])).toBe('王某某未签名')
    expect(maskNamesIn('a.b(c) 与 abc', ['a.b(c)'])).toBe('a** 与 abc')
    expect(maskNamesIn('', ['张三'])).toBe('')
  })
})
