import { describe, expect, it } from 'vitest'
import { randomDataKey } from '../../electron/backend/services/keys/data-key'
import { isSealedText, openText, queryTokens, searchTokens, sealText } from '../../electron/backend/services/keys/sealed-text'

const key = randomDataKey()
const matches = (stored: string, query: string, k = key) => queryTokens(k, query).every((t) => stored.includes(t))

describe('sealed personal text', () => {
  it('seals text so that only the key opens it, with a fresh nonce each time', () => {
    for (const name of ['张三', '上海某某渣土运输有限公司', '', '𠮷野家（个体）', 'x'.repeat(200)]) {
      const sealed = sealText(key, name)
      expect(isSealedText(sealed)).toBe(true)
      expect(sealed).not.toContain(name || '\u0000')
      expect(openText(key, sealed)).toBe(name)
    }
    expect(sealText(key, '张三')).not.toBe(sealText(key, '张三'))
  })

  it('returns a plain value as it is, and refuses an altered one or another key', () => {
    expect(openText(key, '张三')).toBe('张三')
    const sealed = sealText(key, '张三')
    const body = Buffer.from(sealed.slice(5), 'base64')
    body.writeUInt8(body.readUInt8(14) ^ 1, 14)
    expect(() => openText(key, `enc1:${body.toString('base64')}`)).toThrow(expect.objectContaining({ code: 'personal_data_unreadable' }))
    expect(() => openText(randomDataKey(), sealed)).toThrow(expect.objectContaining({ code: 'personal_data_unreadable' }))
    expect(() => openText(key, 'enc1:AAAA')).toThrow(expect.objectContaining({ code: 'personal_data_unreadable' }))
  })

  it('finds a name by any part of it, ignoring case, width and spaces, and not by characters out of order', () => {
    const stored = searchTokens(key, '上海ＡＢＣ 渣土运输有限公司')
    for (const part of ['上海', '渣土', '运输有限', 'abc', 'ＡＢＣ', 'c渣', '海', '上海abc渣土运输有限公司']) expect(matches(stored, part)).toBe(true)
    for (const other of ['海上', '渣运', '公司有限', '北京', 'abd']) expect(matches(stored, other)).toBe(false)
  })

  it('keys the tokens: one key’s tokens are another key’s noise, and no token is the text', () => {
    const stored = searchTokens(key, '张三丰')
    expect(matches(stored, '张三', randomDataKey())).toBe(false)
    expect(stored).not.toMatch(/[张三丰]/)
    // Each character and each pair once: 3 + 2.
    expect(stored.trim().split(' ')).toHaveLength(5)
    expect(searchTokens(key, '张三丰')).toBe(stored)
  })
})
