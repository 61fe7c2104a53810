import { useTranslation } from 'react-i18next'
import type { Slide } from '../../../../../shared/domain/presentation/deck'
import { formatLongDate } from '../../../format/date'
import { SlideFooter, type SlideMeta } from './SlideFrame'

type Title = Extract<Slide, { kind: 'title' }>
type Closing = Extract<Slide, { kind: 'closing' }>

/** The opening slide: the meeting, what it covers, who holds it and when. */
export function TitleSlide({ slide, meta }: { slide: Title; meta: SlideMeta }) {
  const { t } = useTranslation()
  return (
    <section className="slide slide-cover" data-testid="slide" data-kind="title">
      <div className="slide-cover-body">
        <div className="slide-cover-scope" data-testid="slide-scope">
          {slide.scopeLabel}
        </div>
        <h1 className="slide-cover-title" data-testid="slide-title">
          {t('presentation.meeting')}
        </h1>
        <div className="slide-cover-rule" />
        <div className="slide-cover-unit" data-testid="slide-unit">
          {slide.issuingUnit}
        </div>
        <div className="slide-cover-date">{formatLongDate(slide.date)}</div>
      </div>
      <SlideFooter meta={meta} label="" counter={t('presentation.counter', { current: meta.number, total: meta.total })} />
    </section>
  )
}

export function ClosingSlide({ slide, meta }: { slide: Closing; meta: SlideMeta }) {
  const { t } = useTranslation()
  return (
    <section className="slide slide-cover" data-testid="slide" data-kind="closing">
      <div className="slide-cover-body">
        <h1 className="slide-cover-title slide-cover-thanks" data-testid="slide-title">
          {t('presentation.closing.title')}
        </h1>
        <div className="slide-cover-rule" />
        <div className="slide-cover-unit">{t('presentation.closing.subtitle')}</div>
        <div className="slide-cover-date">
          {slide.issuingUnit} · {slide.scopeLabel}
        </div>
      </div>
      <SlideFooter meta={meta} label="" counter={t('presentation.counter', { current: meta.number, total: meta.total })} />
    </section>
  )
}
