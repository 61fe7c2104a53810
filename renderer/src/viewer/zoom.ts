/** 'fit' follows the frame's width; a number is a percentage of actual size. */
export type Zoom = 'fit' | number

export const MIN_ZOOM = 50
export const MAX_ZOOM = 400
export const ZOOM_STEPS = [50, 67, 75, 90, 100, 125, 150, 175, 200, 250, 300, 400]

export function clampZoom(percent: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(percent)))
}

/** The next preset step from the current effective percentage. */
export function stepZoom(currentPercent: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > currentPercent + 0.5) ?? MAX_ZOOM
  return [...ZOOM_STEPS].reverse().find((s) => s < currentPercent - 0.5) ?? MIN_ZOOM
}

/** Space kept around the page inside the frame, in CSS pixels. */
export const PAGE_MARGIN = 16

/** Scale factor that makes a page of `width` (at scale 1) fill the frame. */
export function fitWidthScale(frameWidth: number, width: number): number {
  return Math.max(0.05, (frameWidth - 2 * PAGE_MARGIN) / width)
}

const ZOOM_KEY = 'caseDesk.viewer.zoom'

export function savedZoom(): Zoom {
  const raw = localStorage.getItem(ZOOM_KEY)
  const n = Number(raw)
  return raw && raw !== 'fit' && Number.isFinite(n) ? clampZoom(n) : 'fit'
}

export function saveZoom(zoom: Zoom): void {
  localStorage.setItem(ZOOM_KEY, String(zoom))
}
