import { decodedSize, decodePage, openTiff, pageSize, rasterize, releasePage, TiffPageError, type TiffFile } from './decode'
import type { TiffReply, TiffRequest } from './messages'
import type { IFD } from 'utif2'

/**
 * Decodes the pages of one TIFF off the main thread, one at a time, in the order the viewer's
 * render queue sends them. Decoded samples of recently painted pages are kept up to a budget so
 * zooming or turning a page does not decode it again; the rest are released.
 */
const DECODED_BUDGET = 64 * 1024 * 1024

type RenderJob = Extract<TiffRequest, { type: 'render' }>

let file: TiffFile | null = null
let jobs: RenderJob[] = []
let running = false
/** Decoded pages, least recently used first: page index → the page and the bytes it holds. */
const decoded = new Map<number, { ifd: IFD; bytes: number }>()
let decodedTotal = 0

const reply = (message: TiffReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer })

function keepDecoded(index: number, ifd: IFD) {
  decodedTotal -= decoded.get(index)?.bytes ?? 0
  decoded.delete(index)
  const bytes = decodedSize(ifd)
  decoded.set(index, { ifd, bytes })
  decodedTotal += bytes
  for (const [old, page] of decoded) {
    if (decodedTotal <= DECODED_BUDGET || old === index) break
    releasePage(page.ifd)
    decoded.delete(old)
    decodedTotal -= page.bytes
  }
}

async function render(job: RenderJob) {
  const tiff = file
  if (!tiff) return
  const index = job.page - 1
  const ifd = tiff.pages[index]
  try {
    if (!ifd) throw new TiffPageError('decode', `no page ${job.page}`)
    if (!decoded.has(index)) decodePage(tiff, ifd)
    keepDecoded(index, ifd)
    const raster = rasterize(ifd, job)
    const bitmap = await createImageBitmap(new ImageData(raster.rgba as Uint8ClampedArray<ArrayBuffer>, raster.width, raster.height))
    reply({ type: 'rendered', id: job.id, bitmap }, [bitmap])
  } catch (err) {
    const e = err instanceof TiffPageError ? err : new TiffPageError('decode', err instanceof Error ? err.message : String(err))
    reply({ type: 'renderFailed', id: job.id, reason: e.reason, detail: e.detail })
  }
}

// One job per task, so a cancel that arrives meanwhile drops the jobs not yet started.
function pump() {
  if (running || jobs.length === 0) return
  running = true
  setTimeout(() => {
    const job = jobs.shift()
    void (job ? render(job) : Promise.resolve()).finally(() => {
      running = false
      pump()
    })
  }, 0)
}

async function open(url: string) {
  try {
    const response = await fetch(url)
    if (!response.ok) {
      reply({ type: 'openFailed', message: `HTTP ${response.status}`, status: response.status })
      return
    }
    file = openTiff(await response.arrayBuffer())
    reply({ type: 'opened', pages: file.pages.map(pageSize) })
  } catch (err) {
    reply({ type: 'openFailed', message: err instanceof Error ? err.message : String(err), status: null })
  }
}

self.onmessage = (event: MessageEvent<TiffRequest>) => {
  const msg = event.data
  if (msg.type === 'open') void open(msg.url)
  else if (msg.type === 'render') {
    jobs.push(msg)
    pump()
  } else jobs = jobs.filter((j) => j.id !== msg.id)
}
