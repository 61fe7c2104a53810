import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { rectToShown, slotOf, visiblePages, type Layout } from './geometry'
import type { RenderQueue } from './renderQueue'
import { useSkimming } from './useSkimming'
import { PAGE_MARGIN } from './zoom'

interface ScrollPos {
  top: number
  left: number
}

/** Where the reader is, kept across re-layouts (zoom, rotation, resize): a page and a point in it. */
interface Anchor {
  page: number
  within: number
  centerX: number
}

export interface Scroller {
  scroll: ScrollPos
  /** The pages on screen, and the current one. */
  view: { first: number; last: number; current: number }
  onScroll: () => void
  /** Scrolls a page (or a rectangle on it) into view. */
  goTo: (page: number, rect?: EvidenceRect | null) => void
  /** Where the next layout opens, instead of the reader's place being kept. */
  openAt: (page: number, rect: EvidenceRect | null) => void
  /** The page last jumped to while the reader stays there: quick presses can come before the re-render that makes it current. */
  jumpedTo: () => number | null
  laidOut: () => boolean
}

/**
 * Scrolling the column of pages: read once per frame; after a jump the target counts as current
 * while it is on screen (e.g. End on short pages); the reader's place is kept across re-layouts.
 */
export function useScroller(frame: RefObject<HTMLDivElement | null>, layout: Layout | null, frameHeight: number, queue: RenderQueue): Scroller {
  const layoutRef = useRef(layout)
  layoutRef.current = layout
  const [scroll, setScroll] = useState<ScrollPos>({ top: 0, left: 0 })
  const anchor = useRef<Anchor | null>(null)
  const pendingGoTo = useRef<{ page: number; rect: EvidenceRect | null } | null>(null)
  const forced = useRef<{ page: number; top: number } | null>(null)
  const frameRequest = useRef(0)
  const noteSpeed = useSkimming(queue)

  const measureAnchor = useCallback((el: HTMLElement, l: Layout) => {
    const { current } = visiblePages(l.slots, el.scrollTop, el.clientHeight)
    const slot = slotOf(l, current)
    if (!slot) return
    anchor.current = { page: current, within: (el.scrollTop - slot.top) / slot.height, centerX: (el.scrollLeft + el.clientWidth / 2) / l.width }
  }, [])

  const onScroll = useCallback(() => {
    if (frameRequest.current) return
    frameRequest.current = requestAnimationFrame(() => {
      frameRequest.current = 0
      const el = frame.current
      const l = layoutRef.current
      if (!el || !l) return
      if (forced.current && Math.abs(el.scrollTop - forced.current.top) > 1) forced.current = null
      if (!forced.current) {
        measureAnchor(el, l)
        noteSpeed(el)
      }
      setScroll({ top: el.scrollTop, left: el.scrollLeft })
    })
  }, [frame, measureAnchor, noteSpeed])
  useEffect(() => () => cancelAnimationFrame(frameRequest.current), [])

  const scrollTo = useCallback(
    (el: HTMLElement, l: Layout, target: number, rect: EvidenceRect | null) => {
      const slot = slotOf(l, target)
      if (!slot) return
      let top = slot.top - PAGE_MARGIN / 2
      let left = el.scrollLeft
      if (rect) {
        const r = rectToShown(rect, slot.rotation)
        const centerY = slot.top + (r.y + r.h / 2) * slot.height
        const centerX = slot.left + (r.x + r.w / 2) * slot.width
        top = Math.max(slot.top - PAGE_MARGIN / 2, centerY - el.clientHeight / 2)
        left = centerX - el.clientWidth / 2
      } else if (l.width > el.clientWidth) {
        left = slot.left + slot.width / 2 - el.clientWidth / 2
      }
      el.scrollTo({ top, left })
      forced.current = { page: target, top: el.scrollTop }
      const within = (el.scrollTop - slot.top) / slot.height
      anchor.current = { page: target, within, centerX: (el.scrollLeft + el.clientWidth / 2) / l.width }
      // The new position reaches React after the next frame, as a scroll does: the page beside the
      // old one is painted already, and re-rendering the viewer must not hold that frame back.
      onScroll()
    },
    [onScroll],
  )

  // After every re-layout: go where asked, else put the reader back where they were.
  useLayoutEffect(() => {
    const el = frame.current
    if (!el || !layout) return
    const goTo = pendingGoTo.current
    pendingGoTo.current = null
    if (goTo) {
      scrollTo(el, layout, goTo.page, goTo.rect)
      return
    }
    const a = anchor.current
    if (!a) return
    const slot = slotOf(layout, a.page)
    if (!slot) return
    el.scrollTo({ top: slot.top + a.within * slot.height, left: a.centerX * layout.width - el.clientWidth / 2 })
    if (forced.current) forced.current = { page: forced.current.page, top: el.scrollTop }
    setScroll({ top: el.scrollTop, left: el.scrollLeft })
  }, [frame, layout, scrollTo])

  const goTo = useCallback(
    (target: number, rect: EvidenceRect | null = null) => {
      const el = frame.current
      const l = layoutRef.current
      if (!el || !l) return
      scrollTo(el, l, Math.min(l.slots.length, Math.max(1, target)), rect)
    },
    [frame, scrollTo],
  )
  const openAt = useCallback((page: number, rect: EvidenceRect | null) => {
    pendingGoTo.current = { page, rect }
  }, [])
  const jumpedTo = useCallback(() => forced.current?.page ?? null, [])
  const laidOut = useCallback(() => layoutRef.current !== null, [])

  const onScreen = layout ? visiblePages(layout.slots, scroll.top, frameHeight) : { first: 1, last: 1, current: 1 }
  const jumped = forced.current
  const current = jumped && jumped.page >= onScreen.first && jumped.page <= onScreen.last ? jumped.page : onScreen.current
  return { scroll, view: { first: onScreen.first, last: onScreen.last, current }, onScroll, goTo, openAt, jumpedTo, laidOut }
}
