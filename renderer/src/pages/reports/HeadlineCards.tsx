import { Card, Statistic, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatisticsHeadline } from '../../../../shared/contract/statistics'
import { change } from '../../../../shared/domain/statistics/rates'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'

/** "较上期 +3.5" in green when better, red when worse (lower is better for vetoes). */
function Change({ current, previous, format, lowerIsBetter = false, testId }: { current: number | null; previous: number | null | undefined; format: (n: number) => string; lowerIsBetter?: boolean; testId: string }) {
  const { t } = useTranslation()
  const d = change(current, previous)
  if (d === null) return <Typography.Text type="secondary" data-testid={testId}>{t('statistics.changeNone')}</Typography.Text>
  if (d === 0) return <Typography.Text type="secondary" data-testid={testId}>{t('statistics.changeSame')}</Typography.Text>
  const better = lowerIsBetter ? d < 0 : d > 0
  return (
    <Typography.Text type={better ? 'success' : 'danger'} data-testid={testId}>
      {d > 0 ? t('statistics.changeUp', { value: format(d) }) : t('statistics.changeDown', { value: `−${format(-d)}` })}
    </Typography.Text>
  )
}

function Figure({ testId, title, value, footer, wide = false }: { testId: string; title: string; value: ReactNode; footer: ReactNode; wide?: boolean }) {
  return (
    <Card size="small" data-testid={testId} className={wide ? 'stats-figure stats-figure-wide' : 'stats-figure'}>
      <Statistic title={title} valueRender={() => <span data-testid={`${testId}-value`}>{value}</span>} />
      <div className="stats-figure-footer">{footer}</div>
    </Card>
  )
}

/** The headline figures, each with its change from the previous period or campaign. */
export function HeadlineCards({ current, previous: before }: { current: StatisticsHeadline; previous: StatisticsHeadline | null }) {
  const { t } = useTranslation()
  // A previous period with nothing evaluated has no figures to compare with, not zeros.
  const previous = before && before.evaluated > 0 ? before : null
  const count = (n: number) => String(n)
  const pct = (n: number) => formatPercent(n)
  return (
    <div className="stats-headline" data-testid="stats-headline">
      <Figure
        wide
        testId="stats-evaluated"
        title={t('statistics.evaluated')}
        value={current.evaluated}
        footer={
          <Typography.Text type="secondary">
            <div data-testid="stats-grades">{t('statistics.grades', current.grades)}</div>
            {current.closed === null
              ? t('statistics.evaluatedDetailNoClosed', { sampled: current.sampled })
              : t('statistics.evaluatedDetail', { sampled: current.sampled, closed: current.closed, rate: formatPercent(current.samplingRate) })}
          </Typography.Text>
        }
      />
      <Figure
        testId="stats-average"
        title={t('statistics.average')}
        value={formatPoints(current.average)}
        footer={<Change testId="stats-average-change" current={current.average} previous={previous?.average} format={formatPoints} />}
      />
      <Figure
        testId="stats-excellent-good"
        title={t('statistics.excellentGoodRate')}
        value={formatPercent(current.excellentGoodRate)}
        footer={<Change testId="stats-excellent-good-change" current={current.excellentGoodRate} previous={previous?.excellentGoodRate} format={pct} />}
      />
      <Figure
        testId="stats-pass"
        title={t('statistics.passRate')}
        value={formatPercent(current.passRate)}
        footer={<Change testId="stats-pass-change" current={current.passRate} previous={previous?.passRate} format={pct} />}
      />
      <Figure
        testId="stats-vetoed"
        title={t('statistics.vetoed')}
        value={current.vetoed}
        footer={<Change testId="stats-vetoed-change" current={current.vetoed} previous={previous?.vetoed} format={count} lowerIsBetter />}
      />
    </div>
  )
}
