import { createPaintProbe, type PaintProbe, type PaintTarget } from './painted'

/** The review screen's viewer of one document, found as the viewer bench's own page finds it. */
export function reviewViewer(documentId: number): PaintTarget {
  const viewer = `[data-testid="viewer"][data-document-id="${documentId}"]`
  return {
    scroller: () => document.querySelector<HTMLElement>(`${viewer} [data-testid="viewer-scroll"]`),
    pageElement: (n) => document.querySelector<HTMLElement>(`${viewer} [data-testid="viewer-page"][data-page-number="${n}"]`),
    canvasOf: (n) => document.querySelector<HTMLCanvasElement>(`${viewer} canvas.viewer-canvas[data-page-number="${n}"][data-rendered="true"]`),
  }
}

/** `globalThis.reviewProbe` in the app's page. */
export interface ReviewProbe {
  probe: PaintProbe
  /** Watches for page 1 of the document painted, timed from the next key or pointer. */
  arm(documentId: number): void
  armed: Promise<{ ms: number; frames: number }> | null
}

/**
 * The paint probe in the app's own page, for bench/review-next: added before the app's scripts as
 * source text (this file and painted.ts, compiled by the bench), so the app ships nothing of it.
 */
export function installReviewProbe() {
  const probe = createPaintProbe()
  const reviewProbe: ReviewProbe = {
    probe,
    armed: null,
    arm(documentId) {
      probe.awaitInput()
      const watch = probe.paintedAt(reviewViewer(documentId), 1).then((p) => ({ ms: p.at - probe.lastInput(), frames: p.frames }))
      watch.catch(() => {})
      reviewProbe.armed = watch
    },
  }
  ;(globalThis as unknown as { reviewProbe: ReviewProbe }).reviewProbe = reviewProbe
}
