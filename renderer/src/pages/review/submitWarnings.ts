import type { Finding } from '../../../../shared/contract/checks'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { ShownPages } from './shownPages'

/** Pages never shown in one document (the first few named). */
export interface UnseenPages {
  documentId: number
  fileName: string
  count: number
  first: number[]
}

/** What a reviewer is asked to confirm before submitting; empty lists and zeros mean nothing to say. */
export interface SubmitWarnings {
  noDocuments: boolean
  unseen: UnseenPages[]
  totalPages: number
  pendingFindings: number
  nothingTouched: boolean
}

const NAMED_PAGES = 5

/** A finding still waiting for the reviewer: a problem neither confirmed nor overridden. */
export function isPending(f: Finding): boolean {
  return f.outcome === 'problem' && f.decision === null
}

export function submitWarnings(state: EvaluationState, findings: readonly Finding[], documents: readonly DocumentInfo[], shown: ShownPages): SubmitWarnings {
  const unseen = documents
    .map((d) => {
      const seen = shown.get(d.id)
      const missing: number[] = []
      for (let p = 1; p <= d.pageCount; p++) if (!seen?.has(p)) missing.push(p)
      return { documentId: d.id, fileName: d.fileName, count: missing.length, first: missing.slice(0, NAMED_PAGES) }
    })
    .filter((u) => u.count > 0)
  return {
    noDocuments: documents.length === 0,
    unseen,
    totalPages: documents.reduce((sum, d) => sum + d.pageCount, 0),
    pendingFindings: findings.filter(isPending).length,
    nothingTouched: !state.scored,
  }
}

export function hasWarnings(w: SubmitWarnings): boolean {
  return w.noDocuments || w.unseen.length > 0 || w.pendingFindings > 0 || w.nothingTouched
}
