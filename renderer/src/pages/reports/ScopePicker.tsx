import { Flex, Segmented, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../api'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { PERIOD_KINDS, periodsPerYear, type PeriodKind } from '../../../../shared/domain/statistics/period'

type Campaign = MethodOutput<'campaigns.list'>[number]
type PeriodScope = Extract<StatisticsScope, { kind: 'period' }>

/** The label of period number `index` of a kind: 3月, 第2季度, 上半年, 全年. */
export function usePeriodLabel() {
  const { t } = useTranslation()
  return (kind: PeriodKind, index: number) =>
    kind === 'half' ? t(index === 1 ? 'statistics.indexOption.half' : 'statistics.indexOption.half2') : t(`statistics.indexOption.${kind}`, { index })
}

interface Props {
  scope: StatisticsScope
  campaigns: Campaign[]
  lastPeriod: PeriodScope
  onChange: (scope: StatisticsScope) => void
}

/** Choose a campaign, or a month, quarter, half-year or year. */
export function ScopePicker({ scope, campaigns, lastPeriod, onChange }: Props) {
  const { t } = useTranslation()
  const periodLabel = usePeriodLabel()
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i)
  const period = scope.kind === 'period' ? scope : lastPeriod
  const setPeriod = (next: Partial<PeriodScope>) => {
    const merged = { ...period, ...next }
    onChange({ ...merged, index: Math.min(merged.index, periodsPerYear(merged.period)) })
  }
  return (
    <Flex gap={8} wrap align="center">
      <Segmented
        data-testid="stats-mode"
        value={scope.kind}
        options={[
          { value: 'campaign', label: t('statistics.byCampaign'), disabled: campaigns.length === 0 },
          { value: 'period', label: t('statistics.byPeriod') },
        ]}
        onChange={(kind) => (kind === 'period' ? onChange(period) : campaigns[0] && onChange({ kind: 'campaign', campaignId: campaigns[0].id }))}
      />
      {scope.kind === 'campaign' ? (
        <Select
          data-testid="stats-campaign"
          style={{ width: 280 }}
          aria-label={t('statistics.campaign')}
          value={scope.campaignId}
          options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(campaignId: number) => onChange({ kind: 'campaign', campaignId })}
        />
      ) : (
        <>
          <Select
            data-testid="stats-period-kind"
            style={{ width: 100 }}
            aria-label={t('statistics.periodKind')}
            value={period.period}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`statistics.periodKinds.${k}`) }))}
            onChange={(kind: PeriodKind) => setPeriod({ period: kind })}
          />
          <Select
            data-testid="stats-year"
            style={{ width: 100 }}
            aria-label={t('statistics.year')}
            value={period.year}
            options={years.map((y) => ({ value: y, label: t('statistics.yearOption', { year: y }) }))}
            onChange={(year: number) => setPeriod({ year })}
          />
          {period.period !== 'year' && (
            <Select
              data-testid="stats-period-index"
              style={{ width: 120 }}
              value={period.index}
              options={Array.from({ length: periodsPerYear(period.period) }, (_, i) => ({ value: i + 1, label: periodLabel(period.period, i + 1) }))}
              onChange={(index: number) => setPeriod({ index })}
            />
          )}
        </>
      )}
    </Flex>
  )
}
