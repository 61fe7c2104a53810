import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Slide } from '../../../../../shared/domain/presentation/deck'
import { EvidenceCrop } from '../../../components/EvidenceCrop'
import { usePrintPending } from '../../../print'
import { formatPoints } from '../../../format/points'
import { highlightOf, obscureOutside } from '../obscure'
import { useMedium } from './medium'
import { SlideFrame, type SlideMeta } from './SlideFrame'

type Typical = Extract<Slide, { kind: 'typical' }>

// The crop's box on the slide: the larger part of the page, so the page region reads from afar.
const CROP_WIDTH = 1060
const CROP_HEIGHT = 720

/**
 * The evidence, enlarged; on paper drawn sharper and waited for before printing. Masked, only the
 * pinned region stays legible: the scan itself may carry the names.
 */
function Evidence({ entry, masked }: { entry: Typical['entry']; masked: boolean }) {
  const { t } = useTranslation()
  const print = useMedium() === 'print'
  const figure = useRef<HTMLElement>(null)
  const [done, setDone] = useState(false)
  const [obscured, setObscured] = useState<'region' | 'page' | null>(null)
  usePrintPending(print && !done)
  const finished = (state: string) => {
    const crop = figure.current?.querySelector('.evidence-crop')
    const canvas = crop?.querySelector('canvas')
    if (masked && state === 'drawn' && crop && canvas) {
      const region = highlightOf(crop)
      obscureOutside(canvas, region)
      setObscured(region ? 'region' : 'page')
    }
    setDone(true)
  }
  const anchored = entry.page !== null && entry.documentId !== null
  return (
    <figure className="slide-evidence" ref={figure} data-obscured={obscured ? '1' : '0'}>
      <EvidenceCrop documentId={entry.documentId} page={entry.page} rect={entry.rect} width={CROP_WIDTH} maxHeight={CROP_HEIGHT} pixelRatio={print ? 2 : undefined} onDone={finished} />
      <figcaption className="slide-note">
        {anchored ? t('presentation.typical.page', { page: entry.page }) : t('presentation.typical.noEvidence')}
        {obscured && ` · ${t(obscured === 'region' ? 'presentation.typical.obscured' : 'presentation.typical.obscuredPage')}`}
      </figcaption>
    </figure>
  )
}

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="slide-field">
      <span className="slide-field-label">{label}</span>
      <span className="slide-field-value" data-testid={testId}>
        {value}
      </span>
    </div>
  )
}

/** One typical case: the evidence crop enlarged, the case and the rubric item beside it. */
export function TypicalSlide({ slide, meta, masked }: { slide: Typical; meta: SlideMeta; masked: boolean }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const { entry, item } = slide
  const veto = entry.target === 'veto'
  return (
    <SlideFrame meta={meta} kind="typical" title={t('presentation.typical.title', { number: slide.number, count: slide.count })}>
      <div className="slide-typical">
        <Evidence entry={entry} masked={masked} />
        <div className="slide-typical-side">
          <span className={entry.kind === 'bad' ? 'slide-tag slide-tag-bad' : 'slide-tag slide-tag-good'} data-testid="slide-typical-kind">
            {t(entry.kind === 'bad' ? 'presentation.typical.bad' : 'presentation.typical.good')}
          </span>
          <Field label={t('presentation.typical.caseNumber')} value={entry.caseNumber} testId="slide-case-number" />
          <Field label={t('presentation.typical.party')} value={entry.party} testId="slide-party" />
          <Field label={t('presentation.typical.squad')} value={entry.squadName} />
          {entry.officers.length > 0 && <Field label={t('presentation.typical.officers')} value={entry.officers.join('、')} testId="slide-officers" />}
          <div className={veto ? 'slide-item slide-item-veto' : 'slide-item'} data-testid="slide-item">
            <div className="slide-item-head">
              <span>
                {t(veto ? 'presentation.typical.veto' : 'presentation.typical.item')} {entry.itemId}
                {item?.sectionTitle && ` · ${en ? item.sectionTitleEn : item.sectionTitle}`}
              </span>
              <span className="slide-item-points">
                {veto ? t('presentation.typical.vetoed') : entry.points !== null && t('presentation.typical.deducted', { points: formatPoints(entry.points) })}
              </span>
            </div>
            <div className="slide-item-title">{en ? entry.titleEn : entry.title}</div>
            {item?.maxPoints != null && <div className="slide-muted">{t('presentation.typical.maxPoints', { points: formatPoints(item.maxPoints) })}</div>}
            {item && item.rules.length > 0 && (
              <ul className="slide-item-rules" aria-label={t('presentation.typical.rules')}>
                {item.rules.slice(0, 3).map((r) => (
                  <li key={r.label}>{t('presentation.typical.rule', { label: en ? r.labelEn : r.label, points: r.points })}</li>
                ))}
              </ul>
            )}
            {item?.article && <Field label={t('presentation.typical.article')} value={item.article} />}
          </div>
          {entry.reason && <Field label={t('presentation.typical.reason')} value={entry.reason} testId="slide-reason" />}
          {entry.note && <Field label={t('presentation.typical.note')} value={entry.note} testId="slide-note" />}
        </div>
      </div>
    </SlideFrame>
  )
}
