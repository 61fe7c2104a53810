import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shownSize, visiblePages, type PageGeom, type Slot } from './geometry'
import { PageCanvas } from './PageCanvas'
import type { TagRange } from './pageTags'
import { PRIORITY, type RenderQueue } from './renderQueue'
import { TiffCanvas } from './tiff/TiffCanvas'
import type { Source } from './useDocumentSource'

const THUMB_WIDTH = 120
const LABEL_HEIGHT = 22
const GAP = 12
/** Thumbnails painted beyond the ones in view. */
const MARGIN = 3

interface ThumbnailsProps {
  source: Source
  geoms: PageGeom[]
  /** Total clockwise rotation of a page as shown. */
  rotationOf: (page: number) => number
  current: number
  tags: TagRange[]
  queue: RenderQueue
  onJump: (page: number) => void
}

interface ThumbProps {
  pageNumber: number
  slot: Slot
  source: Source
  painted: boolean
  current: boolean
  label: string | null
  queue: RenderQueue
  onJump: (page: number) => void
}

const Thumb = memo(function Thumb({ pageNumber, slot, source, painted, current, label, queue, onJump }: ThumbProps) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className={`viewer-thumb${current ? ' viewer-thumb-current' : ''}`}
      style={{ top: slot.top, height: slot.height + LABEL_HEIGHT }}
      onClick={() => onJump(pageNumber)}
      data-testid={`thumbnail-${pageNumber}`}
      data-current={current ? 'true' : 'false'}
      aria-label={t('viewer.pageLabel', { page: pageNumber })}
      aria-current={current ? 'page' : undefined}
    >
      <span className="viewer-thumb-page" style={{ width: slot.width, height: slot.height }}>
        {painted && source.kind === 'pdf' && (
          <PageCanvas
            doc={source.doc}
            pageNumber={pageNumber}
            scale={slot.scale}
            rotation={slot.rotation}
            queue={queue}
            priority={PRIORITY.thumbnail}
            className="viewer-thumb-canvas"
            testId="thumbnail-canvas"
            delay={150}
          />
        )}
        {painted && source.kind === 'tiff' && (
          <TiffCanvas
            doc={source.doc}
            pageNumber={pageNumber}
            geom={slot.geom}
            scale={slot.scale}
            rotation={slot.rotation}
            queue={queue}
            priority={PRIORITY.thumbnail}
            className="viewer-thumb-canvas"
            testId="thumbnail-canvas"
            delay={150}
          />
        )}
        {painted && source.kind === 'image' && (
          <img
            src={source.url}
            alt=""
            draggable={false}
            className="viewer-thumb-image"
            style={{ width: slot.geom.width * slot.scale, height: slot.geom.height * slot.scale, transform: `translate(-50%, -50%) rotate(${slot.rotation}deg)` }}
          />
        )}
      </span>
      <span className="viewer-thumb-label">
        {pageNumber}
        {label && <span className="viewer-thumb-tag">{label}</span>}
      </span>
    </button>
  )
})

/** Small pages down the side: only those in view are painted; the current one is marked and kept in view. */
export function Thumbnails({ source, geoms, rotationOf, current, tags, queue, onJump }: ThumbnailsProps) {
  const box = useRef<HTMLDivElement>(null)
  const [scroll, setScroll] = useState({ top: 0, height: 0 })

  const slots = useMemo(() => {
    let top = GAP
    return geoms.map((geom, i) => {
      const rotation = rotationOf(i + 1)
      const shown = shownSize(geom, rotation)
      const scale = THUMB_WIDTH / Math.max(shown.width, shown.height * 0.75)
      const slot: Slot = { top, left: 0, width: Math.round(shown.width * scale), height: Math.round(shown.height * scale), scale, rotation, geom }
      // The label sits under the page: count it as part of the slot for what is in view.
      top += slot.height + LABEL_HEIGHT + GAP
      return slot
    })
  }, [geoms, rotationOf])
  const lastSlot = slots.at(-1)
  const total = lastSlot ? lastSlot.top + lastSlot.height + LABEL_HEIGHT + GAP : 0
  const hitSlots = useMemo(() => slots.map((s) => ({ ...s, height: s.height + LABEL_HEIGHT })), [slots])

  const measure = useCallback(() => {
    const el = box.current
    if (el) setScroll((s) => (s.top === el.scrollTop && s.height === el.clientHeight ? s : { top: el.scrollTop, height: el.clientHeight }))
  }, [])
  useLayoutEffect(() => {
    measure()
    const el = box.current
    if (!el) return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [measure])

  // Keep the current page's thumbnail in view as the reader moves through the file.
  useEffect(() => {
    const el = box.current
    const slot = hitSlots[current - 1]
    if (!el || !slot) return
    if (slot.top < el.scrollTop) el.scrollTop = slot.top - GAP
    else if (slot.top + slot.height > el.scrollTop + el.clientHeight) el.scrollTop = slot.top + slot.height - el.clientHeight + GAP
  }, [current, hitSlots])

  const view = scroll.height > 0 ? visiblePages(hitSlots, scroll.top, scroll.height) : { first: 1, last: Math.min(geoms.length, 8) }
  const from = Math.max(1, view.first - MARGIN)
  const to = Math.min(geoms.length, view.last + MARGIN)
  const labels = useMemo(() => new Map(tags.map((t) => [t.firstPage, t.docType])), [tags])

  return (
    <div className="viewer-thumbs" ref={box} onScroll={measure} data-testid="thumbnails">
      <div className="viewer-thumbs-inner" style={{ height: total }}>
        {slots.map((slot, i) => (
          <Thumb
            key={i + 1}
            pageNumber={i + 1}
            slot={slot}
            source={source}
            painted={i + 1 >= from && i + 1 <= to}
            current={i + 1 === current}
            label={labels.get(i + 1) ?? null}
            queue={queue}
            onJump={onJump}
          />
        ))}
      </div>
    </div>
  )
}
