import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Slide } from '../../../../../shared/domain/presentation/deck'
import { formatPoints } from '../../../format/points'
import { formatPercent } from '../../adjudication/format'
import { squadChartOption } from '../../reports/ReportCharts'
import { SLIDE_CHART_SCALE } from './medium'
import { SlideChart } from './SlideChart'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Squads = Extract<Slide, { kind: 'squads' }>

function RankMove({ change }: { change: number | null }) {
  const { t } = useTranslation()
  if (change === null) return <span className="slide-muted">{t('statistics.newEntry')}</span>
  if (change === 0) return <span className="slide-muted">—</span>
  return change > 0 ? <span className="slide-better">▲ {change}</span> : <span className="slide-worse">▼ {-change}</span>
}

/** 中队排名: every squad's average as a bar against the overall average, beside the ranking table. */
export function SquadsSlide({ slide, meta }: { slide: Squads; meta: SlideMeta }) {
  const { t } = useTranslation()
  const option = useMemo(() => squadChartOption(slide.ranked, slide.average, t, SLIDE_CHART_SCALE), [slide.ranked, slide.average, t])
  const title = slide.parts > 1 ? t('presentation.squads.titlePart', { part: slide.part, parts: slide.parts }) : t('presentation.squads.title')
  return (
    <SlideFrame meta={meta} kind="squads" title={title} caption={t('presentation.squads.averageLine')}>
      <div className="slide-split">
        <div className="slide-split-chart">
          <SlideChart testId="slide-squads-chart" option={option} height={760} />
        </div>
        <table className="slide-table" data-testid="slide-squads-table">
          <thead>
            <tr>
              <th className="num">{t('statistics.rank')}</th>
              <th>{t('statistics.squad')}</th>
              <th className="num">{t('statistics.cases')}</th>
              <th className="num">{t('statistics.average')}</th>
              <th className="num">{t('statistics.passRate')}</th>
              <th className="num">{t('statistics.rankChange')}</th>
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((r) => (
              <tr key={r.squadId}>
                <td className="num">{r.rank}</td>
                <td>{r.squadName}</td>
                <td className="num">{r.cases}</td>
                <td className="num strong">{formatPoints(r.average)}</td>
                <td className="num">{formatPercent(r.passRate)}</td>
                <td className="num">
                  <RankMove change={r.rankChange} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SlideFrame>
  )
}
