import { useEffect, useRef, useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../shared/contract/documents'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { fileUrl, useQuery } from '../api'
import { drawImageCrop, drawPdfCrop, drawTiffCrop, isCancelled, NO_SUCH_PAGE, type CropTarget, type DrawnCrop } from '../viewer/cropDraw'
import { releaseCanvas } from '../viewer/PageCanvas'
import { storedRotation } from '../viewer/rotation'
import { borrowPdf } from '../viewer/sharedPdf'
import { TiffDocument } from '../viewer/tiff/document'
import './evidence-crop.css'

/** Where a crop is: still drawing, drawn, or a message saying why there is nothing to draw. */
export type CropState = 'loading' | 'drawn' | 'no-anchor' | 'missing' | 'no-page' | 'error'

export interface EvidenceCropProps {
  /** The scan and page the evidence is on; either null: there is no evidence page to show. */
  documentId: number | null
  page: number | null
  /** The evidence rectangle (fractions of the unrotated page); null or absent: the whole page. */
  rect?: EvidenceRect | null
  /** CSS width of the crop. */
  width: number
  /** The crop is made narrower rather than taller than this (CSS pixels). */
  maxHeight?: number
  /** Device pixels per CSS pixel; default the screen's. Print views ask for more. */
  pixelRatio?: number
  /** Told once the crop has finished, drawn or not. */
  onDone?: (state: Exclude<CropState, 'loading'>) => void
  className?: string
  style?: CSSProperties
}

/** Draws the crop into a canvas; resolves with nothing when the page is not in the file. */
async function draw(info: DocumentInfo, page: number, rect: EvidenceRect | null, target: CropTarget, signal: AbortSignal): Promise<DrawnCrop | typeof NO_SUCH_PAGE> {
  const url = fileUrl(info.sha256)
  const rotation = storedRotation(info, page)
  if (info.mime === 'application/pdf') {
    const borrowed = borrowPdf(url)
    try {
      return await drawPdfCrop(await borrowed.promise, page, rotation, rect, target, signal)
    } finally {
      borrowed.release()
    }
  }
  if (info.mime === 'image/tiff') {
    const opening = TiffDocument.open(url)
    try {
      return await drawTiffCrop(await opening.promise, page, rotation, rect, target, signal)
    } finally {
      opening.destroy()
    }
  }
  return drawImageCrop(url, page, rotation, rect, target, signal)
}

/**
 * The part of a scanned page a deduction points at, cut with the viewer's own engines (pdf.js,
 * the TIFF decoder, the browser for JPEG/PNG) and turned as the reviewer left the page; a veto
 * (no rectangle) shows its whole page small. Carries `data-crop-ready="true"` once finished —
 * drawn or with a short message — so print and PDF views know when to capture.
 */
export function EvidenceCrop({ documentId, page, rect = null, width, maxHeight, pixelRatio, onDone, className, style }: EvidenceCropProps) {
  const { t } = useTranslation()
  const anchored = documentId !== null && page !== null
  const info = useQuery('documents.get', anchored ? { id: documentId } : null)
  const host = useRef<HTMLDivElement>(null)
  const [drawn, setDrawn] = useState<{ key: string; state: CropState; size?: { width: number; height: number }; highlight?: EvidenceRect | null } | null>(null)
  const done = useRef(onDone)
  useEffect(() => {
    done.current = onDone
  })

  const doc = info.data && info.data.id === documentId ? info.data : null
  const ratio = pixelRatio ?? Math.max(1, window.devicePixelRatio || 1)
  const rectKey = rect ? `${rect.x},${rect.y},${rect.w},${rect.h}` : 'page'
  const rotationKey = doc && page ? storedRotation(doc, page) : 0
  const key = `${doc?.sha256}/${doc?.mime}/${page}/${rotationKey}/${rectKey}/${width}/${maxHeight}/${ratio}`

  useEffect(() => {
    if (!doc || page === null) return
    const controller = new AbortController()
    const target = { width, maxHeight, pixelRatio: ratio }
    const crop = rect ? { ...rect } : null
    draw(doc, page, crop, target, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return
        if (result === NO_SUCH_PAGE) return setDrawn({ key, state: 'no-page' })
        result.canvas.className = 'evidence-crop-canvas'
        if (host.current) {
          for (const old of [...host.current.children]) releaseCanvas(old)
          host.current.replaceChildren(result.canvas)
        }
        setDrawn({ key, state: 'drawn', size: { width: result.width, height: result.height }, highlight: result.highlight })
      },
      (error: unknown) => {
        if (controller.signal.aborted || isCancelled(error)) return
        setDrawn({ key, state: 'error' })
      },
    )
    return () => controller.abort()
    // `key` holds every input of the drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  useEffect(() => {
    const el = host.current
    return () => {
      if (el) for (const old of [...el.children]) releaseCanvas(old)
    }
  }, [])

  let state: CropState
  if (!anchored) state = 'no-anchor'
  else if (info.error) state = info.error.code === 'not_found' ? 'missing' : 'error'
  else if (drawn?.key === key) state = drawn.state
  else state = 'loading'

  useEffect(() => {
    if (state !== 'loading') done.current?.(state)
  }, [state])

  const message: Record<Exclude<CropState, 'drawn'>, string> = {
    loading: t('typical.crop.loading'),
    'no-anchor': t('typical.crop.noAnchor'),
    missing: t('typical.crop.missing'),
    'no-page': t('typical.crop.noPage', { page }),
    error: t('typical.crop.failed'),
  }
  const size = state === 'drawn' && drawn?.size ? drawn.size : null
  const highlight = state === 'drawn' ? drawn?.highlight : null
  return (
    <div
      className={`evidence-crop evidence-crop-${state}${className ? ` ${className}` : ''}`}
      style={{ width: size?.width ?? width, height: size?.height, ...style }}
      data-testid="evidence-crop"
      data-crop-ready={state === 'loading' ? 'false' : 'true'}
      data-crop-state={state}
      role={state === 'drawn' ? 'img' : undefined}
      aria-label={state === 'drawn' ? t('typical.crop.alt', { page }) : undefined}
    >
      <div ref={host} className="evidence-crop-host" hidden={state !== 'drawn'} />
      {highlight && (
        <div
          className="evidence-crop-highlight"
          data-testid="evidence-crop-highlight"
          style={{ left: `${highlight.x * 100}%`, top: `${highlight.y * 100}%`, width: `${highlight.w * 100}%`, height: `${highlight.h * 100}%` }}
        />
      )}
      {state !== 'drawn' && <span className="evidence-crop-message">{message[state]}</span>}
    </div>
  )
}
