import { useEffect, useRef, useState } from 'react'
import { Spin } from 'antd'
import { outputScaleFor } from './canvasBudget'
import { PDF_TO_CSS_UNITS, RenderingCancelledException, type PDFDocumentProxy, type RenderTask } from './pdfjs'
import { fitWidthScale, type Zoom } from './zoom'

interface PdfPageProps {
  doc: PDFDocumentProxy
  pageNumber: number
  zoom: Zoom
  /** Stored rotation added to the page's own /Rotate, in degrees. */
  rotation: number
  frameWidth: number
  /** The effective zoom in percent, for the toolbar when fitting the width. */
  onScale: (percent: number) => void
  onError: (error: unknown) => void
}

function releaseCanvas(canvas: Element) {
  // Zero-sized canvases give their backing store back at once instead of at GC time.
  if (canvas instanceof HTMLCanvasElement) {
    canvas.width = 0
    canvas.height = 0
  }
}

/**
 * One page painted into a canvas. Each render goes into a fresh canvas that replaces the shown
 * one only when complete (no white flash); a page change cancels the render in flight.
 */
export function PdfPage({ doc, pageNumber, zoom, rotation, frameWidth, onScale, onError }: PdfPageProps) {
  const host = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const widthDep = zoom === 'fit' ? frameWidth : 0

  useEffect(() => {
    if (zoom === 'fit' && widthDep === 0) return // wait for the frame to be measured
    let cancelled = false
    let task: RenderTask | null = null
    const pending = document.createElement('canvas')
    const spinnerTimer = window.setTimeout(() => !cancelled && setBusy(true), 150)

    async function paint() {
      const page = await doc.getPage(pageNumber)
      if (cancelled) return
      const angle = (page.rotate + rotation) % 360
      const unit = page.getViewport({ scale: 1, rotation: angle })
      const scale = zoom === 'fit' ? fitWidthScale(widthDep, unit.width) : (zoom / 100) * PDF_TO_CSS_UNITS
      const viewport = page.getViewport({ scale, rotation: angle })
      const outputScale = outputScaleFor(viewport.width, viewport.height, window.devicePixelRatio)
      pending.width = Math.floor(viewport.width * outputScale)
      pending.height = Math.floor(viewport.height * outputScale)
      pending.style.width = `${Math.floor(viewport.width)}px`
      pending.style.height = `${Math.floor(viewport.height)}px`
      task = page.render({
        canvas: pending,
        viewport,
        transform: outputScale !== 1 ? [outputScale, 0, 0, outputScale, 0, 0] : undefined,
      })
      await task.promise
      if (cancelled || !host.current) return
      pending.className = 'viewer-canvas'
      pending.dataset.testid = 'viewer-canvas'
      pending.dataset.pageNumber = String(pageNumber)
      pending.dataset.rendered = 'true'
      for (const old of [...host.current.children]) releaseCanvas(old)
      host.current.replaceChildren(pending)
      onScale((scale / PDF_TO_CSS_UNITS) * 100)
    }

    paint()
      .catch((err: unknown) => {
        if (cancelled || err instanceof RenderingCancelledException) return
        onError(err)
      })
      .finally(() => {
        window.clearTimeout(spinnerTimer)
        if (!cancelled) setBusy(false)
      })

    return () => {
      cancelled = true
      window.clearTimeout(spinnerTimer)
      task?.cancel()
      if (!pending.isConnected) releaseCanvas(pending)
    }
    // onScale / onError are notifications only; re-rendering on their identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, pageNumber, zoom, rotation, widthDep])

  return (
    <div className="viewer-page">
      <div ref={host} className="viewer-page-host" />
      {busy && <Spin className="viewer-page-spinner" />}
    </div>
  )
}
