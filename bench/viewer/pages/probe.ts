import type { DocumentInfo } from '../../../shared/contract/documents'
import type { BenchPage } from '../protocol'
import { createPaintProbe, type PaintTarget, type Painted } from './painted'

/** How the probe finds its way around one viewer's DOM. */
export interface ViewerAdapter extends PaintTarget {
  open(document: DocumentInfo): void
}

/** Installs `window.bench` (see BenchPage) over one viewer, with "painted" as painted.ts defines it. */
export function installBench(adapter: ViewerAdapter) {
  const probe = createPaintProbe()
  let documents: DocumentInfo[] = []
  let armedWait: Promise<Painted> | null = null

  const bench: BenchPage = {
    setDocuments(list) {
      documents = list
    },
    async openAndWait(index) {
      const doc = documents[index]
      if (!doc) throw new Error(`no document ${index} of ${documents.length}`)
      const t0 = performance.now()
      adapter.open(doc)
      return (await probe.paintedAt(adapter, 1)).at - t0
    },
    arm(pageNumber) {
      // Frames are counted from the key about to be pressed, not from the one before.
      probe.awaitInput()
      armedWait = probe.paintedAt(adapter, pageNumber)
      armedWait.catch(() => {})
    },
    async armed() {
      if (!armedWait) throw new Error('nothing armed')
      const { at, frameBegan, frames } = await armedWait
      armedWait = null
      return { ms: at - probe.lastInput(), frameBeganMs: frameBegan - probe.lastInput(), frames }
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
