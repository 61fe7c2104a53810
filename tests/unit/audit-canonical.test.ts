import { describe, expect, it } from 'vitest'
import { canonicalHash, canonicalJson, wellFormed } from '../../electron/backend/services/audit/canonical'
import { isWellFormed } from '../../shared/contract/common'

describe('canonical JSON for audit hashes', () => {
  it.each([
    ['keys in any order', { b: 1, a: { d: [1, 2], c: 'x' } }, { a: { c: 'x', d: [1, 2] }, b: 1 }],
    ['undefined members left out', { a: 1, b: undefined }, { a: 1 }],
    ['a lone surrogate as SQLite stores it', { reason: '证据\uD800不足' }, { reason: '证据\uFFFD不足' }],
    ['a lone low surrogate too', ['\uDC00x'], ['\uFFFDx']],
    ['a REAL as SQLite JSON prints it (15 digits)', { x: 0.1 + 0.02 }, { x: 0.12 }],
    ['negative zero as zero', { n: -0 }, { n: 0 }],
  ])('hashes %s the same', (_, a, b) => {
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalHash(a)).toBe(canonicalHash(b))
  })

  it.each([
    ['a different value', { a: 1 }, { a: 2 }],
    ['a number and its text', { a: 1 }, { a: '1' }],
    ['null and an empty list', null, []],
    ['a character beyond the BMP and its replacement', ['😀'], ['\uFFFD\uFFFD']],
  ])('tells apart %s', (_, a, b) => {
    expect(canonicalHash(a)).not.toBe(canonicalHash(b))
  })

  it('keeps surrogate pairs and hashes UTF-8', () => {
    expect(wellFormed('当事人😀')).toBe('当事人😀')
    expect(canonicalJson({ z: '😀', a: [true, null] })).toBe('{"a":[true,null],"z":"😀"}')
    expect(canonicalHash('')).toBe('12ae32cb1ec02d01eda3581b127c1fee3b0dc53572ed6baf239721a03d82e126') // sha256 of `""`
  })

  it('the contract tells lone surrogates from whole characters', () => {
    expect(isWellFormed('当事人😀')).toBe(true)
    expect(isWellFormed('当事人\uD83D')).toBe(false)
    expect(isWellFormed('\uDE00当事人')).toBe(false)
  })
})
