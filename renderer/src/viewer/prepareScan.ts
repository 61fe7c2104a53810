import type { DocumentInfo, ViewState } from '../../../shared/contract/documents'
import { fileUrl } from '../api'
import { outputScaleFor } from './canvasBudget'
import { normalizeRotation, pageScale, shownSize, type PageGeom } from './geometry'
import { PDF_TO_CSS_UNITS } from './pdfjs'
import { paintsUnderWay, whenPaintsDone } from './renderQueue'
import { storedRotationOf } from './rotation'
import { borrowPdf, hasPainted, keepPainted, knownGeoms, rememberGeoms } from './sharedPdf'
import { pageGeom } from './useDocumentSource'
import { parseZoom, savedZoom } from './zoom'

/** Resolves when no viewer has a page to paint and the window is idle: work done ahead never holds up the page on screen. */
export async function quietMoment(): Promise<void> {
  do {
    await whenPaintsDone()
    await new Promise<void>((idle) => requestIdleCallback(() => idle()))
  } while (paintsUnderWay())
}

export interface PreparedScan {
  /**
   * Paints the page the viewer will open at (where the reviewer left the document, else page 1)
   * off screen, at the size a viewer of `frame` will show it; nothing when it is painted already.
   */
  paint(view: ViewState | null, frame: { width: number; height: number } | null): void
  /** `keep`: the scan stays open a moment for whoever takes it up next (see sharedPdf). */
  release(keep?: boolean): void
}

const BATCH = 32

/**
 * Opens a scan ahead of its viewer, in quiet moments: the first reads, every page's size (as the
 * viewer reads them on opening) and one page painted into a canvas off screen, which the viewer
 * then shows as is. PDFs only: images and TIFFs open when shown.
 */
export function prepareScan(document: DocumentInfo): PreparedScan {
  if (document.mime !== 'application/pdf') return { paint: () => {}, release: () => {} }
  const borrowed = borrowPdf(fileUrl(document.sha256))
  let released = false
  const sizes = (async () => {
    const doc = await borrowed.promise
    if (knownGeoms(doc)) return doc
    const geoms: PageGeom[] = []
    for (let start = 1; start <= doc.numPages; start += BATCH) {
      await quietMoment()
      if (released) return doc
      const pages = await Promise.all(Array.from({ length: Math.min(BATCH, doc.numPages - start + 1) }, (_, i) => doc.getPage(start + i)))
      geoms.push(...pages.map(pageGeom))
    }
    rememberGeoms(doc, geoms)
    return doc
  })()
  // A scan that cannot be read here fails again, and says so, when it is opened.
  sizes.catch(() => {})
  let painting = false
  return {
    paint(view, frame) {
      if (painting || !frame) return
      painting = true
      void (async () => {
        const doc = await sizes
        const pageNumber = Math.min(doc.numPages, Math.max(1, view?.page ?? 1))
        if (released || hasPainted(doc, pageNumber)) return
        // The viewer's own layout: the zoom saved for the document, else the last one chosen here.
        const page = await doc.getPage(pageNumber)
        const geom = pageGeom(page)
        const rotation = normalizeRotation(geom.baseRotation + storedRotationOf(document.rotations, pageNumber))
        const scale = pageScale(view ? parseZoom(view.zoom) : savedZoom(), shownSize(geom, rotation), frame, PDF_TO_CSS_UNITS)
        await quietMoment()
        if (released) return
        const viewport = page.getViewport({ scale, rotation })
        const outputScale = outputScaleFor(viewport.width, viewport.height, window.devicePixelRatio)
        const canvas = window.document.createElement('canvas')
        canvas.width = Math.max(1, Math.floor(viewport.width * outputScale))
        canvas.height = Math.max(1, Math.floor(viewport.height * outputScale))
        await page.render({ canvas, viewport, transform: outputScale !== 1 ? [outputScale, 0, 0, outputScale, 0, 0] : undefined }).promise
        // The canvas holds the page now: its decoded image need not stay in memory as well.
        page.cleanup()
        if (released || !keepPainted(doc, { pageNumber, scale, rotation, pixelRatio: window.devicePixelRatio, canvas })) {
          canvas.width = 0
          canvas.height = 0
        }
      })().catch(() => {})
    },
    release(keep = false) {
      released = true
      borrowed.release(keep)
    },
  }
}
