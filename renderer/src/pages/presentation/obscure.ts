/** A region of a canvas as fractions of its width and height. */
interface Region {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Pixelates a drawn evidence crop everywhere but the marked region, in place. Masking names in
 * the text is not enough when the scan beside it prints the party's name: outside the region the
 * reviewer pinned, the page becomes a mosaic no one can read; with no region, all of it does.
 */
export function obscureOutside(canvas: HTMLCanvasElement, keep: Region | null): void {
  const { width, height } = canvas
  const ctx = canvas.getContext('2d')
  if (!ctx || width === 0 || height === 0) return
  const sharp = document.createElement('canvas')
  sharp.width = width
  sharp.height = height
  sharp.getContext('2d')!.drawImage(canvas, 0, 0)
  // A mosaic of blocks about a sixtieth of the width: larger than a line of scanned text.
  const block = Math.max(8, Math.round(width / 60))
  const small = document.createElement('canvas')
  small.width = Math.max(1, Math.ceil(width / block))
  small.height = Math.max(1, Math.ceil(height / block))
  const smallCtx = small.getContext('2d')!
  smallCtx.drawImage(canvas, 0, 0, small.width, small.height)
  ctx.imageSmoothingEnabled = false
  ctx.drawImage(small, 0, 0, small.width, small.height, 0, 0, width, height)
  ctx.imageSmoothingEnabled = true
  if (keep) {
    const x = Math.round(keep.x * width)
    const y = Math.round(keep.y * height)
    const w = Math.round(keep.w * width)
    const h = Math.round(keep.h * height)
    if (w > 0 && h > 0) ctx.drawImage(sharp, x, y, w, h, x, y, w, h)
  }
  sharp.width = sharp.height = small.width = small.height = 0
}

/** The highlighted region of an EvidenceCrop, read from where the component placed it. */
export function highlightOf(crop: Element): Region | null {
  const el = crop.querySelector<HTMLElement>('.evidence-crop-highlight')
  if (!el) return null
  const pct = (v: string) => Number.parseFloat(v) / 100
  const region = { x: pct(el.style.left), y: pct(el.style.top), w: pct(el.style.width), h: pct(el.style.height) }
  return Object.values(region).every(Number.isFinite) ? region : null
}
