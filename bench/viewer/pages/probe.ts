import type { DocumentInfo } from '../../../shared/contract/documents'
import type { BenchPage } from '../protocol'

/** How the probe finds its way around one viewer's DOM. */
export interface ViewerAdapter {
  open(document: DocumentInfo): void
  scroller(): HTMLElement | null
  pageElement(pageNumber: number): HTMLElement | null
  canvasOf(pageNumber: number): HTMLCanvasElement | null
}

const WAIT_LIMIT_MS = 120_000

interface Painted {
  /** When the frame that shows the page was drawn: its main-thread work (style, layout, paint, commit) done. */
  at: number
  /** When that frame began (its animation-frame callbacks ran): before anything of it was drawn. */
  frameBegan: number
  frames: number
}

/** Chromium's task scheduler (not in TypeScript's DOM types yet). */
declare const scheduler: { postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void> }
/** A page counts as shown when it covers the line this far below the top of the view. */
const TOP_LINE = 60

/**
 * The same definition of "painted" for both viewers: the page covers the top of the view and the
 * centre of its canvas holds non-white pixels, checked every animation frame, and that frame has
 * been drawn; timed in the page. The frame's own work counts: the viewers differ most in what they
 * do in the frame after the key (style, layout, paint), which happens after its callbacks begin.
 */
export function installBench(adapter: ViewerAdapter) {
  let documents: DocumentInfo[] = []
  let lastKey = 0
  let armedWait: Promise<Painted> | null = null
  window.addEventListener('keydown', () => (lastKey = performance.now()), { capture: true })

  // Pixels are read through a small canvas of our own, so the viewers' contexts stay untouched.
  const sample = document.createElement('canvas')
  sample.width = 24
  sample.height = 24
  const sampleCtx = sample.getContext('2d', { willReadFrequently: true })!

  const hasInk = (canvas: HTMLCanvasElement) => {
    if (canvas.width < 24 || canvas.height < 24) return false
    sampleCtx.clearRect(0, 0, 24, 24)
    sampleCtx.drawImage(canvas, Math.floor(canvas.width / 2) - 12, Math.floor(canvas.height / 2) - 12, 24, 24, 0, 0, 24, 24)
    const px = sampleCtx.getImageData(0, 0, 24, 24).data
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] + px[i + 1] + px[i + 2] < 3 * 240) return true
    return false
  }

  const isPainted = (pageNumber: number) => {
    const scroller = adapter.scroller()
    const pageEl = adapter.pageElement(pageNumber)
    const canvas = adapter.canvasOf(pageNumber)
    if (!scroller || !pageEl || !canvas || !canvas.isConnected) return false
    const view = scroller.getBoundingClientRect()
    const box = pageEl.getBoundingClientRect()
    const line = view.top + TOP_LINE
    return box.top <= line && box.bottom > line && hasInk(canvas)
  }

  /** When the page was first seen painted, and in which frame after the last key press (1 = the first). */
  const paintedAt = (pageNumber: number) =>
    new Promise<Painted>((resolve, reject) => {
      const started = performance.now()
      let framesAfterKey = 0
      const tick = () => {
        const now = performance.now()
        if (now > lastKey) framesAfterKey++
        if (isPainted(pageNumber)) {
          // A task posted from a frame callback runs once the frame's work is done; at the highest
          // priority, before whatever else the viewer queued meanwhile.
          const frames = framesAfterKey
          void scheduler.postTask(() => resolve({ at: performance.now(), frameBegan: now, frames }), { priority: 'user-blocking' })
        } else if (now - started > WAIT_LIMIT_MS) reject(new Error(`page ${pageNumber} was not painted within ${WAIT_LIMIT_MS} ms`))
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })

  const bench: BenchPage = {
    setDocuments(list) {
      documents = list
    },
    async openAndWait(index) {
      const t0 = performance.now()
      adapter.open(documents[index])
      return (await paintedAt(1)).at - t0
    },
    arm(pageNumber) {
      // Frames are counted from the key about to be pressed, not from the one before.
      lastKey = Number.POSITIVE_INFINITY
      armedWait = paintedAt(pageNumber)
      armedWait.catch(() => {})
    },
    async armed() {
      if (!armedWait) throw new Error('nothing armed')
      const { at, frameBegan, frames } = await armedWait
      armedWait = null
      return { ms: at - lastKey, frameBeganMs: frameBegan - lastKey, frames }
    },
    canvasBytes() {
      let bytes = 0
      for (const c of document.querySelectorAll('canvas')) bytes += c.width * c.height * 4
      return bytes
    },
    canvasSize(pageNumber) {
      const c = adapter.canvasOf(pageNumber)
      return c ? { width: c.width, height: c.height } : null
    },
  }
  ;(window as unknown as { bench: BenchPage }).bench = bench
}
