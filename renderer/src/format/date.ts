import dayjs from 'dayjs'
import i18n from '../i18n'
import { longDate } from '../../../shared/format/date'

export const ISO_DATE = 'YYYY-MM-DD'

/** Tables show dates as 2023-03-24. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—'
}

/** Prose shows 2023年3月24日 (24 Mar 2023 in English), as the finding messages do. */
export function formatLongDate(iso: string | null | undefined): string {
  return iso ? longDate(iso, i18n.language === 'en' ? 'en' : 'zh-CN') : '—'
}

export function formatDateTime(timestamp: string | null | undefined): string {
  return timestamp ? dayjs(timestamp).format('YYYY-MM-DD HH:mm') : '—'
}

export function formatTime(date: Date): string {
  return dayjs(date).format('HH:mm:ss')
}

export function toIsoDate(value: dayjs.Dayjs | null | undefined): string | null {
  return value ? value.format(ISO_DATE) : null
}

export function fromIsoDate(iso: string | null | undefined): dayjs.Dayjs | null {
  return iso ? dayjs(iso) : null
}
