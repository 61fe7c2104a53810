import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import type { FindInputRef } from './FindBar'
import type { PageGeom } from './geometry'
import { findAll, foldQuery, matchRects } from './textSearch'
import type { Source } from './useDocumentSource'
import { useTextIndex, type TextIndex } from './useTextIndex'

export interface FindHit {
  page: number
  start: number
}

export interface FindController {
  open: boolean
  query: string
  setQuery: (query: string) => void
  hits: FindHit[]
  /** 0-based index of the selected match. */
  index: number
  hitRects: (hit: FindHit) => EvidenceRect[]
  text: TextIndex
  inputRef: RefObject<FindInputRef | null>
  next: () => void
  previous: () => void
  openFind: () => void
  closeFind: () => void
}

interface FindOptions {
  source: Source | null
  pageCount: number
  geoms: PageGeom[] | null
  goTo: (page: number, rect: EvidenceRect | null) => void
  /** Where a new query starts looking: the current page. */
  fromPage: () => number
  /** Takes the keys back when find closes. */
  frame: RefObject<HTMLElement | null>
}

const union = (rects: EvidenceRect[]): EvidenceRect | null =>
  rects.length
    ? rects.reduce((u, r) => {
        const x = Math.min(u.x, r.x)
        const y = Math.min(u.y, r.y)
        return { x, y, w: Math.max(u.x + u.w, r.x + r.w) - x, h: Math.max(u.y + u.h, r.y + r.h) - y }
      })
    : null

/** Find in the text layer (pdf.js's PDFFindController): the query, its matches, and moving through them. */
export function useFind({ source, pageCount, geoms, goTo, fromPage, frame }: FindOptions): FindController {
  const [open, setOpen] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const [query, setQuery] = useState('')
  const [index, setIndex] = useState(0)
  const inputRef = useRef<FindInputRef>(null)
  const text = useTextIndex(source, pageCount, open)
  const folded = open ? foldQuery(query) : ''
  const hits = useMemo(() => {
    const list: FindHit[] = []
    if (!folded) return list
    text.pages.forEach((pageText, i) => {
      if (pageText) for (const start of findAll(pageText, folded)) list.push({ page: i + 1, start })
    })
    return list
  }, [text.pages, folded])
  const hitRects = useCallback(
    (hit: FindHit) => {
      const pageText = text.pages[hit.page - 1]
      const geom = geoms?.[hit.page - 1]
      return pageText && geom ? matchRects(pageText, hit.start, folded.length, geom) : []
    },
    [text.pages, geoms, folded.length],
  )
  const show = useCallback(
    (i: number) => {
      const hit = hits[i]
      if (!hit) return
      setIndex(i)
      goTo(hit.page, union(hitRects(hit)))
    },
    [hits, hitRects, goTo],
  )
  // A new query selects the first match from the current page on, as soon as there is one.
  const selectFirst = useRef(false)
  useEffect(() => {
    selectFirst.current = true
  }, [folded])
  useEffect(() => {
    if (!selectFirst.current || hits.length === 0) return
    selectFirst.current = false
    const from = fromPage()
    const at = hits.findIndex((h) => h.page >= from)
    show(at >= 0 ? at : 0)
  }, [hits, show, fromPage])
  useEffect(() => {
    if (open) inputRef.current?.focus({ cursor: 'all' })
  }, [open, focusRequest])
  const openFind = useCallback(() => {
    setOpen(true)
    setFocusRequest((n) => n + 1)
  }, [])
  const closeFind = useCallback(() => {
    setOpen(false)
    frame.current?.focus({ preventScroll: true })
  }, [frame])

  return {
    open,
    query,
    setQuery,
    hits,
    index,
    hitRects,
    text,
    inputRef,
    next: () => show((index + 1) % Math.max(1, hits.length)),
    previous: () => show((index - 1 + hits.length) % Math.max(1, hits.length)),
    openFind,
    closeFind,
  }
}
