/**
 * Chinese numerals as statutes and decisions write them (第二十五条, 第一百零三条, 第（一）项), and
 * Arabic digits (ASCII or full-width, as OCR and word processors produce them). 0–9999 is enough
 * for article, paragraph and item numbers.
 */

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const DIGIT_CHARS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const UNITS: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']]

/** Characters a Chinese numeral may contain; for building scanners. */
export const CHINESE_NUMERAL_CHARS = '〇零一二三四五六七八九十百千两'

/** Full-width digits ０–９ to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
}

/** A Chinese numeral (十一, 二十五, 一百零三, 两百, 二〇一九) to an integer; null when malformed. */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim()
  if (s === '') return null
  const chars = [...s]

  // Without unit characters the digits are read one by one, as in years (二〇一九).
  if (!chars.some((c) => c in UNIT_VALUES)) {
    let value = 0
    for (const c of chars) {
      const d = DIGIT_VALUES[c]
      if (d === undefined) return null
      value = value * 10 + d
    }
    return value
  }

  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  let zeroSinceUnit = false
  for (const c of chars) {
    const d = DIGIT_VALUES[c]
    const unit = UNIT_VALUES[c]
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== null) return null
        zeroSinceUnit = true
        continue
      }
      if (digit !== null) return null
      digit = d
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null
      // 十 alone means 一十 (十一 = 11, 一百十 = 110, 一千零十 = 1010).
      if (digit === null) {
        if (unit !== 10) return null
        digit = 1
      }
      total += digit * unit
      digit = null
      lastUnit = unit
      zeroSinceUnit = false
    } else {
      return null
    }
  }
  if (digit !== null) {
    // 一百三 is the spoken short form of 一百三十; 一百零三 keeps the digit as units.
    total += lastUnit > 10 && !zeroSinceUnit ? digit * (lastUnit / 10) : digit
  }
  return total
}

/** A Chinese or Arabic (ASCII / full-width) numeral to an integer; null when malformed. */
export function parseNumeral(text: string): number | null {
  const s = toAsciiDigits(text.trim())
  if (/^[0-9]+$/.test(s)) return Number.parseInt(s, 10)
  return parseChineseNumeral(s)
}

/** An integer 0–9999 as statutes write it: 十一, 一百一十, 一百零三, 〇. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cannot write ${n} as a Chinese numeral`)
  if (n === 0) return '〇'
  let out = ''
  let pendingZero = false
  for (const [unit, unitChar] of UNITS) {
    const d = Math.floor(n / unit) % 10
    if (d === 0) {
      if (out !== '') pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    // 10–19 are written 十, 十一 … not 一十一.
    out += unit === 10 && d === 1 && out === '' ? unitChar : DIGIT_CHARS[d] + unitChar
  }
  return out
}
