/** Where a viewer's page 1 (or any page) is in the DOM. */
export interface PaintTarget {
  scroller(): HTMLElement | null
  pageElement(pageNumber: number): HTMLElement | null
  canvasOf(pageNumber: number): HTMLCanvasElement | null
}

export interface Painted {
  /** When the frame that shows the page was drawn: its main-thread work (style, layout, paint, commit) done. */
  at: number
  /** When that frame began (its animation-frame callbacks ran): before anything of it was drawn. */
  frameBegan: number
  /** In which frame after the last input (1 = the first). */
  frames: number
}

export interface PaintProbe {
  /** When the last key or pointer went down (performance.now()). */
  lastInput(): number
  /** Counts frames from the next input on, not from the one before. */
  awaitInput(): void
  /** Resolves when `pageNumber` of `target` is first seen painted. */
  paintedAt(target: PaintTarget, pageNumber: number): Promise<Painted>
}

/**
 * "Painted", the one definition every bench uses: the page covers the line 60 px below the top of
 * the view and its canvas holds non-white pixels (at its centre, else anywhere), checked every animation frame, and
 * that frame has been drawn; timed in the page. The frame's own work counts: viewers differ most in
 * what they do in the frame after the key (style, layout, paint), which happens after its
 * callbacks begin.
 *
 * Self-contained (it uses nothing from outside its body), so that the review bench can put it into
 * the app's own page as source text.
 */
export function createPaintProbe(): PaintProbe {
  const WAIT_LIMIT_MS = 120_000
  const TOP_LINE = 60
  let last = 0
  const noteInput = () => (last = performance.now())
  window.addEventListener('keydown', noteInput, { capture: true })
  window.addEventListener('pointerdown', noteInput, { capture: true })

  // Pixels are read through a small canvas of our own, so the viewers' contexts stay untouched.
  const sample = document.createElement('canvas')
  sample.width = 24
  sample.height = 24
  const sampleCtx = sample.getContext('2d', { willReadFrequently: true })!

  const darkIn = (canvas: HTMLCanvasElement, sx: number, sy: number, sw: number, sh: number) => {
    sampleCtx.clearRect(0, 0, 24, 24)
    sampleCtx.drawImage(canvas, sx, sy, sw, sh, 0, 0, 24, 24)
    const px = sampleCtx.getImageData(0, 0, 24, 24).data
    // RGBA: i + 3 is inside the data.
    for (let i = 0; i < px.length; i += 4) if ((px[i + 3] ?? 0) > 0 && (px[i] ?? 0) + (px[i + 1] ?? 0) + (px[i + 2] ?? 0) < 3 * 240) return true
    return false
  }
  // The centre of a scan; a document page whose centre is blank paper (a cover, a form) has its
  // ink elsewhere: then the whole page, shrunk.
  const hasInk = (canvas: HTMLCanvasElement) => {
    if (canvas.width < 24 || canvas.height < 24) return false
    return darkIn(canvas, Math.floor(canvas.width / 2) - 12, Math.floor(canvas.height / 2) - 12, 24, 24) || darkIn(canvas, 0, 0, canvas.width, canvas.height)
  }

  const isPainted = (target: PaintTarget, pageNumber: number) => {
    const scroller = target.scroller()
    const pageEl = target.pageElement(pageNumber)
    const canvas = target.canvasOf(pageNumber)
    if (!scroller || !pageEl || !canvas || !canvas.isConnected) return false
    const view = scroller.getBoundingClientRect()
    const box = pageEl.getBoundingClientRect()
    const line = view.top + TOP_LINE
    return box.top <= line && box.bottom > line && hasInk(canvas)
  }

  // Chromium's task scheduler (not in TypeScript's DOM types yet).
  const { scheduler } = globalThis as unknown as { scheduler: { postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void> } }

  return {
    lastInput: () => last,
    awaitInput: () => {
      last = Number.POSITIVE_INFINITY
    },
    paintedAt: (target, pageNumber) =>
      new Promise<Painted>((resolve, reject) => {
        const started = performance.now()
        let framesAfterInput = 0
        const tick = () => {
          const now = performance.now()
          if (now > last) framesAfterInput++
          if (isPainted(target, pageNumber)) {
            // A task posted from a frame callback runs once the frame's work is done; at the highest
            // priority, before whatever else the viewer queued meanwhile.
            const frames = framesAfterInput
            void scheduler.postTask(() => resolve({ at: performance.now(), frameBegan: now, frames }), { priority: 'user-blocking' })
          } else if (now - started > WAIT_LIMIT_MS) reject(new Error(`page ${pageNumber} was not painted within ${WAIT_LIMIT_MS} ms`))
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  }
}
