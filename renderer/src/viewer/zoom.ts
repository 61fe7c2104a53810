import type { ViewState } from '../../../shared/contract/documents'

/** Fit the page's width, fit the whole page, or a percentage of actual size. */
export type Zoom = ViewState['zoom']

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

/** Space kept around and between pages inside the frame, in CSS pixels. */
export const PAGE_MARGIN = 16

const ZOOM_KEY = 'caseDesk.viewer.zoom'

/** A zoom read back from storage or the server; anything unreadable is fit-width. */
export function parseZoom(raw: unknown): Zoom {
  if (raw === 'fit-page') return 'fit-page'
  if (raw === 'fit-width' || raw === 'fit' || raw === null || raw === undefined || raw === '') return 'fit-width'
  const n = Number(raw)
  return Number.isFinite(n) ? clampZoom(n) : 'fit-width'
}

/** The zoom last chosen on this PC: the starting zoom of a document opened for the first time. */
export function savedZoom(): Zoom {
  return parseZoom(localStorage.getItem(ZOOM_KEY))
}

export function saveZoom(zoom: Zoom): void {
  localStorage.setItem(ZOOM_KEY, String(zoom))
}
