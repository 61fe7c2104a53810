import { AppError } from '../errors'
import { MAX_PAGES } from './limits'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | null = null

// pdf.js in Node runs its worker in-process; loading the worker module up front keeps that
// working when the main process is bundled. Its display module builds a DOMMatrix constant at
// load time, which Node lacks (pdf.js fills it from @napi-rs/canvas, a development-only package
// here). The main process never renders, so a bare stand-in is enough to let it load.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown }
    g.DOMMatrix ??= class DOMMatrixStandIn {}
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return pdfjs
}

/** Pages looked up between two turns of the event loop (pdf.js's in-process worker answers in microtasks). */
const PAGES_PER_TURN = 50
/**
 * How many pages are looked up at most. A lookup costs time in proportion to the page's number
 * when all pages hang off one list (common), so 1,000 lookups are ~0.2 s at 1,000 pages and ~2 s
 * at the 10,000-page cap.
 */
const PROBES = 1_000

/** Every page up to PROBES pages, else PROBES evenly spaced ones; always the first and the last. */
function pagesToCheck(count: number): number[] {
  const stride = Math.ceil(count / PROBES)
  const pages: number[] = []
  for (let n = 1; n < count; n += stride) pages.push(n)
  pages.push(count)
  return pages
}

/**
 * Opens the PDF with the same engine as the viewer: its page count, or a clear refusal.
 * Takes over `bytes` (pdf.js transfers them to its worker): the caller must not read them afterwards.
 * Not bounded in time here: a damaged file can hold pdf.js for minutes, so attaching runs this in
 * a worker thread with a time limit (services/workers).
 */
export async function inspectPdf(bytes: Uint8Array, fileName: string, progress?: (done: number, total: number) => void): Promise<{ pageCount: number }> {
  const { getDocument } = await loadPdfJs()
  const task = getDocument({
    data: Buffer.isBuffer(bytes) ? new Uint8Array(bytes) : bytes, // pdf.js refuses Buffers
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  })
  try {
    const doc = await task.promise
    const declared = doc.numPages
    if (declared < 1) throw new AppError('file_broken', { fileName, detail: 'no pages' })
    // The page count is the /Count the file declares. pdf.js checks that the last page exists and
    // otherwise counts the pages it finds; but page-tree nodes nested with inflated counts pass
    // that check (a 500-byte file can claim 100,000 pages). So pages are looked up: every page
    // up to 1,000 pages, then evenly spaced ones, so a count off by more than a thousandth of it
    // (10 pages at the cap) is caught. Each lookup reads one dictionary, nothing is decoded.
    const pages = pagesToCheck(Math.min(declared, MAX_PAGES + 1))
    for (const [probe, n] of pages.entries()) {
      const missing = await doc.getPage(n).then(
        () => null,
        (error: unknown) => ({ error }),
      )
      // No first page is a damaged file; a later one missing is a count the file does not hold.
      if (missing && n === 1) throw missing.error
      if (missing) throw new AppError('file_pages_missing', { fileName, declared, missing: n })
      progress?.(probe + 1, pages.length)
      if ((probe + 1) % PAGES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    if (declared > MAX_PAGES) throw new AppError('file_too_many_pages', { fileName, limit: MAX_PAGES })
    return { pageCount: declared }
  } catch (err) {
    if (err instanceof AppError) throw err
    const name = (err as { name?: string }).name
    if (name === 'PasswordException') throw new AppError('file_encrypted', { fileName })
    throw new AppError('file_broken', { fileName, detail: (err as Error).message ?? String(err) })
  } finally {
    await task.destroy().catch(() => {})
  }
}
