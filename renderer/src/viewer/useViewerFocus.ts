import { useLayoutEffect, useRef, useState } from 'react'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import type { Scroller } from './useScroller'

/** A request to show a place in the document, e.g. the evidence of a deduction. */
export interface ViewerFocus {
  documentId: number
  page: number
  rect: EvidenceRect | null
  /** Bumped on every request, so asking for the same place twice scrolls there again. */
  seq: number
}

type Evidence = { page: number; rect: EvidenceRect } | null

interface FocusOptions {
  documentId: number
  /** Everything the first layout needs is in. */
  ready: boolean
  focus: ViewerFocus | null
  /** Where the reviewer left off last time. */
  savedPage: number | undefined
  /** The page the parent asks for. */
  page: number
  pageCount: number
  scroller: Pick<Scroller, 'openAt' | 'goTo' | 'laidOut'>
}

/**
 * Where the document opens: a requested place, else where the reviewer left off, else the page
 * asked for. Later focus requests scroll there. The evidence rectangle shown is returned.
 */
export function useViewerFocus({ documentId, ready, focus, savedPage, page, pageCount, scroller }: FocusOptions) {
  const consumedFocus = useRef<number | null>(null)
  const initialised = useRef(false)
  if (ready && !initialised.current) {
    initialised.current = true
    const wanted = focus && focus.documentId === documentId ? focus : null
    if (wanted) consumedFocus.current = wanted.seq
    const start = wanted?.page ?? savedPage ?? page
    scroller.openAt(Math.min(pageCount, Math.max(1, start)), wanted?.rect ?? null)
  }

  const [evidence, setEvidence] = useState<Evidence>(null)
  const { goTo, laidOut } = scroller
  useLayoutEffect(() => {
    if (!focus || focus.documentId !== documentId) return
    setEvidence(focus.rect ? { page: focus.page, rect: focus.rect } : null)
    // Before the first layout the request is where the document opens (see above).
    if (consumedFocus.current === focus.seq || !laidOut()) return
    consumedFocus.current = focus.seq
    goTo(focus.page, focus.rect)
  }, [focus, documentId, goTo, laidOut])
  return [evidence, setEvidence] as const
}
