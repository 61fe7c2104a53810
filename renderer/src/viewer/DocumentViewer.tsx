import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../shared/contract/documents'
import type { EvidenceRect } from '../../../shared/contract/evaluations'
import { fileUrl } from '../api'
import { FindBar } from './FindBar'
import { layoutPages, normalizeRotation, slotOf, type Layout } from './geometry'
import { Opening, OpenFailed } from './OpenStatus'
import { pageMarks } from './pageMarks'
import { PageColumn } from './PageColumn'
import type { TagList, TagRange } from './pageTags'
import { RenderQueue } from './renderQueue'
import { quarterTurn, storedRotationOf, type QuarterTurn, type Rotations } from './rotation'
import { useDocumentSource } from './useDocumentSource'
import { useElementSize } from './useElementSize'
import { useFind } from './useFind'
import { useKeepPainted } from './useKeepPainted'
import { useParentPlace } from './useParentPlace'
import { useScroller } from './useScroller'
import { useViewerFocus, type ViewerFocus } from './useViewerFocus'
import { useSavedView, useSaveView } from './useViewState'
import { useViewerKeys } from './useViewerKeys'
import { ViewerSidebar } from './ViewerSidebar'
import { ViewerToolbar, type PageInputRef, type SidebarTab } from './ViewerToolbar'
import { savedZoom, saveZoom, stepZoom, type Zoom } from './zoom'
import './viewer.css'

/** While set, the reviewer drags a rectangle on a page instead of scrolling. */
export interface EvidenceCapture {
  onCapture: (page: number, rect: EvidenceRect) => void
  onCancel: () => void
}

/** What the reader changes that is kept with the document; the caller stores it (pages/case/useDocumentEdits). */
export interface DocumentEdits {
  /** The stored rotations, a turn on its way included. */
  rotations: Rotations
  /** The reader turned pages a quarter clockwise. */
  onRotate: (turn: QuarterTurn) => void
  /** 卷内目录. */
  tags: TagList
  onTagsChange: (tags: TagRange[]) => void
}

export interface DocumentViewerProps extends DocumentEdits {
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
  /** Told the pages on screen (first to last) whenever they change, e.g. to know which were never shown. */
  onPagesShown?: (first: number, last: number) => void
  /** Remember page and zoom per document on the server and resume there (default on). */
  persistView?: boolean
  /** Told the size of the area pages are laid out in, e.g. to paint another scan ahead at the size it will be shown. */
  onFrameSize?: (size: { width: number; height: number }) => void
}

const SCROLL_STEP = 60

/**
 * The scan viewer: every page laid out in one scrolling column from the page sizes, only the pages
 * on screen (± 2) painted; zoom, rotation, the 卷内目录, find, the place resumed on reopening. What
 * is stored with the document (rotations, 卷内目录) comes in as props and goes out as callbacks.
 */
