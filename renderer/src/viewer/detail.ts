import { outputScaleFor } from './canvasBudget'
import type { Slot } from './geometry'
import type { Region } from './PageCanvas'

/** Detail regions are rounded to this, so small scrolls reuse the painted detail. */
const STEP = 64

/**
 * The part of a zoomed-in page on screen, where the whole-page canvas had to be held back to the
 * pixel budget; null when the whole page is sharp already or none of it is on screen.
 */
export function detailRegion(slot: Slot, scroll: { top: number; left: number }, frame: { width: number; height: number }, dpr: number): Region | null {
  if (outputScaleFor(slot.width, slot.height, dpr) >= Math.max(1, dpr) - 0.01) return null
  const left = Math.max(0, scroll.left - slot.left)
  const top = Math.max(0, scroll.top - slot.top)
  const right = Math.min(slot.width, scroll.left + frame.width - slot.left)
  const bottom = Math.min(slot.height, scroll.top + frame.height - slot.top)
  if (right <= left || bottom <= top) return null
  const l = Math.floor(left / STEP) * STEP
  const tp = Math.floor(top / STEP) * STEP
  return { left: l, top: tp, width: Math.min(slot.width - l, Math.ceil((right - l) / STEP) * STEP), height: Math.min(slot.height - tp, Math.ceil((bottom - tp) / STEP) * STEP) }
}
