/** A 600-dpi A3 scan at 400 % would need hundreds of megapixels: never allocate more than this. */
export const MAX_CANVAS_PIXELS = 16 * 1024 * 1024

/**
 * Device pixels per CSS pixel for a page of the given CSS size: the screen's ratio, lowered when
 * the canvas would exceed the pixel budget (the page then looks slightly soft instead of crashing).
 */
export function outputScaleFor(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const wanted = Math.max(1, devicePixelRatio || 1)
  const area = cssWidth * cssHeight
  if (area * wanted * wanted <= MAX_CANVAS_PIXELS) return wanted
  return Math.sqrt(MAX_CANVAS_PIXELS / area)
}
