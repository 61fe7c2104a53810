import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { AppError } from '../errors'

/** A rectangle marks evidence on one page of one document: without them it points nowhere. */
export function checkRectAnchor(anchor: { documentId: number | null; page: number | null; rect: EvidenceRect | null }) {
  if (anchor.rect === null) return
  if (anchor.documentId === null) throw new AppError('invalid_input', { detail: 'rect: needs a documentId' })
  if (anchor.page === null) throw new AppError('invalid_input', { detail: 'rect: needs a page' })
}

export function rectColumns(rect: EvidenceRect | null) {
  return { rectX: rect?.x ?? null, rectY: rect?.y ?? null, rectW: rect?.w ?? null, rectH: rect?.h ?? null }
}

export function rectOf(row: { rectX: number | null; rectY: number | null; rectW: number | null; rectH: number | null }): EvidenceRect | null {
  const { rectX: x, rectY: y, rectW: w, rectH: h } = row
  return x === null || y === null || w === null || h === null ? null : { x, y, w, h }
}
