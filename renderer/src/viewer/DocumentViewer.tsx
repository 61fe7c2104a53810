import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Button, Progress, Result, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../shared/contract/documents'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { api, fileUrl, toApiError } from '../api'
import { useFeedback } from '../components/useFeedback'
import { outputScaleFor } from './canvasBudget'
import { describeOpenError } from './errors'
import { FailureText } from '../components/FailureText'
import { FindBar, type FindInputRef } from './FindBar'
import { layoutPages, normalizeRotation, rectToShown, visiblePages, type Layout } from './geometry'
import { releaseCanvas, type Region } from './PageCanvas'
import { OutlinePanel } from './OutlinePanel'
import { PageSlot, type PageMarks } from './PageSlot'
import { plainTags, withoutTag, withTag, type TagRange } from './pageTags'
import type { PDFDocumentProxy } from './pdfjs'
import { RenderQueue } from './renderQueue'
import { applyTurn, quarterTurnCalls, storedRotationOf, type Rotations } from './rotation'
import { keepPainted } from './sharedPdf'
import { findAll, foldQuery, matchRects } from './textSearch'
import { Thumbnails } from './Thumbnails'
import { useDocumentSource } from './useDocumentSource'
import { useElementSize } from './useElementSize'
import { useTextIndex } from './useTextIndex'
import { useSavedView, useSaveView } from './useViewState'
import { useViewerKeys } from './useViewerKeys'
import { ViewerToolbar, type PageInputRef, type SidebarTab } from './ViewerToolbar'
import { PAGE_MARGIN, savedZoom, saveZoom, stepZoom, type Zoom } from './zoom'
import './viewer.css'

/** A request to show a place in the document, e.g. the evidence of a deduction. */
export interface ViewerFocus {
  documentId: number
  page: number
  rect: EvidenceRect | null
  /** Bumped on every request, so asking for the same place twice scrolls there again. */
  seq: number
}

/** While set, the reviewer drags a rectangle on a page instead of scrolling. */
export interface EvidenceCapture {
  onCapture: (page: number, rect: EvidenceRect) => void
  onCancel: () => void
}

export interface DocumentViewerProps {
  document: DocumentInfo
  /** 1-based page the parent knows as current; a change from outside scrolls there. */
  page: number
  onPageChange: (page: number) => void
  /** Show a page (and a rectangle on it), e.g. when a deduction's page link is clicked. */
  focus?: ViewerFocus | null
  capture?: EvidenceCapture | null
  /** The viewer's keys anywhere on the screen (not while typing). */
  keyboard?: boolean
  /** Extra controls at the end of the toolbar, e.g. a document picker. */
  toolbarExtra?: ReactNode
  /** Told the real page count once the file is open. */
  onPageCount?: (count: number) => void
  /** Told the pages on screen (first to last) whenever they change, e.g. to know which were never shown. */
  onPagesShown?: (first: number, last: number) => void
  /** Told when the stored rotations change, with the document as the server now has it. */
  onDocumentChange?: (document: DocumentInfo) => void
  /** Remember page and zoom per document on the server and resume there (default on). */
  persistView?: boolean
  /** Told the size of the area pages are laid out in, e.g. to paint another scan ahead at the size it will be shown. */
  onFrameSize?: (size: { width: number; height: number }) => void
}

/** Pages painted above and below the ones on screen. */
const PAINT_MARGIN = 2
const SCROLL_STEP = 60

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

/**
 * The scan viewer: every page laid out in one scrolling column from the page sizes, only the pages
 * on screen (± 2) painted; zoom, rotation that is stored, the place resumed on reopening.
 */
