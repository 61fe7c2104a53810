import type { EvidenceRect } from '../../../../shared/contract/evaluations'

/** Where in the case file a finding points: a document, a page of it, and maybe a box on that page. */
export interface Anchor {
  documentId: number | null
  page: number | null
  rect?: EvidenceRect | null
}

/** The viewer's current place, offered as the default anchor of a new finding. */
export interface CurrentPlace {
  documentId: number | null
  /** Null where the object reviewed has no pages (an A/V record, a complaint). */
  page: number | null
  documentName: string | null
}
