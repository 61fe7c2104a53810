import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { outputScaleFor } from './canvasBudget'
import { cropSize, planCrop, rasterCropTransform } from './crop'
import { normalizeRotation, shownSize } from './geometry'
import { RenderingCancelledException, type PDFDocumentProxy, type RenderTask } from './pdfjs'
import { TiffCancelled, type TiffDocument } from './tiff/document'
import { rasterTarget } from './tiff/raster'

/** How big to draw: CSS width (and at most this height), and device pixels per CSS pixel. */
export interface CropTarget {
  width: number
  maxHeight?: number
  pixelRatio: number
}

export interface DrawnCrop {
  canvas: HTMLCanvasElement
  /** CSS size of the crop. */
  width: number
  height: number
  /** The evidence rectangle within the crop, as fractions of it. */
  highlight: EvidenceRect | null
}

/** The page asked for is not in the file. */
export const NO_SUCH_PAGE = 'no-such-page' as const

class CropCancelled extends Error {}

function canvasOf(width: number, height: number, pixelRatio: number) {
  const out = outputScaleFor(width, height, pixelRatio)
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(width * out))
  canvas.height = Math.max(1, Math.round(height * out))
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  return canvas
}

/** A PDF page's crop, painted by pdf.js at the crop's own resolution (not cut from a page bitmap). */
export async function drawPdfCrop(
  doc: PDFDocumentProxy,
  pageNumber: number,
  storedRotation: number,
  rect: EvidenceRect | null,
  target: CropTarget,
  signal: AbortSignal,
): Promise<DrawnCrop | typeof NO_SUCH_PAGE> {
  if (pageNumber > doc.numPages) return NO_SUCH_PAGE
  const page = await doc.getPage(pageNumber)
  if (signal.aborted) throw new CropCancelled()
  const rotation = normalizeRotation(page.rotate + storedRotation)
  const { region, highlight } = planCrop(rect, rotation)
  const whole = page.getViewport({ scale: 1, rotation })
  const size = cropSize(region, whole, target.width, target.maxHeight)
  const canvas = canvasOf(size.width, size.height, target.pixelRatio)
  const scale = (size.scale * canvas.width) / size.width
  const full = page.getViewport({ scale, rotation })
  const viewport = page.getViewport({ scale, rotation, offsetX: -region.x * full.width, offsetY: -region.y * full.height })
  const task: RenderTask = page.render({ canvas, viewport })
  const cancel = () => task.cancel()
  signal.addEventListener('abort', cancel)
  try {
    await task.promise
  } finally {
    signal.removeEventListener('abort', cancel)
  }
  return { canvas, width: size.width, height: size.height, highlight }
}

/** A decoded raster page (`width` × `height` page pixels, drawn from `source` at any size), turned and cut. */
function drawRaster(source: CanvasImageSource, sourceSize: { width: number; height: number }, page: { width: number; height: number }, storedRotation: number, rect: EvidenceRect | null, target: CropTarget): DrawnCrop {
  const rotation = normalizeRotation(storedRotation)
  const { region, highlight } = planCrop(rect, rotation)
  const size = cropSize(region, shownSize({ ...page, baseRotation: 0, view: [0, 0, page.width, page.height] }, rotation), target.width, target.maxHeight)
  const canvas = canvasOf(size.width, size.height, target.pixelRatio)
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.imageSmoothingQuality = 'high'
  // Canvas pixels per source pixel: the decoded source may be smaller than the scan.
  const k = (size.scale * canvas.width) / size.width / (sourceSize.width / page.width)
  ctx.setTransform(...rasterCropTransform(sourceSize.width, sourceSize.height, rotation, region, k))
  ctx.drawImage(source, 0, 0)
  return { canvas, width: size.width, height: size.height, highlight }
}

function loadImage(url: string, signal: AbortSignal): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error(`image ${url} could not be read`))
    signal.addEventListener('abort', () => {
      img.src = ''
      reject(new CropCancelled())
    })
    img.src = url
  })
}

/** A JPEG or PNG scan (one page). */
export async function drawImageCrop(url: string, pageNumber: number, storedRotation: number, rect: EvidenceRect | null, target: CropTarget, signal: AbortSignal) {
  if (pageNumber !== 1) return NO_SUCH_PAGE
  const img = await loadImage(url, signal)
  const page = { width: img.naturalWidth, height: img.naturalHeight }
  return drawRaster(img, page, page, storedRotation, rect, target)
}

/** A TIFF page, decoded in the TIFF worker no larger than the crop needs. */
export async function drawTiffCrop(doc: TiffDocument, pageNumber: number, storedRotation: number, rect: EvidenceRect | null, target: CropTarget, signal: AbortSignal) {
  const page = doc.pages[pageNumber - 1]
  if (!page) return NO_SUCH_PAGE
  const rotation = normalizeRotation(storedRotation)
  const { region } = planCrop(rect, rotation)
  const shown = rotation % 180 === 0 ? page : { width: page.height, height: page.width }
  // CSS pixels per page pixel at the crop's size, then the whole page decoded at that resolution.
  const { scale } = cropSize(region, shown, target.width, target.maxHeight)
  const size = rasterTarget(page, scale, target.pixelRatio)
  const task = doc.render(pageNumber, size.width, size.height)
  signal.addEventListener('abort', () => task.cancel())
  const bitmap = await task.promise
  try {
    return drawRaster(bitmap, { width: bitmap.width, height: bitmap.height }, page, storedRotation, rect, target)
  } finally {
    bitmap.close()
  }
}

/** The crop was left before it was drawn: nothing to report. */
export function isCancelled(error: unknown): boolean {
  return error instanceof CropCancelled || error instanceof RenderingCancelledException || error instanceof TiffCancelled
}
