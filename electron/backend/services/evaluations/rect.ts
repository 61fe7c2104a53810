import type { EvidenceRect } from '../../../../shared/contract/evaluations'
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

/**
 * The condition an anchored insert adds to its own statement (no extra read on the save path):
 * the document belongs to the evaluation's case and the page is one of its pages.
 * Parameters in order: anchorParams(...).
 */
export const ANCHOR_HOLDS = `(? is null or exists (select 1 from documents d join files f on f.sha256 = d.sha256
  where d.id = ? and d.case_id = ? and (? is null or ? between 1 and f.page_count)))`

export function anchorParams(caseId: number, anchor: { documentId: number | null; page: number | null }) {
  const { documentId, page } = anchor
  return [documentId, documentId, caseId, page, page]
}

/** The refusal when an anchored insert wrote nothing because ANCHOR_HOLDS did not hold. */
export function evidenceNotFound(anchor: { documentId: number | null; page: number | null }) {
  return new AppError('evidence_not_found', anchor.page === null ? { documentId: anchor.documentId ?? 0 } : { documentId: anchor.documentId ?? 0, page: anchor.page })
}
