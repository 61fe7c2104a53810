import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { DocumentInitParameters, PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { FetchRangeTransport, readFirst } from './rangeTransport'

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

/** pdf.js assets are bundled next to the page (the PCs are offline): resolve them from the page. */
function assetUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href
}

function options(): DocumentInitParameters {
  return {
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    isEvalSupported: false,
    enableXfa: false,
    // Scans are JPEG pages: decode them natively in the worker, not in JavaScript (pdf.js left this
    // off in Chromium for bugs fixed long before Electron's Chromium, and now defaults to it there).
    isImageDecoderSupported: true,
    // Only what is shown is read; a reviewer skims a few pages of a 300-page file.
    disableAutoFetch: true,
    // Opening reads every page's dictionary, each in a chunk of its own: small chunks keep that
    // to a few MB for 300 pages (a page's image is still read in one request).
    rangeChunkSize: 16 * 1024,
  }
}

// One worker for every document: opening the next case's scan does not wait for a worker to start.
// Each document's state in it is freed when that document is destroyed.
let worker: pdfjs.PDFWorker | null = null
function sharedWorker(): pdfjs.PDFWorker {
  if (!worker || worker.destroyed) worker = new pdfjs.PDFWorker()
  return worker
}
// Started once the app is idle, so the first scan opened does not wait for it either.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => sharedWorker())

export interface PdfOpening {
  promise: Promise<PDFDocumentProxy>
  /** Stops reading and frees the document, worker side included. */
  destroy(): Promise<void>
}

/**
 * Opens a scan: a small file in one read; a large one by ranges through our own fetches (ADR 0002),
 * so page 1 paints without waiting for the whole file. `onFailure` hears of reads failing later.
 */
export function openPdf(url: string, onFailure: (error: unknown) => void): PdfOpening {
  const href = new URL(url, document.baseURI).href
  const controller = new AbortController()
  let task: PDFDocumentLoadingTask | null = null
  const pdfWorker = sharedWorker()
  const promise = readFirst(href, controller.signal).then((first) => {
    if (controller.signal.aborted) throw new pdfjs.AbortException('closed')
    const source = first.kind === 'whole' ? { data: first.data } : { range: new FetchRangeTransport(href, first, controller.signal, onFailure) }
    task = pdfjs.getDocument({ ...options(), ...source, worker: pdfWorker })
    return task.promise
  })
  return {
    promise,
    destroy: async () => {
      controller.abort()
      await task?.destroy()
    },
  }
}

/** 1 PDF point at 100 % zoom = 96/72 CSS pixels, as in Acrobat and pdf.js's own viewer. */
export const PDF_TO_CSS_UNITS = pdfjs.PixelsPerInch.PDF_TO_CSS_UNITS

export const { RenderingCancelledException } = pdfjs
export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist'
