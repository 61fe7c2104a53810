import { useTranslation } from 'react-i18next'
import type { Rectification, Slide } from '../../../../../shared/domain/presentation/deck'
import { formatLongDate } from '../../../format/date'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Rectifications = Extract<Slide, { kind: 'rectification' }>

function SquadCard({ row }: { row: Rectification }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="slide-card" data-testid="slide-rectification-squad">
      <h2 className="slide-card-title">{row.squadName}</h2>
      {row.text !== null ? (
        <>
          <p className="slide-card-text">{row.text}</p>
          {row.deadline && <div className="slide-card-deadline">{t('presentation.rectification.deadline', { date: formatLongDate(row.deadline) })}</div>}
        </>
      ) : (
        <ol className="slide-card-list">
          {row.problems.map((p) => (
            <li key={p.itemId}>
              {t('presentation.rectification.problem', { title: `${p.itemId} ${i18n.language === 'en' ? p.titleEn : p.title}`, cases: p.cases })}
              {p.repeat && <span className="slide-tag slide-tag-repeat">{t('presentation.rectification.repeat')}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

/** 整改要求 per squad: the bulletin's words when a draft is saved, else each squad's main problems. */
export function RectificationSlide({ slide, meta }: { slide: Rectifications; meta: SlideMeta }) {
  const { t } = useTranslation()
  const title = slide.parts > 1 ? t('presentation.rectification.titlePart', { part: slide.part, parts: slide.parts }) : t('presentation.rectification.title')
  const caption = t(slide.source === 'bulletin' ? 'presentation.rectification.fromBulletin' : 'presentation.rectification.fromReport')
  return (
    <SlideFrame meta={meta} kind="rectification" title={title} caption={caption}>
      <div className={slide.squads.length > 2 ? 'slide-cards slide-cards-4' : 'slide-cards'} data-source={slide.source}>
        {slide.squads.map((row) => (
          <SquadCard key={row.squadName} row={row} />
        ))}
      </div>
    </SlideFrame>
  )
}
