import { useEffect, useMemo, useState } from 'react'
import type { DocumentInfo } from '../../../shared/contract/documents'
import type { PageGeom } from './geometry'
import { PDF_TO_CSS_UNITS, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs'
import { TiffDocument } from './tiff/document'
import { knownGeoms, rememberGeoms } from './sharedPdf'
import { usePdfDocument } from './usePdfDocument'

export type Source = { kind: 'pdf'; doc: PDFDocumentProxy } | { kind: 'image'; url: string } | { kind: 'tiff'; doc: TiffDocument }

export type SourceState =
  | { status: 'loading'; percent: number | null }
  | { status: 'ready'; source: Source; geoms: PageGeom[]; cssPerUnit: number }
  | { status: 'error'; error: unknown }

export function pageGeom(page: PDFPageProxy): PageGeom {
  // pdf.js always gives a page's view box as four numbers.
  const [x0, y0, x1, y1] = page.view as [number, number, number, number]
  return { width: x1 - x0, height: y1 - y0, baseRotation: page.rotate, view: [x0, y0, x1, y1] }
}

/** Every page's size up front, so the scroll area has its full height before anything is painted. */
async function loadGeoms(doc: PDFDocumentProxy, isLive: () => boolean): Promise<PageGeom[]> {
  const geoms: PageGeom[] = []
  const BATCH = 32
  for (let start = 1; start <= doc.numPages && isLive(); start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, doc.numPages - start + 1) }, (_, i) => start + i)
    const pages = await Promise.all(numbers.map((n) => doc.getPage(n)))
    geoms.push(...pages.map(pageGeom))
  }
  return geoms
}

const rasterGeom = ({ width, height }: { width: number; height: number }): PageGeom => ({ width, height, baseRotation: 0, view: [0, 0, width, height] })

/**
 * Opens a TIFF in its own worker and ends it (with every page it decoded) when the URL changes
 * or the viewer goes away.
 */
function useTiffDocument(url: string | null, attempt: number) {
  const [tiff, setTiff] = useState<{ url: string; attempt: number; doc: TiffDocument } | { url: string; attempt: number; error: unknown } | null>(null)
  useEffect(() => {
    if (!url) return
    let live = true
    const task = TiffDocument.open(url)
    task.promise.then(
      (doc) => live && setTiff({ url, attempt, doc }),
      (error: unknown) => live && setTiff({ url, attempt, error }),
    )
    return () => {
      live = false
      task.destroy()
    }
  }, [url, attempt])
  return tiff && tiff.url === url && tiff.attempt === attempt ? tiff : null
}

/**
 * Opens a scan for the viewer: a PDF through pdf.js (100 % = 96/72 CSS px per point), a
 * multi-page TIFF or an image (100 % = one image pixel per CSS pixel), with the unrotated size of
 * every page.
 */
export function useDocumentSource(url: string, mime: DocumentInfo['mime'], attempt: number): SourceState {
  const isPdf = mime === 'application/pdf'
  const isTiff = mime === 'image/tiff'
  const pdf = usePdfDocument(isPdf ? url : null, attempt)
  const tiff = useTiffDocument(isTiff ? url : null, attempt)
  const [pdfGeoms, setPdfGeoms] = useState<{ doc: PDFDocumentProxy; geoms: PageGeom[] } | { doc: PDFDocumentProxy; error: unknown } | null>(null)
  const [image, setImage] = useState<{ url: string; attempt: number; width: number; height: number } | { url: string; attempt: number; error: unknown } | null>(null)

  const doc = pdf.status === 'ready' ? pdf.doc : null
  useEffect(() => {
    if (!doc) return
    let live = true
    const same = (a: PageGeom, b: PageGeom) => a.width === b.width && a.height === b.height && a.baseRotation === b.baseRotation && a.view.every((v, i) => v === b.view[i])
    // Read before (the scan was read ahead, or shown a moment ago): laid out at once.
    const known = knownGeoms(doc)
    if (known) {
      setPdfGeoms((g) => (g && g.doc === doc && 'geoms' in g && g.geoms === known ? g : { doc, geoms: known }))
      return
    }
    void (async () => {
      // Lay out at once with page 1's size for every page (scans are mostly one size), then
      // correct the few that differ when all sizes are read; the reader keeps their place.
      const first = pageGeom(await doc.getPage(1))
      if (!live) return
      const estimate: PageGeom[] = new Array<PageGeom>(doc.numPages).fill(first)
      setPdfGeoms({ doc, geoms: estimate })
      const geoms = await loadGeoms(doc, () => live)
      if (!live) return
      rememberGeoms(doc, geoms)
      if (geoms.some((g) => !same(g, first))) setPdfGeoms({ doc, geoms })
    })().catch((error: unknown) => live && setPdfGeoms({ doc, error }))
    return () => {
      live = false
    }
  }, [doc])

  useEffect(() => {
    if (isPdf || isTiff) return
    let live = true
    const img = new Image()
    img.onload = () => live && setImage({ url, attempt, width: img.naturalWidth, height: img.naturalHeight })
    img.onerror = () => live && setImage({ url, attempt, error: new Error('image') })
    img.src = url
    return () => {
      live = false
      img.src = ''
    }
  }, [url, isPdf, isTiff, attempt])

  // Stable identities: pages and layout are memoised on them.
  const pdfDoc = pdf.status === 'ready' ? pdf.doc : null
  const read = pdfDoc && pdfGeoms?.doc === pdfDoc ? pdfGeoms : null
  // Sizes read before are the very array the effect above keeps: the layout is not made twice.
  const geoms = read ? ('geoms' in read ? read.geoms : null) : pdfDoc ? knownGeoms(pdfDoc) : null
  const geomsFailed = read && 'error' in read ? read : null
  const pdfReady = useMemo<SourceState | null>(() => {
    if (!pdfDoc) return null
    if (geomsFailed) return { status: 'error', error: geomsFailed.error }
    return geoms ? { status: 'ready', source: { kind: 'pdf', doc: pdfDoc }, geoms, cssPerUnit: PDF_TO_CSS_UNITS } : null
  }, [pdfDoc, geoms, geomsFailed])
  const imageReady = useMemo<SourceState | null>(() => {
    if (!image || image.url !== url || image.attempt !== attempt) return null
    if ('error' in image) return { status: 'error', error: image.error }
    return { status: 'ready', source: { kind: 'image', url }, geoms: [rasterGeom(image)], cssPerUnit: 1 }
  }, [image, url, attempt])
  // Each TIFF page has its own size (a fold-out, a receipt): rotation and layout use it.
  const tiffReady = useMemo<SourceState | null>(() => {
    if (!tiff) return null
    if ('error' in tiff) return { status: 'error', error: tiff.error }
    return { status: 'ready', source: { kind: 'tiff', doc: tiff.doc }, geoms: tiff.doc.pages.map(rasterGeom), cssPerUnit: 1 }
  }, [tiff])

  if (isPdf) {
    if (pdf.status === 'error') return { status: 'error', error: pdf.error }
    if (pdf.status !== 'ready') return { status: 'loading', percent: pdf.status === 'loading' ? pdf.percent : null }
    return pdfReady ?? { status: 'loading', percent: 99 }
  }
  if (isTiff) return tiffReady ?? { status: 'loading', percent: null }
  return imageReady ?? { status: 'loading', percent: null }
}
