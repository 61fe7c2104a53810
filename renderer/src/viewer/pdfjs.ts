import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { PDFDocumentLoadingTask } from 'pdfjs-dist'

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

/** pdf.js assets are bundled next to the page (the PCs are offline): resolve them from the page. */
function assetUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href
}

export function openPdf(url: string): PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    url: new URL(url, document.baseURI).href,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    isEvalSupported: false,
    enableXfa: false,
    // Chromium can hold pdf.js's range reads behind the aborted first read of the same URL, and
    // the document then never opens. Scans are read from the local disk: one streamed read is fast.
    disableRange: true,
  })
}

/** 1 PDF point at 100 % zoom = 96/72 CSS pixels, as in Acrobat and pdf.js's own viewer. */
export const PDF_TO_CSS_UNITS = pdfjs.PixelsPerInch.PDF_TO_CSS_UNITS

export const { RenderingCancelledException } = pdfjs
export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist'