export function DocumentViewer(props: DocumentViewerProps) {
  const { document: doc, page, onPageChange, focus = null, capture = null, keyboard = false, toolbarExtra, onPagesShown, persistView = true, onFrameSize } = props
  const { rotations, onRotate, tags, onTagsChange } = props
  const { t } = useTranslation()
  const [attempt, setAttempt] = useState(0)
  const source = useDocumentSource(fileUrl(doc.sha256), doc.mime, attempt)
  const savedView = useSavedView(doc.id, persistView)
  const frame = useRef<HTMLDivElement>(null)
  const frameSize = useElementSize(frame)
  const pageInput = useRef<PageInputRef>(null)
  const queue = useMemo(() => new RenderQueue(2), [])

  const ready = source.status === 'ready' && savedView.status === 'done' && frameSize.width > 0 && frameSize.height > 0
  const opened = source.status === 'ready' ? source : null
  const geoms = opened?.geoms ?? null
  const pageCount = geoms?.length ?? Math.max(1, doc.pageCount)

  // Zoom: the document's saved one, else the last one chosen on this PC.
  const [zoomState, setZoomState] = useState<Zoom | null>(null)
  const zoom: Zoom = zoomState ?? (savedView.status === 'done' && savedView.state ? savedView.state.zoom : savedZoom())
  const setZoom = useCallback((z: Zoom) => {
    setZoomState(z)
    saveZoom(z)
  }, [])

  const layout: Layout | null = useMemo(() => {
    if (!ready || !opened) return null
    return layoutPages(opened.geoms, (p) => storedRotationOf(rotations, p), zoom, frameSize, opened.cssPerUnit)
  }, [ready, opened, rotations, zoom, frameSize])

  const scroller = useScroller(frame, layout, frameSize.height, queue)
  const { scroll, view, goTo } = scroller
  const currentPage = view.current
  const reported = useParentPlace({ laidOut: layout !== null, currentPage, first: view.first, last: view.last, page, goTo, frameSize, onPageChange, onPagesShown, onFrameSize })
  useKeepPainted(frame, layout && opened?.source.kind === 'pdf' ? { doc: opened.source.doc, page: currentPage } : null)
  const savedPage = savedView.status === 'done' ? savedView.state?.page : undefined
  const [evidence, setEvidence] = useViewerFocus({ documentId: doc.id, ready, focus, savedPage, page, pageCount, scroller })

  // Remember the place.
  useSaveView(doc.id, layout ? { page: currentPage, zoom } : null, persistView)
  const currentSlot = layout ? slotOf(layout, currentPage) : null
  const effectivePercent = currentSlot && opened ? (currentSlot.scale / opened.cssPerUnit) * 100 : 100

  // Rotation: a quarter turn clockwise of the current page or of all pages; the caller stores it.
  const rotate = useCallback(
    (all: boolean) => {
      if (geoms) onRotate(quarterTurn(rotations, all ? 'all' : [currentPage], geoms.length))
    },
    [geoms, rotations, currentPage, onRotate],
  )
  const rotationOf = useCallback((p: number) => normalizeRotation((geoms?.[p - 1]?.baseRotation ?? 0) + storedRotationOf(rotations, p)), [geoms, rotations])
  const [sidebar, setSidebar] = useState<SidebarTab | null>(null)

  const fromPage = useCallback(() => reported() ?? 1, [reported])
  const find = useFind({ source: opened?.source ?? null, pageCount, geoms, goTo, fromPage, frame })
  const { jumpedTo } = scroller
  useViewerKeys(keyboard && ready, {
    page: (delta) => goTo((jumpedTo() ?? currentPage) + delta),
    firstPage: () => goTo(1),
    lastPage: () => goTo(pageCount),
    scroll: (direction) => frame.current?.scrollBy({ top: direction * SCROLL_STEP }),
    zoom: (direction) => setZoom(stepZoom(effectivePercent, direction)),
    rotate,
    focusPageInput: () => {
      pageInput.current?.focus()
      pageInput.current?.select()
    },
    find: find.openFind,
    escape: () => {
      if (capture) {
        capture.onCancel()
        return true
      }
      if (find.open) {
        find.closeFind()
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
    [capture, setEvidence],
  )
  const dismissEvidence = useCallback(() => setEvidence(null), [setEvidence])
  const marks = useMemo(() => pageMarks(find.hits, find.index, find.hitRects, evidence), [find.hits, find.index, find.hitRects, evidence])

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
        rotation={storedRotationOf(rotations, currentPage)}
        onRotate={rotate}
        sidebar={sidebar}
        onSidebar={setSidebar}
        findOpen={find.open}
        onFind={() => (find.open ? find.closeFind() : find.openFind())}
        disabled={!layout}
        extra={toolbarExtra}
      />
      {find.open && (
        <FindBar
          inputRef={find.inputRef}
          query={find.query}
          onQuery={find.setQuery}
          index={find.index}
          count={find.hits.length}
          scanning={find.text.done < find.text.total ? { done: find.text.done, total: find.text.total } : null}
          noText={find.text.noText}
          onNext={find.next}
          onPrevious={find.previous}
          onClose={find.closeFind}
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
        {sidebar && layout && opened && (
          <ViewerSidebar tab={sidebar} source={opened.source} geoms={opened.geoms} rotationOf={rotationOf} current={currentPage} tags={tags} onTagsChange={onTagsChange} queue={queue} onJump={goTo} />
        )}
        <div className="viewer-frame viewer-scroll" ref={frame} onScroll={scroller.onScroll} tabIndex={-1} data-testid="viewer-scroll">
          {source.status === 'error' ? (
            <OpenFailed fileName={doc.fileName} isPdf={doc.mime === 'application/pdf'} error={source.error} onReopen={() => setAttempt((a) => a + 1)} />
          ) : layout && opened ? (
            <PageColumn
              layout={layout}
              source={opened.source}
              queue={queue}
              view={view}
              scroll={scroll}
              frameSize={frameSize}
              marks={marks}
              capturing={capture !== null}
              onCapture={onCapture}
              onDismissEvidence={dismissEvidence}
              imageAlt={doc.fileName}
            />
          ) : (
            <Opening percent={source.status === 'loading' ? source.percent : null} />
          )}
        </div>
      </div>
    </div>
  )
}
