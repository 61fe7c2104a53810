import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** What every slide's footer says: who speaks, about what, and where in the deck this is. */
export interface SlideMeta {
  issuingUnit: string
  scopeLabel: string
  number: number
  total: number
}

/** A content slide: its title on top, the body filling the 16:9 page, the footer with the counter. */
export function SlideFrame({ meta, title, caption, kind, children }: { meta: SlideMeta; title: string; caption?: string; kind: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <section className="slide slide-content" data-testid="slide" data-kind={kind}>
      <header className="slide-head">
        <h1 className="slide-title" data-testid="slide-title">
          {title}
        </h1>
        {caption && <div className="slide-caption">{caption}</div>}
      </header>
      <div className="slide-body">{children}</div>
      <SlideFooter meta={meta} label={`${meta.issuingUnit} · ${meta.scopeLabel}`} counter={t('presentation.counter', { current: meta.number, total: meta.total })} />
    </section>
  )
}

export function SlideFooter({ meta, label, counter }: { meta: SlideMeta; label: string; counter: string }) {
  return (
    <footer className="slide-foot">
      <span>{label}</span>
      <span data-testid="slide-counter" data-current={meta.number} data-total={meta.total}>
        {counter}
      </span>
    </footer>
  )
}
