import { useEffect, useRef } from 'react'
import type { PageGeom } from '../geometry'
import { releaseCanvas } from '../PageCanvas'
import type { RenderQueue } from '../renderQueue'
import { TiffCancelled, type TiffDocument } from './document'
import { rasterTarget } from './raster'

interface TiffCanvasProps {
  doc: TiffDocument
  pageNumber: number
  geom: PageGeom
  /** CSS pixels per image pixel, and the total clockwise rotation. */
  scale: number
  rotation: number
  queue: RenderQueue
  priority: number
  className: string
  testId: string
  /** Wait this long on screen before asking for a paint (ms). */
  delay?: number
  /** Told, in the reviewer's language, why this page cannot be shown. */
  onError?: (error: Error) => void
}

/** The decoded page, turned as shown, in a canvas of its own. */
function drawTurned(bitmap: ImageBitmap, rotation: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  const sideways = rotation % 180 !== 0
  canvas.width = sideways ? bitmap.height : bitmap.width
  canvas.height = sideways ? bitmap.width : bitmap.height
  const ctx = canvas.getContext('2d')!
  ctx.translate(canvas.width / 2, canvas.height / 2)
  ctx.rotate((rotation * Math.PI) / 180)
  ctx.drawImage(bitmap, -bitmap.width / 2, -bitmap.height / 2)
  return canvas
}

/**
 * One TIFF page painted like a PDF page: decoded in the worker at the size shown (never beyond
 * the canvas budget), swapped in when complete, and given back when the page leaves the screen.
 */
export function TiffCanvas({ doc, pageNumber, geom, scale, rotation, queue, priority, className, testId, delay = 0, onError }: TiffCanvasProps) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef({ testId, onError, priority, delay })
  useEffect(() => {
    latest.current = { testId, onError, priority, delay }
  })

  useEffect(() => {
    const shown = host.current?.firstElementChild as HTMLElement | null
    if (shown) shown.dataset.testid = testId
  }, [testId])

  useEffect(() => {
    let cancelled = false
    let render: { cancel: () => void } | null = null
    let drop = () => {}
    const paint = async () => {
      if (cancelled) return
      const target = rasterTarget(geom, scale, window.devicePixelRatio)
      const task = doc.render(pageNumber, target.width, target.height)
      render = task
      let bitmap: ImageBitmap
      try {
        bitmap = await task.promise
      } catch (err) {
        if (!cancelled && !(err instanceof TiffCancelled)) {
          latest.current.onError?.(err instanceof Error ? err : new Error(String(err)))
        }
        return
      }
      if (cancelled || !host.current) {
        bitmap.close()
        return
      }
      const canvas = drawTurned(bitmap, rotation)
      bitmap.close()
      canvas.className = className
      canvas.dataset.testid = latest.current.testId
      canvas.dataset.pageNumber = String(pageNumber)
      canvas.dataset.rendered = 'true'
      for (const old of [...host.current.children]) releaseCanvas(old)
      host.current.replaceChildren(canvas)
    }
    const timer = window.setTimeout(() => {
      drop = queue.add(() => latest.current.priority, paint)
    }, latest.current.delay)
    return () => {
      cancelled = true
      window.clearTimeout(timer)
      drop()
      render?.cancel()
    }
  }, [doc, pageNumber, geom, scale, rotation, queue, className])

  // Leaving the screen for good: give the painted canvas back at once.
  useEffect(() => {
    const el = host.current
    return () => {
      if (el) for (const old of [...el.children]) releaseCanvas(old)
    }
  }, [])

  return <div ref={host} className="viewer-canvas-host" />
}
