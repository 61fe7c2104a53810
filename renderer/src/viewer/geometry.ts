import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { PAGE_MARGIN, type Zoom } from './zoom'

/**
 * One page as the file has it, before any rotation: the frame every stored position refers to
 * (evidence rectangles, find hits). PDF: the page's view box in points, y measured from the top;
 * image: its pixels. `baseRotation` is the page's own /Rotate (0 for images).
 */
export interface PageGeom {
  width: number
  height: number
  baseRotation: number
  /** PDF view box [x0, y0, x1, y1] (user space); images: [0, 0, width, height]. */
  view: [number, number, number, number]
}

/** Where a page sits in the scroll area, in CSS pixels, and how it is drawn. */
export interface Slot {
  top: number
  left: number
  width: number
  height: number
  /** CSS pixels per source unit (PDF point or image pixel). */
  scale: number
  /** Total clockwise rotation shown: the page's own plus the stored one. */
  rotation: number
  /** The page drawn in it. */
  geom: PageGeom
}

export interface Layout {
  slots: Slot[]
  width: number
  height: number
}

export function normalizeRotation(degrees: number): number {
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360
}

/** Size of a page as shown (sides swapped when turned sideways), in source units. */
export function shownSize(geom: PageGeom, rotation: number): { width: number; height: number } {
  return rotation % 180 === 0 ? { width: geom.width, height: geom.height } : { width: geom.height, height: geom.width }
}

/**
 * Source units → CSS pixels for one page. Fits are per page, so a small receipt or a sideways
 * fold-out in a file of A4 pages is fitted too; percentages are uniform.
 */
export function pageScale(zoom: Zoom, shown: { width: number; height: number }, frame: { width: number; height: number }, cssPerUnit: number): number {
  if (typeof zoom === 'number') return (zoom / 100) * cssPerUnit
  const byWidth = (frame.width - 2 * PAGE_MARGIN) / shown.width
  if (zoom === 'fit-width') return Math.max(0.02, byWidth)
  const byHeight = (frame.height - 2 * PAGE_MARGIN) / shown.height
  return Math.max(0.02, Math.min(byWidth, byHeight))
}

/** Every page stacked top to bottom, centred horizontally, with their sizes known up front. */
export function layoutPages(
  geoms: PageGeom[],
  storedRotation: (page: number) => number,
  zoom: Zoom,
  frame: { width: number; height: number },
  cssPerUnit: number,
): Layout {
  let top = PAGE_MARGIN
  let widest = 0
  const slots = geoms.map((geom, i) => {
    const rotation = normalizeRotation(geom.baseRotation + storedRotation(i + 1))
    const shown = shownSize(geom, rotation)
    const scale = pageScale(zoom, shown, frame, cssPerUnit)
    const slot: Slot = { top, left: 0, width: Math.max(1, Math.floor(shown.width * scale)), height: Math.max(1, Math.floor(shown.height * scale)), scale, rotation, geom }
    top += slot.height + PAGE_MARGIN
    widest = Math.max(widest, slot.width)
    return slot
  })
  const width = Math.max(frame.width, widest + 2 * PAGE_MARGIN)
  for (const slot of slots) slot.left = Math.floor((width - slot.width) / 2)
  return { slots, width, height: top }
}

/** The slot of a 1-based page, the page clamped to the document's; null when it has no pages. */
export function slotOf(layout: Layout, page: number): Slot | null {
  return layout.slots[Math.min(layout.slots.length, Math.max(1, page)) - 1] ?? null
}

/** Index of the first slot whose bottom is below `y`. */
function firstBelow(slots: Slot[], y: number): number {
  let lo = 0
  let hi = slots.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const slot = slots[mid]! // lo <= mid < hi <= slots.length
    if (slot.top + slot.height <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** 1-based pages at least partly inside the viewport, and the one that fills most of it. */
export function visiblePages(slots: Slot[], scrollTop: number, viewHeight: number): { first: number; last: number; current: number } {
  if (slots.length === 0) return { first: 1, last: 1, current: 1 }
  const bottom = scrollTop + viewHeight
  let first = Math.min(firstBelow(slots, scrollTop), slots.length - 1)
  let last = first
  // Past the last page there is nothing more to show.
  while ((slots[last + 1]?.top ?? Infinity) < bottom) last++
  let current = first
  let best = -1
  for (const [offset, s] of slots.slice(first, last + 1).entries()) {
    const seen = Math.min(s.top + s.height, bottom) - Math.max(s.top, scrollTop)
    // A page counts by how much of the viewport it fills, so a tall page beats a sliver.
    if (seen > best + 0.5) {
      best = seen
      current = first + offset
    }
  }
  first = Math.max(0, first)
  return { first: first + 1, last: last + 1, current: current + 1 }
}

/** Normalised rectangle (fractions of the unrotated page) → fractions of the page as shown. */
export function rectToShown(r: EvidenceRect, rotation: number): EvidenceRect {
  switch (normalizeRotation(rotation)) {
    case 90:
      return { x: 1 - r.y - r.h, y: r.x, w: r.h, h: r.w }
    case 180:
      return { x: 1 - r.x - r.w, y: 1 - r.y - r.h, w: r.w, h: r.h }
    case 270:
      return { x: r.y, y: 1 - r.x - r.w, w: r.h, h: r.w }
    default:
      return { ...r }
  }
}

/** Fractions of the page as shown → fractions of the unrotated page (the inverse of rectToShown). */
export function rectFromShown(r: EvidenceRect, rotation: number): EvidenceRect {
  return rectToShown(r, (360 - normalizeRotation(rotation)) % 360)
}

/** Keeps a rectangle inside the page, rounded to 4 decimals (about 0.1 mm on A4). */
export function clampRect(r: EvidenceRect): EvidenceRect {
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))
  const round = (n: number) => Math.round(n * 10000) / 10000
  const w = round(clamp(r.w, 0.0001, 1))
  const h = round(clamp(r.h, 0.0001, 1))
  return { x: round(clamp(r.x, 0, 1 - w)), y: round(clamp(r.y, 0, 1 - h)), w, h }
}
