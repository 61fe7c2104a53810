import type { Locale } from '../contract/workspace'

/** Where in a sheet a problem is: 第5行「罚款上限（元）」 / row 5, "Fine maximum (yuan)". */
export function sheetPlace(row: number | null, column: string | null, locale: Locale): string {
  if (locale === 'en') {
    const parts = [row === null ? null : `row ${row}`, column === null ? null : `“${column}”`].filter(Boolean)
    return parts.length ? `${parts.join(', ')}: ` : ''
  }
  return `${row === null ? '' : `第${row}行`}${column === null ? '' : `「${column}」`}${row === null && column === null ? '' : '：'}`
}

const SHOWN = 8

/** The first few problems, and how many more there are, as one line for an error message. */
export function joinProblems(texts: string[], locale: Locale): string {
  const unique = [...new Set(texts)]
  const shown = unique.slice(0, SHOWN).join(locale === 'en' ? '; ' : '；')
  const more = unique.length - SHOWN
  if (more <= 0) return shown
  return locale === 'en' ? `${shown}; and ${more} more` : `${shown}；另有${more}处`
}
