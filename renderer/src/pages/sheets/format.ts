import dayjs from 'dayjs'
import { longDate } from '../../../../shared/format/date'
import type { Locale } from '../../../../shared/contract/workspace'

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 12 → 十二, 23 → 二十三: how a Chinese form numbers its parts. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS.charAt(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${ones ? DIGITS.charAt(ones) : ''}`
}

/** A stored timestamp as the local day in prose: 2023年3月24日. */
export function localLongDate(timestamp: string | null | undefined, locale: Locale): string {
  return timestamp ? longDate(dayjs(timestamp).format('YYYY-MM-DD'), locale) : ''
}
