import type { PageGeom } from './geometry'
import { openPdf, type PdfOpening, type PDFDocumentProxy } from './pdfjs'

/** A page painted off screen (ahead of being shown, or as the viewer closed): adopted as is when shown at the same size. */
export interface PaintedPage {
  pageNumber: number
  /** CSS pixels per PDF point, clockwise rotation and device pixel ratio it was painted at. */
  scale: number
  rotation: number
  pixelRatio: number
  canvas: HTMLCanvasElement
}

interface Entry {
  url: string
  opening: PdfOpening
  holders: number
  doc: PDFDocumentProxy | null
  /** Those told when a read fails after opening. */
  failures: Set<(error: unknown) => void>
  /** Every page's size, once read: a viewer opening the scan again lays it out at once. */
  geoms: PageGeom[] | null
  /** At most one page a scan: the one the viewer will open at. */
  painted: PaintedPage | null
  destroyed: boolean
}

const open = new Map<string, Entry>()
const entryOf = new WeakMap<PDFDocumentProxy, Entry>()
/** Canvases held here, not by a viewer: a viewer letting go of one must not clear it. */
const heldCanvases = new WeakSet<HTMLCanvasElement>()

/**
 * The scan last let go with `keep` (the case just left) stays open this long, so that whoever
 * takes it up next (the review queue's read-ahead, a return to that case) does not open it
 * again. One scan at most: the next one kept closes it.
 */
const KEEP_MS = 15_000
let kept: { entry: Entry; timer: number } | null = null

function clearCanvas(canvas: HTMLCanvasElement) {
  heldCanvases.delete(canvas)
  // Zero-sized canvases give their backing store back at once instead of at GC time.
  canvas.width = 0
  canvas.height = 0
}

function destroy(entry: Entry) {
  entry.destroyed = true
  if (open.get(entry.url) === entry) open.delete(entry.url)
  if (entry.painted) clearCanvas(entry.painted.canvas)
  entry.painted = null
  void entry.opening.destroy()
}

function unkeep(entry: Entry) {
  if (kept?.entry !== entry) return
  window.clearTimeout(kept.timer)
  kept = null
}

function opened(url: string): Entry {
  const entry: Entry = { url, opening: null as unknown as PdfOpening, holders: 0, doc: null, failures: new Set(), geoms: null, painted: null, destroyed: false }
  // A failed scan is not handed out again: the next borrower (e.g. Reopen) opens it afresh.
  const failed = (error: unknown) => {
    if (open.get(url) === entry) open.delete(url)
    entry.failures.forEach((listener) => listener(error))
  }
  entry.opening = openPdf(url, failed)
  entry.opening.promise.then(
    (doc) => {
      entry.doc = doc
      entryOf.set(doc, entry)
    },
    () => {
      if (open.get(url) === entry) open.delete(url)
    },
  )
  return entry
}

export interface BorrowedPdf {
  promise: Promise<PDFDocumentProxy>
  /** The document when it is open already (a scan read ahead): shown without waiting a turn. */
  doc: PDFDocumentProxy | null
  /** `keep`: stay open a little while for whoever takes the scan up next (see KEEP_MS). */
  release: (keep?: boolean) => void
}

/**
 * An open scan, shared by whoever shows it (the viewer, evidence crops) and whoever prepares it
 * (the review queue's read-ahead): opened once, destroyed (worker side included) when the last
 * holder lets go. `onFailure` hears of reads failing after opening.
 */
export function borrowPdf(url: string, onFailure?: (error: unknown) => void): BorrowedPdf {
  let entry = open.get(url)
  if (!entry) {
    entry = opened(url)
    open.set(url, entry)
  }
  const held = entry
  unkeep(held)
  held.holders++
  if (onFailure) held.failures.add(onFailure)
  let released = false
  return {
    promise: held.opening.promise,
    doc: held.doc,
    release: (keep = false) => {
      if (released) return
      released = true
      if (onFailure) held.failures.delete(onFailure)
      if (--held.holders > 0 || held.destroyed) return
      if (!keep || open.get(url) !== held) return destroy(held)
      if (kept) {
        window.clearTimeout(kept.timer)
        destroy(kept.entry)
      }
      kept = { entry: held, timer: window.setTimeout(() => (unkeep(held), destroy(held)), KEEP_MS) }
    },
  }
}

/** Keeps a painted page with its scan (replacing the one there); false when the scan is closed, the caller then clears it. */
export function keepPainted(doc: PDFDocumentProxy, page: PaintedPage): boolean {
  const entry = entryOf.get(doc)
  if (!entry || entry.destroyed) return false
  if (entry.painted && entry.painted.canvas !== page.canvas) clearCanvas(entry.painted.canvas)
  entry.painted = page
  heldCanvases.add(page.canvas)
  return true
}

/**
 * The page painted off screen for exactly this place and size, handed over (it is the caller's
 * now). Another page or size leaves it be: it goes with its scan, or when the viewer closes on a page.
 */
export function takePainted(doc: PDFDocumentProxy, pageNumber: number, scale: number, rotation: number): HTMLCanvasElement | null {
  const entry = entryOf.get(doc)
  const painted = entry?.painted
  if (!entry || !painted || painted.pageNumber !== pageNumber || painted.scale !== scale || painted.rotation !== rotation || painted.pixelRatio !== window.devicePixelRatio) return null
  entry.painted = null
  heldCanvases.delete(painted.canvas)
  return painted.canvas
}

/** A canvas this module holds for its scan: not the viewer's to clear. */
export const isHeldCanvas = (canvas: HTMLCanvasElement) => heldCanvases.has(canvas)

/** Whether a page of this scan is painted off screen already (e.g. left there by the viewer as it closed). */
export function hasPainted(doc: PDFDocumentProxy, pageNumber: number): boolean {
  return entryOf.get(doc)?.painted?.pageNumber === pageNumber
}

/** The scan at this address when it is open already (held, or kept): a viewer shows it without waiting a turn. */
export function openedPdf(url: string): PDFDocumentProxy | null {
  return open.get(url)?.doc ?? null
}

/** Every page's size of an open scan, as read once. */
export function knownGeoms(doc: PDFDocumentProxy): PageGeom[] | null {
  return entryOf.get(doc)?.geoms ?? null
}

export function rememberGeoms(doc: PDFDocumentProxy, geoms: PageGeom[]): void {
  const entry = entryOf.get(doc)
  if (entry && !entry.destroyed) entry.geoms = geoms
}
