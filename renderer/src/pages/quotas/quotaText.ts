import i18n from 'i18next'
import type { QuotaFigure, QuotaKey } from '../../../../shared/contract/quotas'
import { QUOTA_LABELS } from '../../../../shared/i18n/quota-labels'

const labels = () => QUOTA_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN']

/** A figure's name, as the workbook for the year-end report also words it. */
export const figureName = (key: QuotaKey): string => labels().figures[key]

/** "20 / 240，目标 24，尚差 4": the figure in one line. */
export const figureLine = (f: QuotaFigure): string => labels().cell(f)

export const periodName = (year: number, quarter: number | null): string => labels().period(year, quarter)
