import * as pdfjsLib from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { PDFDocumentLoadingTask } from 'pdfjs-dist'
import 'pdfjs-dist/web/pdf_viewer.css'
import { installBench } from './probe'
import './bench.css'

// pdf.js's component viewer reads the library from the global scope.
pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl
;(globalThis as unknown as { pdfjsLib: typeof pdfjsLib }).pdfjsLib = pdfjsLib
const { EventBus, PDFLinkService, PDFViewer } = await import('pdfjs-dist/web/pdf_viewer.mjs')

const token = new URL(window.location.href).searchParams.get('token') ?? ''
const pane = document.createElement('div')
pane.className = 'bench-pane'
const container = document.createElement('div')
container.className = 'bench-baseline-container'
const viewerEl = document.createElement('div')
viewerEl.className = 'pdfViewer'
container.append(viewerEl)
pane.append(container)
document.getElementById('root')!.append(pane)

// pdf.js's own component viewer with its default options, set up as in its "simpleviewer" example.
const eventBus = new EventBus()
const linkService = new PDFLinkService({ eventBus })
const viewer = new PDFViewer({ container, viewer: viewerEl, eventBus, linkService })
linkService.setViewer(viewer)
eventBus.on('pagesinit', () => {
  viewer.currentScaleValue = 'page-width'
})
// PgDn turns the page, as in pdf.js's full viewer.
window.addEventListener('keydown', (e) => {
  if (e.key !== 'PageDown') return
  e.preventDefault()
  viewer.nextPage()
})

let task: PDFDocumentLoadingTask | null = null
async function open(url: string) {
  // Closing the previous document as pdf.js's full viewer does.
  if (task) {
    const old = task
    task = null
    viewer.setDocument(null as never)
    linkService.setDocument(null)
    await old.destroy()
  }
  const current = pdfjsLib.getDocument({ url })
  task = current
  const doc = await current.promise
  if (task !== current) return
  viewer.setDocument(doc)
  linkService.setDocument(doc, null)
}

installBench({
  open(doc) {
    void open(`/files/${doc.sha256}?token=${encodeURIComponent(token)}`)
  },
  scroller: () => container,
  pageElement: (n) => viewerEl.querySelector<HTMLElement>(`.page[data-page-number="${n}"]`),
  canvasOf: (n) => viewerEl.querySelector<HTMLCanvasElement>(`.page[data-page-number="${n}"] canvas`),
})
