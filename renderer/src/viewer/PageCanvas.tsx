import { useEffect, useLayoutEffect, useRef } from 'react'
import { outputScaleFor } from './canvasBudget'
import { RenderingCancelledException, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from './pdfjs'
import type { RenderQueue } from './renderQueue'
import { isHeldCanvas, takePainted } from './sharedPdf'

export function releaseCanvas(canvas: Element) {
  // Zero-sized canvases give their backing store back at once instead of at GC time; one kept
  // with its scan (the page the viewer closed on) is no longer this viewer's.
  if (canvas instanceof HTMLCanvasElement && !isHeldCanvas(canvas)) {
    canvas.width = 0
    canvas.height = 0
  }
}

interface PageCanvasProps {
  doc: PDFDocumentProxy
  pageNumber: number
  /** CSS pixels per PDF point, and the total clockwise rotation. */
  scale: number
  rotation: number
  queue: RenderQueue
  priority: number
  className: string
  /** data-testid of the painted canvas (changes without repainting). */
  testId: string
  /** Free the page's decoded images when the canvas goes (not for thumbnails, which are small). */
  cleanupOnRelease?: boolean
  /** Wait this long on screen before asking for a paint (ms). */
  delay?: number
  onError?: (error: unknown) => void
}

/**
 * One page painted into a canvas. Each paint goes into a fresh canvas that replaces the shown one
 * only when complete (no white flash on zoom or rotation); leaving the screen cancels the paint
 * and releases the canvas.
 */
export function PageCanvas({ doc, pageNumber, scale, rotation, queue, priority, className, testId, cleanupOnRelease = false, delay = 0, onError }: PageCanvasProps) {
  const host = useRef<HTMLDivElement>(null)
  const testIdRef = useRef(testId)
  const errorRef = useRef(onError)
  /** The page as last painted here, to free its decoded images when the canvas goes. */
  const paintedPage = useRef<PDFPageProxy | null>(null)
  // How urgent a paint is changes as the page scrolls into view: read at the time it is queued,
  // so a paint under way is not restarted for it.
  const urgency = useRef({ priority, delay })
  useLayoutEffect(() => {
    errorRef.current = onError
    urgency.current = { priority, delay }
  })

  useEffect(() => {
    testIdRef.current = testId
    const shown = host.current?.firstElementChild as HTMLElement | null
    if (shown) shown.dataset.testid = testId
  }, [testId])

  // Before the browser paints: a page painted ahead shows in the very frame its place appears.
  useLayoutEffect(() => {
    let cancelled = false
    let task: RenderTask | null = null
    const show = (canvas: HTMLCanvasElement) => {
      if (!host.current) return
      canvas.className = className
      canvas.dataset.testid = testIdRef.current
      canvas.dataset.pageNumber = String(pageNumber)
      canvas.dataset.rendered = 'true'
      // What it shows, read when the viewer closes on this page (see DocumentViewer).
      canvas.dataset.scale = String(scale)
      canvas.dataset.rotation = String(rotation)
      for (const old of [...host.current.children]) releaseCanvas(old)
      host.current.replaceChildren(canvas)
    }
    // Painted ahead at this very size (the queue's next case, or the page this scan was left on): shown now.
    const ready = takePainted(doc, pageNumber, scale, rotation)
    if (ready) {
      show(ready)
      return () => {
        if (!ready.isConnected) releaseCanvas(ready)
      }
    }
    const pending = document.createElement('canvas')
    let drop = () => {}
    // Pages that only fly past while scrolling fast never reach the worker: each would cost a
    // full image decode there and hold up the page the reader stops at.
    const timer = window.setTimeout(() => {
      drop = queue.add(() => urgency.current.priority, paint)
    }, urgency.current.delay)
    const paint = async () => {
      if (cancelled) return
      const page = await doc.getPage(pageNumber)
      if (cancelled) return
      paintedPage.current = page
      const viewport = page.getViewport({ scale, rotation })
      const outputScale = outputScaleFor(viewport.width, viewport.height, window.devicePixelRatio)
      pending.width = Math.max(1, Math.floor(viewport.width * outputScale))
      pending.height = Math.max(1, Math.floor(viewport.height * outputScale))
      task = page.render({ canvas: pending, viewport, transform: outputScale !== 1 ? [outputScale, 0, 0, outputScale, 0, 0] : undefined })
      try {
        await task.promise
      } catch (err) {
        if (!cancelled && !(err instanceof RenderingCancelledException)) errorRef.current?.(err)
        return
      }
      if (!cancelled) show(pending)
    }
    return () => {
      cancelled = true
      window.clearTimeout(timer)
      drop()
      task?.cancel()
      if (!pending.isConnected) releaseCanvas(pending)
    }
  }, [doc, pageNumber, scale, rotation, queue, className])

  // Leaving the screen for good: give the painted canvas and the page's decoded images back.
  useEffect(() => {
    const el = host.current
    return () => {
      if (el) for (const old of [...el.children]) releaseCanvas(old)
      // Not through doc.getPage: the document may be closed already, and a page never painted holds nothing.
      if (cleanupOnRelease) paintedPage.current?.cleanup()
      paintedPage.current = null
    }
  }, [doc, pageNumber, cleanupOnRelease])

  return <div ref={host} className="viewer-canvas-host" />
}

export interface Region {
  left: number
  top: number
  width: number
  height: number
}

interface DetailCanvasProps {
  doc: PDFDocumentProxy
  pageNumber: number
  scale: number
  rotation: number
  /** Part of the page on screen, in CSS pixels of the page. */
  region: Region
  queue: RenderQueue
  priority: number
}

/**
 * At high zoom the whole-page canvas is held to the pixel budget and looks soft: this paints
 * just the part on screen at full resolution over it, once scrolling pauses.
 */
export function DetailCanvas({ doc, pageNumber, scale, rotation, region, queue, priority }: DetailCanvasProps) {
  const host = useRef<HTMLDivElement>(null)
  const { left, top, width, height } = region

  useEffect(() => {
    let cancelled = false
    let task: RenderTask | null = null
    let drop = () => {}
    const pending = document.createElement('canvas')
    const timer = window.setTimeout(() => {
      drop = queue.add(priority, async () => {
        if (cancelled) return
        const page = await doc.getPage(pageNumber)
        if (cancelled) return
        const viewport = page.getViewport({ scale, rotation, offsetX: -left, offsetY: -top })
        const outputScale = outputScaleFor(width, height, window.devicePixelRatio)
        pending.width = Math.max(1, Math.floor(width * outputScale))
        pending.height = Math.max(1, Math.floor(height * outputScale))
        task = page.render({ canvas: pending, viewport, transform: [outputScale, 0, 0, outputScale, 0, 0] })
        try {
          await task.promise
        } catch {
          return
        }
        if (cancelled || !host.current) return
        pending.className = 'viewer-detail-canvas'
        pending.style.left = `${left}px`
        pending.style.top = `${top}px`
        pending.style.width = `${width}px`
        pending.style.height = `${height}px`
        for (const old of [...host.current.children]) releaseCanvas(old)
        host.current.replaceChildren(pending)
      })
    }, 180)
    return () => {
      cancelled = true
      window.clearTimeout(timer)
      drop()
      task?.cancel()
      if (!pending.isConnected) releaseCanvas(pending)
    }
  }, [doc, pageNumber, scale, rotation, left, top, width, height, queue, priority])

  useEffect(() => {
    const el = host.current
    return () => {
      if (el) for (const old of [...el.children]) releaseCanvas(old)
    }
  }, [])

  return <div ref={host} className="viewer-detail-host" data-testid="viewer-detail" />
}
