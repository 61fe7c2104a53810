import { outputScaleFor } from '../canvasBudget'

/** RGBA pixels of a page, ready for an ImageData. */
export interface Raster {
  width: number
  height: number
  rgba: Uint8ClampedArray
}

/**
 * Device pixels to decode a raster page into for the size it is shown at: the screen's
 * resolution, held to the canvas budget, and never more than the scan has (beyond that the
 * browser's own scaling shows the same thing for less memory). Rotation does not change the area.
 */
export function rasterTarget(page: { width: number; height: number }, scale: number, devicePixelRatio: number): { width: number; height: number } {
  const cssWidth = page.width * scale
  const cssHeight = page.height * scale
  const out = outputScaleFor(cssWidth, cssHeight, devicePixelRatio)
  return {
    width: Math.max(1, Math.min(page.width, Math.round(cssWidth * out))),
    height: Math.max(1, Math.min(page.height, Math.round(cssHeight * out))),
  }
}

/**
 * Source column → target column, and how many source columns fall in each target column.
 * toTarget has an entry for every source column, counts one for every target column: the loops
 * below index them within those bounds.
 */
function columnMap(width: number, targetWidth: number) {
  const toTarget = new Uint32Array(width)
  const counts = new Uint32Array(targetWidth)
  for (let x = 0; x < width; x++) {
    const tx = Math.min(targetWidth - 1, Math.floor((x * targetWidth) / width))
    toTarget[x] = tx
    counts[tx]!++
  }
  return { toTarget, counts }
}

/** Source rows [from, to) that make target row `ty`: at least one. */
function rowSpan(ty: number, height: number, targetHeight: number): [number, number] {
  const from = Math.floor((ty * height) / targetHeight)
  return [from, Math.max(from + 1, Math.floor(((ty + 1) * height) / targetHeight))]
}

/**
 * A 1-bit page (8 pixels a byte, rows padded to whole bytes) averaged down to grey: a fax scan
 * never becomes a full-size RGBA image, which at 600 dpi would be 140 MB for one A4 page.
 */
export function bilevelToRgba(data: Uint8Array, width: number, height: number, blackIsOne: boolean, target: { width: number; height: number }): Raster {
  const tw = Math.min(width, target.width)
  const th = Math.min(height, target.height)
  const stride = Math.ceil(width / 8)
  const { toTarget, counts } = columnMap(width, tw)
  const rgba = new Uint8ClampedArray(tw * th * 4)
  // Ink per target column; indexed, as counts, by a target column.
  const ink = new Uint32Array(tw)
  for (let ty = 0; ty < th; ty++) {
    ink.fill(0)
    const [from, to] = rowSpan(ty, height, th)
    for (let y = from; y < to; y++) {
      const row = y * stride
      for (let b = 0; b < stride; b++) {
        // Bytes past the end of a short strip read as zero bits.
        const packed = data[row + b] ?? 0
        const byte = blackIsOne ? packed : ~packed & 0xff
        if (byte === 0) continue // paper: most of a page
        const x0 = b * 8
        for (let bit = 0; bit < 8 && x0 + bit < width; bit++) if (byte & (0x80 >> bit)) ink[toTarget[x0 + bit]!]!++
      }
    }
    const rows = to - from
    for (let tx = 0; tx < tw; tx++) {
      const grey = 255 - Math.round((255 * ink[tx]!) / (counts[tx]! * rows))
      const o = (ty * tw + tx) * 4
      rgba[o] = rgba[o + 1] = rgba[o + 2] = grey
      rgba[o + 3] = 255
    }
  }
  return { width: tw, height: th, rgba }
}

/**
 * 8-bit samples — 1 (grey), 3 (RGB) or 4 (RGBA) a pixel — averaged down to RGBA at the target
 * size (box filter), straight from the decoded page: no full-size RGBA copy is made on the way.
 * `invert` is for WhiteIsZero grey.
 */
export function samplesToRgba(data: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 1 | 3 | 4, invert: boolean, target: { width: number; height: number }): Raster {
  const tw = Math.min(width, target.width)
  const th = Math.min(height, target.height)
  const { toTarget, counts } = columnMap(width, tw)
  const rgba = new Uint8ClampedArray(tw * th * 4)
  // Sums per target column and channel: tw × channels entries.
  const sums = new Uint32Array(tw * channels)
  for (let ty = 0; ty < th; ty++) {
    sums.fill(0)
    const [from, to] = rowSpan(ty, height, th)
    for (let y = from; y < to; y++) {
      let i = y * width * channels
      // Samples past the end of a short strip read as zero.
      if (channels === 1) for (let x = 0; x < width; x++) sums[toTarget[x]!]! += data[i++] ?? 0
      else
        for (let x = 0; x < width; x++) {
          const o = toTarget[x]! * channels
          for (let c = 0; c < channels; c++) sums[o + c]! += data[i++] ?? 0
        }
    }
    const rows = to - from
    for (let tx = 0; tx < tw; tx++) {
      const n = counts[tx]! * rows
      const o = (ty * tw + tx) * 4
      if (channels === 1) {
        const v = Math.round(sums[tx]! / n)
        rgba[o] = rgba[o + 1] = rgba[o + 2] = invert ? 255 - v : v
        rgba[o + 3] = 255
      } else {
        for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(sums[tx * channels + c]! / n)
        rgba[o + 3] = channels === 4 ? Math.round(sums[tx * channels + 3]! / n) : 255
      }
    }
  }
  return { width: tw, height: th, rgba }
}
