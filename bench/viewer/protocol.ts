import type { DocumentInfo } from '../../shared/contract/documents'

/**
 * What both bench pages expose as `window.bench`, so the runner drives ours and pdf.js's own
 * viewer with the same calls and both measure "painted" the same way, inside the page.
 */
export interface BenchPage {
  /** The documents to open, in order (the same scan attached to one case each). */
  setDocuments(documents: DocumentInfo[]): void
  /** Opens document `index` and resolves with ms from the call to page 1 painted on screen. */
  openAndWait(index: number): Promise<number>
  /** Starts watching for `pageNumber` to be painted at the top of the view; call before the key press. */
  arm(pageNumber: number): void
  /**
   * From the last key press to the armed page painted (the frame that shows it drawn), in ms; the
   * same to the start of that frame, before it is drawn; and in animation frames (1 = in the first
   * frame after the key).
   */
  armed(): Promise<{ ms: number; frameBeganMs: number; frames: number }>
  /** Bytes held by live canvases: the sum of width × height × 4 over the document's canvases. */
  canvasBytes(): number
  /** Device-pixel size of page 1's canvas, to check both viewers paint at the same size. */
  canvasSize(pageNumber: number): { width: number; height: number } | null
}

/** The page that draws scan images in the browser (fast native JPEG encoding). */
export interface ScanMakerPage {
  /** One noisy, slightly skewed 200-dpi A4 page as JPEG bytes in base64. */
  makeScanPage(seed: number): Promise<string>
}

/** The review screen's window; the viewer pane in it is sized in pages/bench.css. */
export const WINDOW = { width: 1440, height: 900 } as const
