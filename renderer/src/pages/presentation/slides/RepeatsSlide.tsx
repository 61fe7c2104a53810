import { useTranslation } from 'react-i18next'
import type { Slide } from '../../../../../shared/domain/presentation/deck'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Repeats = Extract<Slide, { kind: 'repeats' }>

/** 反复出现的问题: items deducted in three or more cases of one squad or officer. */
export function RepeatsSlide({ slide, meta }: { slide: Repeats; meta: SlideMeta }) {
  const { t, i18n } = useTranslation()
  return (
    <SlideFrame meta={meta} kind="repeats" title={t('presentation.repeats.title')} caption={t('presentation.repeats.caption')}>
      <table className="slide-table slide-table-wide" data-testid="slide-repeats-table">
        <thead>
          <tr>
            <th>{t('statistics.by')}</th>
            <th>{t('statistics.owner')}</th>
            <th>{t('statistics.item')}</th>
            <th className="num">{t('statistics.cases')}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((r) => (
            <tr key={`${r.by}/${r.ownerId}/${r.rubricId}/${r.itemId}`}>
              <td>
                <span className={r.by === 'squad' ? 'slide-tag slide-tag-squad' : 'slide-tag slide-tag-officer'}>{t(r.by === 'squad' ? 'statistics.bySquad' : 'statistics.byOfficer')}</span>
              </td>
              <td data-testid="slide-repeat-owner">{r.ownerName}</td>
              <td>
                {r.itemId} {i18n.language === 'en' ? r.titleEn : r.title}
              </td>
              <td className="num strong">{r.cases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SlideFrame>
  )
}
