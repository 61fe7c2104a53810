import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { detailRegion } from './detail'
import type { Layout } from './geometry'
import { PageSlot, type PageMarks } from './PageSlot'
import type { RenderQueue } from './renderQueue'
import type { Source } from './useDocumentSource'

/** Pages painted above and below the ones on screen. */
const PAINT_MARGIN = 2

interface PageColumnProps {
  layout: Layout
  source: Source
  queue: RenderQueue
  view: { first: number; last: number; current: number }
  scroll: { top: number; left: number }
  frameSize: { width: number; height: number }
  marks: Map<number, PageMarks>
  capturing: boolean
  onCapture?: (page: number, rect: EvidenceRect) => void
  onDismissEvidence: () => void
  imageAlt: string
}

/** Every page in its slot; only those on screen (± 2) painted, a zoomed-in PDF page sharpened where it shows. */
export function PageColumn({ layout, source, queue, view, scroll, frameSize, marks, capturing, onCapture, onDismissEvidence, imageAlt }: PageColumnProps) {
  const paintFrom = Math.max(1, view.first - PAINT_MARGIN)
  const paintTo = Math.min(layout.slots.length, view.last + PAINT_MARGIN)
  const dpr = window.devicePixelRatio || 1
  return (
    <div className="viewer-pages" style={{ width: layout.width, height: layout.height }}>
      {layout.slots.map((slot, i) => {
        const n = i + 1
        const painted = n >= paintFrom && n <= paintTo
        return (
          <PageSlot
            key={n}
            pageNumber={n}
            slot={slot}
            source={source}
            queue={queue}
            painted={painted}
            visible={n >= view.first && n <= view.last}
            current={n === view.current}
            detail={painted && source.kind === 'pdf' ? detailRegion(slot, scroll, frameSize, dpr) : null}
            marks={marks.get(n)}
            capturing={capturing}
            onCapture={onCapture}
            onDismissEvidence={onDismissEvidence}
            imageAlt={imageAlt}
          />
        )
      })}
    </div>
  )
}
