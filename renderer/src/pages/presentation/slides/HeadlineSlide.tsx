import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Slide } from '../../../../../shared/domain/presentation/deck'
import { change } from '../../../../../shared/domain/statistics/rates'
import { formatPoints } from '../../../format/points'
import { formatPercent } from '../../adjudication/format'
import { GRADE_COLORS, GRADES } from '../../reports/ReportCharts'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Headline = Extract<Slide, { kind: 'headline' }>

/** ▲ 3.5 in green when better, ▼ in red when worse (fewer vetoes is better). */
function Change({ current, previous, format, lowerIsBetter = false }: { current: number | null; previous: number | null | undefined; format: (n: number) => string; lowerIsBetter?: boolean }) {
  const { t } = useTranslation()
  if (previous === undefined) return null
  const d = change(current, previous)
  if (d === null) return null
  if (d === 0) return <div className="slide-change">{t('statistics.changeSame')}</div>
  const better = lowerIsBetter ? d < 0 : d > 0
  return (
    <div className={better ? 'slide-change slide-better' : 'slide-change slide-worse'} data-testid="slide-change">
      {d > 0 ? '▲' : '▼'} {d > 0 ? t('statistics.changeUp', { value: format(d) }) : t('statistics.changeDown', { value: `−${format(-d)}` })}
    </div>
  )
}

function Figure({ label, value, unit, footer, testId }: { label: string; value: string; unit?: string; footer: ReactNode; testId: string }) {
  return (
    <div className="slide-figure" data-testid={testId}>
      <div className="slide-figure-label">{label}</div>
      <div className="slide-figure-value">
        {value}
        {unit && <span className="slide-figure-unit">{unit}</span>}
      </div>
      {footer}
    </div>
  )
}

/** A share as the figure's number with a smaller % beside it, so five fit across the slide. */
const percent = (share: number | null) => (share === null ? { value: '—' } : { value: formatPercent(share).replace(/%$/, ''), unit: '%' })

/** The headline figures as big numbers, each with its change from the previous period. */
export function HeadlineSlide({ slide, meta }: { slide: Headline; meta: SlideMeta }) {
  const { t } = useTranslation()
  const { current: c, previous } = slide
  const p = previous ?? undefined
  const pct = (n: number) => formatPercent(n)
  const waiting = c.open + c.awaitingAdjudication
  const caption = previous && slide.previousLabel ? t('presentation.headline.comparedWith', { label: slide.previousLabel }) : t('presentation.headline.noPrevious')
  return (
    <SlideFrame meta={meta} kind="headline" title={t('presentation.headline.title')} caption={caption}>
      {c.evaluated === 0 ? (
        <div className="slide-empty">{t('presentation.headline.noData')}</div>
      ) : (
        <div className="slide-headline">
          <div className="slide-figures">
            <Figure
              testId="slide-evaluated"
              label={t('presentation.headline.evaluated')}
              value={String(c.evaluated)}
              unit={t('presentation.headline.casesUnit')}
              footer={<Change current={c.evaluated} previous={p?.evaluated} format={String} />}
            />
            <Figure testId="slide-average" label={t('statistics.average')} value={formatPoints(c.average)} footer={<Change current={c.average} previous={p?.average} format={formatPoints} />} />
            <Figure testId="slide-excellent-good" label={t('statistics.excellentGoodRate')} {...percent(c.excellentGoodRate)} footer={<Change current={c.excellentGoodRate} previous={p?.excellentGoodRate} format={pct} />} />
            <Figure testId="slide-pass" label={t('statistics.passRate')} {...percent(c.passRate)} footer={<Change current={c.passRate} previous={p?.passRate} format={pct} />} />
            <Figure
              testId="slide-vetoed"
              label={t('statistics.vetoed')}
              value={String(c.vetoed)}
              unit={t('presentation.headline.casesUnit')}
              footer={<Change current={c.vetoed} previous={p?.vetoed} format={String} lowerIsBetter />}
            />
          </div>
          <div className="slide-grades">
            <div className="slide-grades-title">{t('statistics.gradeDistribution')}</div>
            <div className="slide-grades-bar">
              {GRADES.filter((g) => c.grades[g] > 0).map((g) => (
                <div key={g} style={{ flexGrow: c.grades[g], background: GRADE_COLORS[g] }}>
                  {t(`statistics.${g}`)} {c.grades[g]}
                </div>
              ))}
            </div>
            <div className="slide-note">
              {c.closed === null
                ? t('presentation.headline.samplingNoClosed', { sampled: c.sampled })
                : t('presentation.headline.sampling', { sampled: c.sampled, closed: c.closed, rate: formatPercent(c.samplingRate) })}
              {waiting > 0 && <> · {t('presentation.headline.open', { count: waiting })}</>}
            </div>
          </div>
        </div>
      )}
    </SlideFrame>
  )
}
