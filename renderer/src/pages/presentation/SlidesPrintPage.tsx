import { Result } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { scopeParam } from '../../../../shared/domain/statistics/scope-param'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PrintPage, PrintPreview } from '../../print'
import { MediumContext } from './slides/medium'
import { SlideView } from './SlideView'
import { useDeck } from './useDeck'
import { useDeckSource } from './useDeckSource'
import './presentation.css'

/** The same slides on paper: one per landscape A4 page, charts as SVG, crops drawn sharper. */
export function SlidesPrintPage({ scope, masked }: { scope: StatisticsScope | null; masked: boolean }) {
  const { t } = useTranslation()
  const { source, error, reload } = useDeckSource(scope)
  const deck = useDeck(source, scope, masked)
  if (!scope) return <Result status="warning" title={t('presentation.noScope')} />
  if (error) return <ErrorResult error={error} onRetry={reload} />
  const title = deck ? t('presentation.print.title', { scope: deck.scopeLabel }) : t('presentation.enter')
  const total = deck?.slides.length ?? 0
  return (
    <PrintPreview
      title={title}
      fileName={title}
      landscape
      ready={deck !== null}
      status={deck ? t('presentation.print.pages', { count: total }) : undefined}
      fallbackPath={`/present?scope=${scopeParam(scope)}`}
    >
      <MediumContext.Provider value="print">
        {deck ? (
          deck.slides.map((slide, i) => (
            <PrintPage key={i} className="slide-print-page" testId="slide-print-page">
              <div className="slide-print-box">
                <div className="slide-print-scale">
                  <SlideView slide={slide} masked={masked} meta={{ issuingUnit: deck.issuingUnit, scopeLabel: deck.scopeLabel, number: i + 1, total }} />
                </div>
              </div>
            </PrintPage>
          ))
        ) : (
          <CenteredSpin />
        )}
      </MediumContext.Provider>
    </PrintPreview>
  )
}
