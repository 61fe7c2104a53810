import type { EvidenceRect } from '../../../shared/contract/evaluations'
import type { PageMarks } from './PageSlot'
import type { FindHit } from './useFind'

/** What is marked on each page: find matches (the selected one stronger) and the evidence box. */
export function pageMarks(hits: FindHit[], selected: number, rectsOf: (hit: FindHit) => EvidenceRect[], evidence: { page: number; rect: EvidenceRect } | null): Map<number, PageMarks> {
  const map = new Map<number, PageMarks>()
  const entry = (p: number) => {
    let m = map.get(p)
    if (!m) map.set(p, (m = { hits: [], current: [], evidence: null }))
    return m
  }
  hits.forEach((hit, i) => {
    const m = entry(hit.page)
    if (i === selected) m.current.push(...rectsOf(hit))
    else m.hits.push(...rectsOf(hit))
  })
  if (evidence) entry(evidence.page).evidence = evidence.rect
  return map
}
