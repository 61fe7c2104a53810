import { AppError } from '../errors'

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

const OPEN_TIMEOUT_MS = 30_000

/** Opens the PDF with the same engine as the viewer: its page count, or a clear refusal. */
export async function inspectPdf(bytes: Uint8Array, fileName: string): Promise<{ pageCount: number }> {
  const { getDocument } = await loadPdfJs()
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js transfers it, and it refuses Buffers
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  })
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('file_broken', { fileName, detail: 'timeout' })), OPEN_TIMEOUT_MS)
  })
  try {
    const doc = await Promise.race([task.promise, timeout])
    if (doc.numPages < 1) throw new AppError('file_broken', { fileName, detail: 'no pages' })
    await Promise.race([doc.getPage(1), timeout])
    return { pageCount: doc.numPages }
  } catch (err) {
    if (err instanceof AppError) throw err
    const name = (err as { name?: string }).name
    if (name === 'PasswordException') throw new AppError('file_encrypted', { fileName })
    throw new AppError('file_broken', { fileName, detail: (err as Error).message ?? String(err) })
  } finally {
    clearTimeout(timer)
    await task.destroy().catch(() => {})
  }
}
