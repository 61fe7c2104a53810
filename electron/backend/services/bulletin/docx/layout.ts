/**
 * GB/T 9704-2012 page geometry in twips (1/20 pt): A4, margins 37 / 35 / 28 / 26 mm, a text
 * area of 22 lines of 28 characters in 3号 (16 pt) type.
 */
const mm = (v: number) => Math.round((v * 1440) / 25.4)

export const PAGE = { width: 11906, height: 16838 }
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) }
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right

export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28
/** Exact line pitch: 22 lines fill the 225 mm text area (28.95 pt). */
export const LINE = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES_PER_PAGE)

/** Font sizes in half-points, by what they set; the standard names them 小初, 二号, 三号, 四号, 小四, 五号. */
export const SIZE = { mark: 72, title: 44, body: 32, pageNumber: 28, table: 24, tableHeader: 21 } as const
export const BODY_SIZE = SIZE.body

/**
 * Tracking of body text in twips: 28 characters of 16 pt need 448 pt, the text area is 442 pt
 * wide, so each character gives up a quarter point. (A character grid would do the same in Word,
 * but LibreOffice spreads 16 pt text over two cells of a 15.8 pt grid.)
 */
export const BODY_TRACKING = -5
/** Width of one character of body text as set. */
export const CHAR = BODY_SIZE * 10 + BODY_TRACKING

/** Indent of the first line of a body paragraph: two characters. */
export const FIRST_LINE = { firstLineChars: 200, firstLine: Math.round(2 * CHAR) }

/** How many character cells a text takes: a Chinese character one, a Latin letter or digit half. */
export function textCells(text: string): number {
  let cells = 0
  for (const ch of text) cells += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5
  return cells
}

/**
 * Where the 发文机关署名 and the 成文日期 begin, in character cells from the left of the text
 * area (GB/T 9704 7.3.5.2, without a seal): the signature ends two cells from the right, the
 * date begins two cells right of the signature; a date too long for that ends two cells from
 * the right and the signature moves left with it. Placed by their first characters, the two
 * lines keep that offset whatever widths a substitute font gives to digits.
 */
export function signatureIndents(unit: string, date: string): { unit: number; date: number } {
  const u = textCells(unit)
  const d = textCells(date)
  const dateRight = Math.max(2, u - d)
  // A signature longer than the line allows starts at the left margin.
  const unitLeft = Math.max(0, CHARS_PER_LINE - (dateRight + d + 2))
  return { unit: unitLeft, date: unitLeft + 2 }
}
