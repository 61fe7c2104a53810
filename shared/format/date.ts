import type { Locale } from '../contract/workspace'

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A YYYY-MM-DD date as prose: 2023年10月9日, or 9 Oct 2023 (day-month order is ambiguous in numbers). */
export function longDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return locale === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`
}

/** The date in this computer's time zone (the bureau's), as YYYY-MM-DD: of an instant, or of a stored UTC timestamp. */
export function localIsoDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** An instant in this computer's time zone to the minute, as YYYY-MM-DD HH:mm. */
export function localMinute(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at
  return `${localIsoDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
