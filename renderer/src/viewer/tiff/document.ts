import TiffWorker from './tiff.worker?worker'
import type { TiffFailure } from './decode'
import type { TiffReply, TiffRequest } from './messages'

/** A page of the TIFF that could not be painted; the reason says why in terms a reviewer can act on. */
export class TiffRenderError extends Error {
  constructor(
    readonly reason: TiffFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`)
    this.name = 'TiffRenderError'
  }
}

/** The file could not be read at all (missing from the store, or not a TIFF after all). */
export class TiffOpenError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message)
    this.name = 'TiffOpenError'
  }
}

/** A paint that was abandoned: not an error to show. */
export class TiffCancelled extends Error {
  name = 'TiffCancelled'
}

interface Pending {
  resolve: (bitmap: ImageBitmap) => void
  reject: (err: Error) => void
}

/**
 * A multi-page TIFF open in its own worker: page sizes up front, pages decoded on request at the
 * size they are shown. `destroy` ends the worker and everything it holds.
 */
export class TiffDocument {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private destroyed = false
  pages: { width: number; height: number }[] = []

  private constructor(private readonly worker: Worker) {}

  static open(url: string): { promise: Promise<TiffDocument>; destroy: () => void } {
    const doc = new TiffDocument(new TiffWorker())
    const promise = new Promise<TiffDocument>((resolve, reject) => {
      doc.worker.onmessage = (event: MessageEvent<TiffReply>) => {
        const msg = event.data
        if (msg.type === 'opened') {
          doc.pages = msg.pages
          resolve(doc)
        } else if (msg.type === 'openFailed') {
          doc.destroy()
          reject(new TiffOpenError(msg.message, msg.status))
        } else doc.settle(msg)
      }
      doc.worker.onerror = (event) => {
        doc.destroy()
        reject(new TiffOpenError(event.message || 'worker failed', null))
      }
    })
    doc.post({ type: 'open', url: new URL(url, document.baseURI).href })
    return { promise, destroy: () => doc.destroy() }
  }

  /** Decodes a page (1-based) to a bitmap of the given size; `cancel` drops it if not started. */
  render(page: number, width: number, height: number): { promise: Promise<ImageBitmap>; cancel: () => void } {
    const id = this.nextId++
    const promise = new Promise<ImageBitmap>((resolve, reject) => {
      if (this.destroyed) reject(new TiffCancelled())
      else this.pending.set(id, { resolve, reject })
    })
    this.post({ type: 'render', id, page, width, height })
    return {
      promise,
      cancel: () => {
        const p = this.pending.get(id)
        if (!p) return
        this.pending.delete(id)
        this.post({ type: 'cancel', id })
        p.reject(new TiffCancelled())
      },
    }
  }

  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.worker.terminate()
    for (const p of this.pending.values()) p.reject(new TiffCancelled())
    this.pending.clear()
  }

  private post(msg: TiffRequest) {
    if (!this.destroyed) this.worker.postMessage(msg)
  }

  private settle(msg: Extract<TiffReply, { type: 'rendered' | 'renderFailed' }>) {
    const p = this.pending.get(msg.id)
    this.pending.delete(msg.id)
    if (msg.type === 'rendered') {
      // Cancelled meanwhile: nobody will draw it.
      if (p) p.resolve(msg.bitmap)
      else msg.bitmap.close()
    } else p?.reject(new TiffRenderError(msg.reason, msg.detail))
  }
}
