import type { EvidenceRect } from '../../../shared/contract/evaluations'
import type { PageGeom } from './geometry'

/** What find needs of one pdf.js text item. */
export interface TextRun {
  str: string
  transform: number[]
  width: number
  height: number
}

/**
 * A page's text ready for matching: whitespace dropped (scans put spaces between glyphs),
 * case and full-width forms folded; every kept character remembers its run and offset.
 */
export interface PageText {
  runs: TextRun[]
  chars: string
  run: Int32Array
  offset: Int32Array
}

/** One character as matching sees it: lower case, full-width Latin and digits folded to ASCII. */
function fold(ch: string): string {
  const n = ch.normalize('NFKC').toLowerCase()
  return n.length === 1 ? n : ch.toLowerCase()
}

export function foldQuery(query: string): string {
  return [...query].filter((ch) => !/\s/.test(ch)).map(fold).join('')
}

export function indexPageText(items: readonly unknown[]): PageText {
  const runs: TextRun[] = []
  for (const item of items) {
    const it = item as Partial<TextRun>
    if (typeof it.str === 'string' && Array.isArray(it.transform) && it.str.length > 0) {
      runs.push({ str: it.str, transform: it.transform, width: it.width ?? 0, height: it.height ?? 0 })
    }
  }
  let chars = ''
  const run: number[] = []
  const offset: number[] = []
  runs.forEach((r, ri) => {
    let i = 0
    for (const ch of r.str) {
      if (!/\s/.test(ch)) {
        chars += fold(ch)
        run.push(ri)
        offset.push(i)
      }
      i += ch.length
    }
  })
  return { runs, chars, run: Int32Array.from(run), offset: Int32Array.from(offset) }
}

/** Start positions (in `chars`) of every match of an already folded query. */
export function findAll(text: PageText, folded: string): number[] {
  if (!folded) return []
  const found: number[] = []
  let at = text.chars.indexOf(folded)
  while (at >= 0) {
    found.push(at)
    at = text.chars.indexOf(folded, at + folded.length)
  }
  return found
}

/**
 * Boxes around a match, one per text run it touches, as fractions of the unrotated page (the
 * same frame as evidence rectangles). A run's glyphs are taken as equally wide, which holds
 * for Chinese text and is close enough for Latin.
 */
export function matchRects(text: PageText, start: number, length: number, geom: PageGeom): EvidenceRect[] {
  const [x0, , , y1] = geom.view
  const spans = new Map<TextRun, { from: number; to: number }>()
  for (let k = start; k < start + length && k < text.chars.length; k++) {
    const ri = text.run[k]
    const off = text.offset[k]
    // A character that folds to two code units leaves run and offset shorter than chars.
    if (ri === undefined || off === undefined) break
    const r = text.runs[ri]! // run holds indices into runs (indexPageText)
    const span = spans.get(r)
    if (span) span.to = Math.max(span.to, off + 1)
    else spans.set(r, { from: off, to: off + 1 })
  }
  const rects: EvidenceRect[] = []
  for (const [r, span] of spans) {
    // pdf.js gives six numbers; the identity matrix stands in for any missing.
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = r.transform
    const along = Math.hypot(a, b) || 1
    const upLen = Math.hypot(c, d) || 1
    const dir = { x: a / along, y: b / along }
    const up = { x: c / upLen, y: d / upLen }
    const fontHeight = r.height > 0 ? r.height : upLen
    const t0 = (span.from / r.str.length) * r.width
    const t1 = (span.to / r.str.length) * r.width
    const corners = [
      { t: t0, u: -0.2 },
      { t: t1, u: -0.2 },
      { t: t0, u: 0.95 },
      { t: t1, u: 0.95 },
    ].map(({ t, u }) => {
      const x = e + dir.x * t + up.x * u * fontHeight
      const y = f + dir.y * t + up.y * u * fontHeight
      return { x: (x - x0) / geom.width, y: (y1 - y) / geom.height }
    })
    const xs = corners.map((p) => p.x)
    const ys = corners.map((p) => p.y)
    const left = Math.max(0, Math.min(...xs))
    const top = Math.max(0, Math.min(...ys))
    const right = Math.min(1, Math.max(...xs))
    const bottom = Math.min(1, Math.max(...ys))
    if (right > left && bottom > top) rects.push({ x: left, y: top, w: right - left, h: bottom - top })
  }
  return rects
}
