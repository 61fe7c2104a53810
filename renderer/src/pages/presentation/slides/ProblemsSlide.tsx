import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PARETO_ROWS, type Slide } from '../../../../../shared/domain/presentation/deck'
import { formatPoints } from '../../../format/points'
import { formatPercent } from '../../adjudication/format'
import { paretoOption } from '../../reports/ReportCharts'
import { SLIDE_CHART_SCALE } from './medium'
import { SlideChart } from './SlideChart'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Problems = Extract<Slide, { kind: 'problems' }>

/** 问题类别 as a Pareto chart beside the leading categories. */
export function ProblemsSlide({ slide, meta }: { slide: Problems; meta: SlideMeta }) {
  const { t } = useTranslation()
  const option = useMemo(() => paretoOption(slide.categories, t, SLIDE_CHART_SCALE), [slide.categories, t])
  const rows = slide.categories.slice(0, PARETO_ROWS)
  const more = slide.categories.length - rows.length
  return (
    <SlideFrame meta={meta} kind="problems" title={t('presentation.problems.title')} caption={t('presentation.problems.caption', { total: slide.total })}>
      <div className="slide-split">
        <div className="slide-split-chart">
          <SlideChart testId="slide-pareto-chart" option={option} height={760} />
        </div>
        <div>
          <table className="slide-table" data-testid="slide-problems-table">
            <thead>
              <tr>
                <th className="num">{t('statistics.rank')}</th>
                <th>{t('statistics.category')}</th>
                <th className="num">{t('statistics.cases')}</th>
                <th className="num">{t('statistics.share')}</th>
                <th className="num">{t('statistics.pointsLost')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.category}>
                  <td className="num">{i + 1}</td>
                  <td>{r.category}</td>
                  <td className="num strong">{r.cases}</td>
                  <td className="num">{formatPercent(r.share)}</td>
                  <td className="num">{formatPoints(r.pointsLost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more > 0 && <div className="slide-note">{t('presentation.problems.more', { count: more })}</div>}
        </div>
      </div>
    </SlideFrame>
  )
}
