import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { deckOf, type Slide } from '../../../../shared/domain/presentation/deck'
import { previousPeriod, type Period } from '../../../../shared/domain/statistics/period'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'
import { toIsoDate } from '../../format/date'
import dayjs from 'dayjs'
import type { DeckSource } from './useDeckSource'

/** 2023年12月, 2023年第4季度, 2023年上半年, 2023年度. */
export function periodLabel(t: TFunction, p: Period): string {
  const key = p.kind === 'half' && p.index === 2 ? 'half2' : p.kind
  return t(`presentation.period.${key}`, { year: p.year, index: p.index })
}

export interface Deck {
  slides: Slide[]
  scopeLabel: string
  issuingUnit: string
}

/** The slides of a scope in the UI language, masked when asked. */
export function useDeck(source: DeckSource | undefined, scope: StatisticsScope | null, masked: boolean): Deck | null {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  return useMemo(() => {
    if (!source || !scope) return null
    const { report } = source
    const period = scope.kind === 'period' ? { kind: scope.period, year: scope.year, index: scope.index } : null
    const scopeLabel = period ? periodLabel(t, period) : report.scope.label
    const previousLabel = !report.previous ? null : period ? periodLabel(t, previousPeriod(period)) : report.previous.label
    // As the workbook does: the section that runs the evaluation, until an issuing unit is set.
    const issuingUnit = source.issuingUnit?.trim() || EXPORT_LABELS[en ? 'en' : 'zh-CN'].summary.defaultUnit
    const slides = deckOf(
      {
        report,
        scopeLabel,
        previousLabel,
        issuingUnit,
        date: toIsoDate(dayjs())!,
        typical: source.typical,
        rubrics: source.rubrics,
        bulletinRectification: source.bulletinRectification,
      },
      { masked },
    )
    return { slides, scopeLabel, issuingUnit }
  }, [source, scope, masked, t, en])
}
