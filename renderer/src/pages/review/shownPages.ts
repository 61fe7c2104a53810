import { useCallback, useRef } from 'react'

/** Pages the viewer showed, per document, during this visit to one evaluation. */
export type ShownPages = ReadonlyMap<number, ReadonlySet<number>>

/**
 * Records the pages on screen as the reviewer reads; nothing renders for it. A new assignment
 * starts with none shown.
 */
export function useShownPages(assignmentId: number) {
  const store = useRef<{ assignmentId: number; pages: Map<number, Set<number>> }>({ assignmentId, pages: new Map() })
  if (store.current.assignmentId !== assignmentId) store.current = { assignmentId, pages: new Map() }
  const record = useCallback((documentId: number, first: number, last: number) => {
    const { pages } = store.current
    const seen = pages.get(documentId) ?? new Set<number>()
    for (let p = first; p <= last; p++) seen.add(p)
    pages.set(documentId, seen)
  }, [])
  const read = useCallback((): ShownPages => store.current.pages, [])
  return { record, read }
}
