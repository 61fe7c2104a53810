import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { clampRect, normalizeRotation, rectToShown } from './geometry'

/** What part of a page an evidence crop shows, on the page as shown (turned as the reviewer left it). */
export interface CropPlan {
  /** The part of the shown page the crop covers, as fractions of it. */
  region: EvidenceRect
  /** The evidence rectangle within the crop, as fractions of the crop; null for a whole page. */
  highlight: EvidenceRect | null
}

/**
 * The crop for an evidence rectangle (fractions of the unrotated page): the rectangle with a little
 * of the page around it, so the reader sees where on the page it sits; the whole page without one.
 */
export function planCrop(rect: EvidenceRect | null, rotation: number, context = 0.03): CropPlan {
  if (!rect) return { region: { x: 0, y: 0, w: 1, h: 1 }, highlight: null }
  const x0 = Math.max(0, rect.x - context)
  const y0 = Math.max(0, rect.y - context)
  const x1 = Math.min(1, rect.x + rect.w + context)
  const y1 = Math.min(1, rect.y + rect.h + context)
  const region = rectToShown({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, rotation)
  const shown = rectToShown(clampRect(rect), rotation)
  const highlight = { x: (shown.x - region.x) / region.w, y: (shown.y - region.y) / region.h, w: shown.w / region.w, h: shown.h / region.h }
  return { region, highlight }
}

/**
 * CSS size of a crop: `width` wide, unless that would make it taller than `maxHeight`; `shown`
 * is the whole page as shown, in any unit.
 */
export function cropSize(region: EvidenceRect, shown: { width: number; height: number }, width: number, maxHeight = Infinity): { width: number; height: number; scale: number } {
  const w = region.w * shown.width
  const h = region.h * shown.height
  const scale = Math.min(width / w, maxHeight / h)
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)), scale }
}

/**
 * The canvas transform that draws an unrotated raster page (`width` × `height` pixels) turned by
 * `rotation` and moved so `region` of the shown page fills a canvas at `k` canvas pixels a page pixel.
 */
export function rasterCropTransform(width: number, height: number, rotation: number, region: EvidenceRect, k: number): [number, number, number, number, number, number] {
  const r = normalizeRotation(rotation)
  const shownW = r % 180 === 0 ? width : height
  const shownH = r % 180 === 0 ? height : width
  // Page pixel → shown pixel (clockwise turns), as rectToShown maps rectangles.
  const turn: [number, number, number, number, number, number] =
    r === 90 ? [0, 1, -1, 0, height, 0] : r === 180 ? [-1, 0, 0, -1, width, height] : r === 270 ? [0, -1, 1, 0, 0, width] : [1, 0, 0, 1, 0, 0]
  const [a, b, c, d, e, f] = turn
  const dx = -region.x * shownW
  const dy = -region.y * shownH
  return [k * a, k * b, k * c, k * d, k * (e + dx), k * (f + dy)]
}
