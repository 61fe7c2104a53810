import { memo, useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { describePageError } from './errors'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { clampRect, rectFromShown, rectToShown, type Slot } from './geometry'
import { DetailCanvas, PageCanvas, type Region } from './PageCanvas'
import { PRIORITY, type RenderQueue } from './renderQueue'
import { TiffCanvas } from './tiff/TiffCanvas'
import type { Source } from './useDocumentSource'

export interface PageMarks {
  /** Find matches on this page (fractions of the unrotated page); `current` is the selected one. */
  hits: EvidenceRect[]
  current: EvidenceRect[]
  /** The evidence rectangle being pointed at, if it is on this page. */
  evidence: EvidenceRect | null
}

const NO_MARKS: PageMarks = { hits: [], current: [], evidence: null }

interface PageSlotProps {
  pageNumber: number
  slot: Slot
  source: Source
  queue: RenderQueue
  /** Paint the page (it is on screen or beside it). */
  painted: boolean
  visible: boolean
  current: boolean
  /** Part of the page on screen when it needs a sharp detail layer, else null. */
  detail: Region | null
  marks?: PageMarks
  capturing: boolean
  onCapture?: (page: number, rect: EvidenceRect) => void
  onDismissEvidence?: () => void
  imageAlt: string
}

/** A normalised rectangle on the unrotated page → CSS box on the page as shown. */
function boxStyle(rect: EvidenceRect, slot: Slot) {
  const r = rectToShown(rect, slot.rotation)
  return { left: r.x * slot.width, top: r.y * slot.height, width: r.w * slot.width, height: r.h * slot.height }
}

/** Lets the reviewer drag a rectangle over the page; reports it in unrotated fractions. */
function CaptureLayer({ pageNumber, slot, onCapture }: { pageNumber: number; slot: Slot; onCapture: (page: number, rect: EvidenceRect) => void }) {
  const start = useRef<{ x: number; y: number } | null>(null)
  const [band, setBand] = useState<{ x: number; y: number; w: number; h: number } | null>(null)
  const at = (e: ReactPointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    return { x: Math.min(box.width, Math.max(0, e.clientX - box.left)), y: Math.min(box.height, Math.max(0, e.clientY - box.top)) }
  }
  const bandFrom = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) })
  return (
    <div
      className="viewer-capture"
      data-testid="evidence-capture"
      onPointerDown={(e) => {
        if (e.button !== 0) return
        e.preventDefault()
        e.currentTarget.setPointerCapture(e.pointerId)
        start.current = at(e)
        setBand({ ...start.current, w: 0, h: 0 })
      }}
      onPointerMove={(e) => {
        if (start.current) setBand(bandFrom(start.current, at(e)))
      }}
      onPointerUp={(e) => {
        if (!start.current) return
        const b = bandFrom(start.current, at(e))
        start.current = null
        setBand(null)
        if (b.w < 6 || b.h < 6) return // a click, not a drag
        const shown = { x: b.x / slot.width, y: b.y / slot.height, w: b.w / slot.width, h: b.h / slot.height }
        onCapture(pageNumber, clampRect(rectFromShown(shown, slot.rotation)))
      }}
      onPointerCancel={() => {
        start.current = null
        setBand(null)
      }}
    >
      {band && <div className="viewer-capture-band" style={{ left: band.x, top: band.y, width: band.w, height: band.h }} />}
    </div>
  )
}

/** One page's place in the scroll area: its canvas when near the screen, and what is marked on it. */
export const PageSlot = memo(function PageSlot(props: PageSlotProps) {
  const { pageNumber, slot, source, queue, painted, visible, current, detail, marks = NO_MARKS, capturing, onCapture, onDismissEvidence, imageAlt } = props
  const { geom } = slot
  const { t } = useTranslation()
  // A page that cannot be painted says so in its own place; the rest of the file stays usable.
  const [failure, setFailure] = useState<{ text: string; detail: string } | null>(null)
  const onError = useCallback((err: unknown) => setFailure({ text: describePageError(t, pageNumber, err), detail: err instanceof Error ? err.message : String(err) }), [t, pageNumber])
  return (
    <div
      className={`viewer-slot${current ? ' viewer-slot-current' : ''}`}
      style={{ top: slot.top, left: slot.left, width: slot.width, height: slot.height }}
      data-testid="viewer-page"
      data-page-number={pageNumber}
      data-rotation={slot.rotation}
    >
      {(!painted || failure) && <span className="viewer-slot-number">{pageNumber}</span>}
      {failure && (
        <div className="viewer-slot-error" data-testid="viewer-page-error" title={failure.detail}>
          {failure.text}
        </div>
      )}
      {painted && !failure && source.kind === 'pdf' && (
        <PageCanvas
          doc={source.doc}
          pageNumber={pageNumber}
          scale={slot.scale}
          rotation={slot.rotation}
          queue={queue}
          priority={visible ? PRIORITY.visible : PRIORITY.nearby}
          className="viewer-canvas"
          testId={current ? 'viewer-canvas' : 'viewer-canvas-nearby'}
          cleanupOnRelease
          delay={current ? 0 : visible ? 40 : 120}
          onError={onError}
        />
      )}
      {painted && !failure && source.kind === 'tiff' && (
        <TiffCanvas
          doc={source.doc}
          pageNumber={pageNumber}
          geom={geom}
          scale={slot.scale}
          rotation={slot.rotation}
          queue={queue}
          priority={visible ? PRIORITY.visible : PRIORITY.nearby}
          className="viewer-canvas"
          testId={current ? 'viewer-canvas' : 'viewer-canvas-nearby'}
          delay={visible ? 40 : 120}
          onError={onError}
        />
      )}
      {painted && source.kind === 'image' && (
        <img
          src={source.url}
          alt={imageAlt}
          draggable={false}
          className="viewer-image"
          data-testid="viewer-image"
          data-page-number={pageNumber}
          data-rendered="true"
          style={{ width: geom.width * slot.scale, height: geom.height * slot.scale, transform: `translate(-50%, -50%) rotate(${slot.rotation}deg)` }}
        />
      )}
      {painted && detail && source.kind === 'pdf' && (
        <DetailCanvas
          key={`${slot.scale}:${slot.rotation}`}
          doc={source.doc}
          pageNumber={pageNumber}
          scale={slot.scale}
          rotation={slot.rotation}
          region={detail}
          queue={queue}
          priority={PRIORITY.detail}
        />
      )}
      {marks.hits.map((r, i) => (
        <div key={`h${i}`} className="viewer-hit" style={boxStyle(r, slot)} />
      ))}
      {marks.current.map((r, i) => (
        <div key={`c${i}`} className="viewer-hit viewer-hit-current" data-testid="find-hit" style={boxStyle(r, slot)} />
      ))}
      {marks.evidence && (
        <div className="viewer-evidence" data-testid="evidence-rect" style={boxStyle(marks.evidence, slot)} onClick={onDismissEvidence} title={t('viewer.evidenceDismiss')} />
      )}
      {capturing && onCapture && <CaptureLayer pageNumber={pageNumber} slot={slot} onCapture={onCapture} />}
    </div>
  )
})
