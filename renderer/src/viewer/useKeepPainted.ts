import { useLayoutEffect, useRef, type RefObject } from 'react'
import { releaseCanvas } from './PageCanvas'
import type { PDFDocumentProxy } from './pdfjs'
import { keepPainted } from './sharedPdf'

/**
 * Closing on a page of a PDF: its canvas stays with the scan (while the scan stays open), so a
 * return to this document shows it at once. Runs before the pages let go of their canvases.
 */
export function useKeepPainted(frame: RefObject<HTMLElement | null>, place: { doc: PDFDocumentProxy; page: number } | null) {
  const closingOn = useRef(place)
  closingOn.current = place
  useLayoutEffect(() => {
    const el = frame.current
    return () => {
      const at = closingOn.current
      const canvas = at && el?.querySelector<HTMLCanvasElement>(`canvas.viewer-canvas[data-page-number="${at.page}"][data-rendered="true"]`)
      if (!at || !canvas) return
      const painted = { pageNumber: at.page, scale: Number(canvas.dataset.scale), rotation: Number(canvas.dataset.rotation), pixelRatio: window.devicePixelRatio, canvas }
      canvas.remove()
      if (!keepPainted(at.doc, painted)) releaseCanvas(canvas)
    }
  }, [frame])
}