export function DocumentViewer(props: DocumentViewerProps) {
  const { document: doc, page, onPageChange, focus = null, capture = null, keyboard = false, toolbarExtra, onPageCount, onPagesShown, onDocumentChange, persistView = true, onFrameSize } = props
  const { t } = useTranslation()
  const { fail } = useFeedback()
  const isPdf = doc.mime === 'application/pdf'
  const url = fileUrl(doc.sha256)
  const [attempt, setAttempt] = useState(0)
  const source = useDocumentSource(url, doc.mime, attempt)
  const savedView = useSavedView(doc.id, persistView)
  const frame = useRef<HTMLDivElement>(null)
  const frameSize = useElementSize(frame)
  const pageInput = useRef<PageInputRef>(null)
  const queue = useMemo(() => new RenderQueue(2), [])

  const ready = source.status === 'ready' && savedView.status === 'done' && frameSize.width > 0 && frameSize.height > 0
  const geoms = source.status === 'ready' ? source.geoms : null
  const pageCount = geoms?.length ?? Math.max(1, doc.pageCount)

  // Zoom: the document's saved one, else the last one chosen on this PC.
  const [zoomState, setZoomState] = useState<Zoom | null>(null)
  const zoom: Zoom = zoomState ?? (savedView.status === 'done' && savedView.state ? savedView.state.zoom : savedZoom())

  // Rotations: the document's, then as turned here (shown at once, confirmed by the server).
  const [rotations, setRotations] = useState<Rotations>(doc.rotations)
  const rotationsRef = useRef(rotations)
  rotationsRef.current = rotations
  useEffect(() => setRotations(doc.rotations), [doc.rotations])
  // The caller's copy of the document may predate a turn made elsewhere: read the stored one.
  const turnedHere = useRef(false)
  useEffect(() => {
    let live = true
    api
      .call('documents.list', { caseId: doc.caseId })
      .then((list) => {
        const fresh = list.find((d) => d.id === doc.id)
        if (live && fresh && !turnedHere.current) setRotations((r) => (JSON.stringify(r) === JSON.stringify(fresh.rotations) ? r : fresh.rotations))
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [doc.id, doc.caseId])

  const layout: Layout | null = useMemo(() => {
    if (!ready || !geoms || source.status !== 'ready') return null
    return layoutPages(geoms, (p) => storedRotationOf(rotations, p), zoom, frameSize, source.cssPerUnit)
  }, [ready, geoms, source, rotations, zoom, frameSize])
  const layoutRef = useRef(layout)
  layoutRef.current = layout

  // Scrolling: read once per frame; the anchor keeps the reader's place across re-layouts.
  const [scroll, setScroll] = useState<ScrollPos>({ top: 0, left: 0 })
  const anchor = useRef<Anchor | null>(null)
  const pendingGoTo = useRef<{ page: number; rect: EvidenceRect | null } | null>(null)
  /** After a jump the target counts as current while it is on screen (e.g. End on short pages). */
  const forced = useRef<{ page: number; top: number } | null>(null)
  const frameRequest = useRef(0)

  const measureAnchor = useCallback((el: HTMLElement, l: Layout) => {
    const { current } = visiblePages(l.slots, el.scrollTop, el.clientHeight)
    const slot = l.slots[current - 1]
    anchor.current = { page: current, within: (el.scrollTop - slot.top) / slot.height, centerX: (el.scrollLeft + el.clientWidth / 2) / l.width }
  }, [])

  // Skimming: more than a few screens a second pauses painting until the reader slows down.
  const samples = useRef<{ t: number; top: number }[]>([])
  const resume = useRef(0)
  const noteSpeed = useCallback(
    (el: HTMLElement) => {
      const now = performance.now()
      const list = samples.current.filter((s) => now - s.t < 250)
      list.push({ t: now, top: el.scrollTop })
      samples.current = list
      const speed = (Math.abs(list[list.length - 1].top - list[0].top) / Math.max(60, now - list[0].t)) * 1000
      window.clearTimeout(resume.current)
      if (speed > 3 * el.clientHeight) {
        queue.setPaused(true)
        resume.current = window.setTimeout(() => queue.setPaused(false), 150)
      } else queue.setPaused(false)
    },
    [queue],
  )
  useEffect(() => () => window.clearTimeout(resume.current), [])

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
  }, [measureAnchor, noteSpeed])
  useEffect(() => () => cancelAnimationFrame(frameRequest.current), [])

  /** Scrolls a page (or a rectangle on it) into view under the given layout. */
  const scrollTo = useCallback((el: HTMLElement, l: Layout, target: number, rect: EvidenceRect | null) => {
    const slot = l.slots[Math.min(l.slots.length, Math.max(1, target)) - 1]
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
  }, [onScroll])

  // The first layout opens at: a requested place, else where the reviewer left off, else the page asked for.
  const consumedFocus = useRef<number | null>(null)
  const initialised = useRef(false)
  if (ready && !initialised.current) {
    initialised.current = true
    const wanted = focus && focus.documentId === doc.id ? focus : null
    if (wanted) consumedFocus.current = wanted.seq
    const start = wanted?.page ?? (savedView.status === 'done' ? savedView.state?.page : undefined) ?? page
    pendingGoTo.current = { page: Math.min(pageCount, Math.max(1, start)), rect: wanted?.rect ?? null }
  }

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
    const slot = layout.slots[Math.min(layout.slots.length, a.page) - 1]
    el.scrollTo({ top: slot.top + a.within * slot.height, left: a.centerX * layout.width - el.clientWidth / 2 })
    if (forced.current) forced.current = { page: forced.current.page, top: el.scrollTop }
    setScroll({ top: el.scrollTop, left: el.scrollLeft })
  }, [layout, scrollTo])

  const goTo = useCallback(
    (target: number, rect: EvidenceRect | null = null) => {
      const el = frame.current
      const l = layoutRef.current
      if (!el || !l) return
      scrollTo(el, l, Math.min(l.slots.length, Math.max(1, target)), rect)
    },
    [scrollTo],
  )

  // Which pages are on screen, and the current one.
  const view = layout ? visiblePages(layout.slots, scroll.top, frameSize.height) : { first: 1, last: 1, current: 1 }
  const currentPage = forced.current && forced.current.page >= view.first && forced.current.page <= view.last ? forced.current.page : view.current
  const paintFrom = Math.max(1, view.first - PAINT_MARGIN)
  const paintTo = Math.min(pageCount, view.last + PAINT_MARGIN)

  // Tell the parent the current page; follow the parent when it asks for another one.
  const reported = useRef<number | null>(null)
  useEffect(() => {
    if (!layout || reported.current === currentPage) return
    reported.current = currentPage
    onPageChange(currentPage)
  }, [layout, currentPage, onPageChange])
  useEffect(() => {
    if (layout) onPagesShown?.(view.first, view.last)
  }, [layout, view.first, view.last, onPagesShown])
  const lastPageProp = useRef(page)
  useLayoutEffect(() => {
    if (page === lastPageProp.current) return
    lastPageProp.current = page
    if (layoutRef.current && page !== reported.current) goTo(page)
  }, [page, goTo])

  useEffect(() => {
    if (geoms) onPageCount?.(geoms.length)
  }, [geoms, onPageCount])
  useEffect(() => {
    if (frameSize.width > 0 && frameSize.height > 0) onFrameSize?.(frameSize)
  }, [frameSize, onFrameSize])

  // Closing on a page of a PDF: its canvas stays with the scan (while the scan stays open), so a
  // return to this document shows it at once. Before the pages let go of their canvases.
  const closingOn = useRef<{ doc: PDFDocumentProxy; page: number } | null>(null)
  closingOn.current = layout && source.status === 'ready' && source.source.kind === 'pdf' ? { doc: source.source.doc, page: currentPage } : null
  useLayoutEffect(() => {
    const el = frame.current
    return () => {
      const place = closingOn.current
      const canvas = place && el?.querySelector<HTMLCanvasElement>(`canvas.viewer-canvas[data-page-number="${place.page}"][data-rendered="true"]`)
      if (!place || !canvas) return
      const painted = { pageNumber: place.page, scale: Number(canvas.dataset.scale), rotation: Number(canvas.dataset.rotation), pixelRatio: window.devicePixelRatio, canvas }
      canvas.remove()
      if (!keepPainted(place.doc, painted)) releaseCanvas(canvas)
    }
  }, [])

  // A focus request (deduction page link): scroll there and outline the rectangle.
  const [evidence, setEvidence] = useState<{ page: number; rect: EvidenceRect } | null>(null)
  useLayoutEffect(() => {
    if (!focus || focus.documentId !== doc.id) return
    setEvidence(focus.rect ? { page: focus.page, rect: focus.rect } : null)
    // Before the first layout the request is where the document opens (see above).
    if (consumedFocus.current === focus.seq || !layoutRef.current) return
    consumedFocus.current = focus.seq
    goTo(focus.page, focus.rect)
  }, [focus, doc.id, goTo])

  // Remember the place.
  useSaveView(doc.id, layout ? { page: currentPage, zoom } : null, persistView)

  const setZoom = useCallback((z: Zoom) => {
    setZoomState(z)
    saveZoom(z)
  }, [])
  const effectivePercent = layout && source.status === 'ready' ? (layout.slots[currentPage - 1].scale / source.cssPerUnit) * 100 : 100

  // Rotation: a quarter turn clockwise of the current page or of all pages, stored on the server.
  // Turns are sent one after another; the server's answer is shown once the last one is in, so
  // quick presses of R do not flicker back through the intermediate angles.
  const rotationQueue = useRef<Promise<unknown>>(Promise.resolve())
  const turnsInFlight = useRef(0)
  const rotate = useCallback(
    (all: boolean) => {
      if (!geoms) return
      const count = geoms.length
      const calls = quarterTurnCalls(rotationsRef.current, all ? 'all' : [currentPage], count)
      turnedHere.current = true
      turnsInFlight.current++
      setRotations(applyTurn(rotationsRef.current, calls, count))
      rotationQueue.current = rotationQueue.current.then(async () => {
        let info: DocumentInfo | null = null
        try {
          for (const call of calls) info = await api.call('documents.setRotation', { documentId: doc.id, ...call })
        } catch (err) {
          fail(err)
          // Show what is actually stored.
          info = (await api.call('documents.list', { caseId: doc.caseId }).catch(() => [])).find((d) => d.id === doc.id) ?? null
        }
        if (--turnsInFlight.current === 0 && info) {
          setRotations(info.rotations)
          onDocumentChange?.(info)
        }
      })
    },
    [geoms, currentPage, doc.id, doc.caseId, onDocumentChange, fail],
  )

  const [sidebar, setSidebar] = useState<SidebarTab | null>(null)
  const rotationOf = useCallback((p: number) => normalizeRotation((geoms?.[p - 1]?.baseRotation ?? 0) + storedRotationOf(rotations, p)), [geoms, rotations])

  // 卷内目录: read once, replaced as a whole on every edit (shown at once, confirmed by the server).
  const [tags, setTags] = useState<TagRange[]>([])
  const [tagsError, setTagsError] = useState<string | null>(null)
  const [tagsSaving, setTagsSaving] = useState(false)
  useEffect(() => {
    let live = true
    api.call('documents.pageTags', { documentId: doc.id }).then(
      (list) => {
        if (!live) return
        setTags(plainTags(list))
        setTagsError(null)
      },
      (err: unknown) => live && setTagsError(toApiError(err).message),
    )
    return () => {
      live = false
    }
  }, [doc.id])
  const saveTags = useCallback(
    async (next: TagRange[]) => {
      const before = tags
      setTags(next)
      setTagsSaving(true)
      try {
        const saved = await api.call('documents.setPageTags', { documentId: doc.id, tags: next })
        setTags(plainTags(saved))
        setTagsError(null)
      } catch (err) {
        setTags(before)
        fail(err)
      } finally {
        setTagsSaving(false)
      }
    },
    [tags, doc.id, fail],
  )
  // Find in the text layer.
  const [findOpen, setFindOpen] = useState(false)
  const [findFocus, setFindFocus] = useState(0)
  const [query, setQuery] = useState('')
  const [hitIndex, setHitIndex] = useState(0)
  const findInput = useRef<FindInputRef>(null)
  const text = useTextIndex(source.status === 'ready' ? source.source : null, pageCount, findOpen)
  const folded = findOpen ? foldQuery(query) : ''
  const hits = useMemo(() => {
    const list: { page: number; start: number }[] = []
    if (!folded) return list
    text.pages.forEach((pageText, i) => {
      if (pageText) for (const start of findAll(pageText, folded)) list.push({ page: i + 1, start })
    })
    return list
  }, [text.pages, folded])
  const hitRects = useCallback(
    (hit: { page: number; start: number }) => {
      const pageText = text.pages[hit.page - 1]
      return pageText && geoms ? matchRects(pageText, hit.start, folded.length, geoms[hit.page - 1]) : []
    },
    [text.pages, geoms, folded.length],
  )
  const showHit = useCallback(
    (i: number) => {
      const hit = hits[i]
      if (!hit) return
      setHitIndex(i)
      const rects = hitRects(hit)
      const union = rects.length
        ? rects.reduce((u, r) => {
            const x = Math.min(u.x, r.x)
            const y = Math.min(u.y, r.y)
            return { x, y, w: Math.max(u.x + u.w, r.x + r.w) - x, h: Math.max(u.y + u.h, r.y + r.h) - y }
          })
        : null
      goTo(hit.page, union)
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
    const from = reported.current ?? 1
    const at = hits.findIndex((h) => h.page >= from)
    showHit(at >= 0 ? at : 0)
  }, [hits, showHit])
  useEffect(() => {
    if (findOpen) findInput.current?.focus({ cursor: 'all' })
  }, [findOpen, findFocus])
  const openFind = useCallback(() => {
    setFindOpen(true)
    setFindFocus((n) => n + 1)
  }, [])
  const closeFind = useCallback(() => {
    setFindOpen(false)
    frame.current?.focus({ preventScroll: true })
  }, [])

  useViewerKeys(keyboard && ready, {
    // From the page last jumped to while the reader stays there: quick presses can come before
    // the re-render that makes it the current page.
    page: (delta) => goTo((forced.current?.page ?? currentPage) + delta),
    firstPage: () => goTo(1),
    lastPage: () => goTo(pageCount),
    scroll: (direction) => frame.current?.scrollBy({ top: direction * SCROLL_STEP }),
    zoom: (direction) => setZoom(stepZoom(effectivePercent, direction)),
    rotate,
    focusPageInput: () => {
      pageInput.current?.focus()
      pageInput.current?.select()
    },
    find: openFind,
    escape: () => {
      if (capture) {
        capture.onCancel()
        return true
      }
      if (findOpen) {
        closeFind()
        return true
      }
      return false
    },
  })

  // A rectangle just drawn stays outlined, as the evidence it now is.
  const onCapture = useMemo(
    () =>
      capture
        ? (p: number, rect: EvidenceRect) => {
            setEvidence({ page: p, rect })
            capture.onCapture(p, rect)
          }
        : undefined,
    [capture],
  )
  const dismissEvidence = useCallback(() => setEvidence(null), [])
  const openError = source.status === 'error' ? (isPdf ? describeOpenError(t, source.error) : { message: t('viewer.imageFailed'), detail: null }) : null
  const reopen = () => setAttempt((a) => a + 1)

  // The part of each zoomed-in page on screen, where the whole-page canvas had to be held back.
  const detailFor = (pageNumber: number): Region | null => {
    if (!layout || source.status !== 'ready' || source.source.kind !== 'pdf') return null
    const slot = layout.slots[pageNumber - 1]
    const dpr = window.devicePixelRatio || 1
    if (outputScaleFor(slot.width, slot.height, dpr) >= Math.max(1, dpr) - 0.01) return null
    const left = Math.max(0, scroll.left - slot.left)
    const top = Math.max(0, scroll.top - slot.top)
    const right = Math.min(slot.width, scroll.left + frameSize.width - slot.left)
    const bottom = Math.min(slot.height, scroll.top + frameSize.height - slot.top)
    if (right <= left || bottom <= top) return null
    // Rounded so small scrolls reuse the painted detail.
    const step = 64
    const l = Math.floor(left / step) * step
    const tp = Math.floor(top / step) * step
    return { left: l, top: tp, width: Math.min(slot.width - l, Math.ceil((right - l) / step) * step), height: Math.min(slot.height - tp, Math.ceil((bottom - tp) / step) * step) }
  }

  // What is marked on each page: find matches (the selected one stronger) and the evidence box.
  const marks = useMemo(() => {
    const map = new Map<number, PageMarks>()
    const entry = (p: number) => {
      let m = map.get(p)
      if (!m) map.set(p, (m = { hits: [], current: [], evidence: null }))
      return m
    }
    hits.forEach((hit, i) => {
      const m = entry(hit.page)
      if (i === hitIndex) m.current.push(...hitRects(hit))
      else m.hits.push(...hitRects(hit))
    })
    if (evidence) entry(evidence.page).evidence = evidence.rect
    return map
  }, [hits, hitIndex, hitRects, evidence])

  const storedHere = storedRotationOf(rotations, currentPage)

  return (
    <div
      className={`viewer${capture ? ' viewer-capturing' : ''}`}
      data-testid="viewer"
      data-document-id={doc.id}
      data-page={currentPage}
      data-page-count={pageCount}
      data-zoom={String(zoom)}
      data-ready={layout ? 'true' : 'false'}
    >
      <ViewerToolbar
        page={currentPage}
        pageCount={pageCount}
        onPage={(p) => goTo(p)}
        pageInput={pageInput}
        zoom={zoom}
        effectivePercent={effectivePercent}
        onZoom={setZoom}
        rotation={storedHere}
        onRotate={rotate}
        sidebar={sidebar}
        onSidebar={setSidebar}
        findOpen={findOpen}
        onFind={() => (findOpen ? closeFind() : openFind())}
        disabled={!layout}
        extra={toolbarExtra}
      />
      {findOpen && (
        <FindBar
          inputRef={findInput}
          query={query}
          onQuery={setQuery}
          index={hitIndex}
          count={hits.length}
          scanning={text.done < text.total ? { done: text.done, total: text.total } : null}
          noText={text.noText}
          onNext={() => showHit((hitIndex + 1) % Math.max(1, hits.length))}
          onPrevious={() => showHit((hitIndex - 1 + hits.length) % Math.max(1, hits.length))}
          onClose={closeFind}
        />
      )}
      <div className="viewer-body">
        {capture && (
          <div className="viewer-capture-banner" data-testid="evidence-banner">
            <span>{t('viewer.captureHint')}</span>
            <Button size="small" onClick={capture.onCancel} data-testid="evidence-cancel">
              {t('common.cancel')}
            </Button>
          </div>
        )}
        {sidebar && layout && source.status === 'ready' && geoms && (
          <aside className="viewer-sidebar" data-testid="viewer-sidebar" data-tab={sidebar}>
            <div className="viewer-sidebar-title">{sidebar === 'thumbnails' ? t('viewer.thumbnails') : t('viewer.outline')}</div>
            {sidebar === 'thumbnails' ? (
              <Thumbnails source={source.source} geoms={geoms} rotationOf={rotationOf} current={currentPage} tags={tags} queue={queue} onJump={goTo} />
            ) : (
              <OutlinePanel
                tags={tags}
                loadError={tagsError}
                current={currentPage}
                pageCount={pageCount}
                saving={tagsSaving}
                onJump={goTo}
                onAdd={(tag) => void saveTags(withTag(tags, tag))}
                onRemove={(index) => void saveTags(withoutTag(tags, index))}
              />
            )}
          </aside>
        )}
        <div className="viewer-frame viewer-scroll" ref={frame} onScroll={onScroll} tabIndex={-1} data-testid="viewer-scroll">
          {openError ? (
            <Result
              status="warning"
              title={t('viewer.openFailed')}
              subTitle={
                <>
                  <div>{doc.fileName}</div>
                  <div data-testid="viewer-error">
                    {openError.detail ? <FailureText reason={openError.message} detail={openError.detail} label={t('viewer.technicalDetail')} /> : openError.message}
                  </div>
                </>
              }
              extra={
                <Button onClick={reopen} data-testid="viewer-reopen">
                  {t('viewer.reopen')}
                </Button>
              }
            />
          ) : layout && source.status === 'ready' && geoms ? (
            <div className="viewer-pages" style={{ width: layout.width, height: layout.height }}>
              {layout.slots.map((slot, i) => {
                const n = i + 1
                const painted = n >= paintFrom && n <= paintTo
                return (
                  <PageSlot
                    key={n}
                    pageNumber={n}
                    slot={slot}
                    geom={geoms[i]}
                    source={source.source}
                    queue={queue}
                    painted={painted}
                    visible={n >= view.first && n <= view.last}
                    current={n === currentPage}
                    detail={painted ? detailFor(n) : null}
                    marks={marks.get(n)}
                    capturing={capture !== null}
                    onCapture={onCapture}
                    onDismissEvidence={dismissEvidence}
                    imageAlt={doc.fileName}
                  />
                )
              })}
            </div>
          ) : (
            <div className="viewer-loading">
              <Spin size="large" />
              <div>{source.status === 'loading' && source.percent !== null ? t('viewer.loadingPercent', { percent: source.percent }) : t('viewer.loading')}</div>
              {source.status === 'loading' && source.percent !== null && <Progress percent={source.percent} showInfo={false} size="small" style={{ width: 200 }} />}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
