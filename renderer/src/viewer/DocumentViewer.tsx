import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, Progress, Result, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../shared/contract/documents'
import { fileUrl } from '../api'
import { describeOpenError } from './errors'
import { ImagePage } from './ImagePage'
import { PdfPage } from './PdfPage'
import { storedRotation } from './rotation'
import { usePdfDocument } from './usePdfDocument'
import { useElementWidth } from './useElementWidth'
import { useViewerKeys } from './useViewerKeys'
import { ViewerToolbar } from './ViewerToolbar'
import { savedZoom, saveZoom, type Zoom } from './zoom'

export interface DocumentViewerProps {
  document: DocumentInfo
  /** 1-based page shown; the parent owns it so page anchors elsewhere can move the viewer. */
  page: number
  onPageChange: (page: number) => void
  /** Page with PgUp/PgDn/arrows anywhere on the screen (not while typing). */
  keyboard?: boolean
  /** Extra controls at the end of the toolbar, e.g. a document picker. */
  toolbarExtra?: ReactNode
  /** Told the real page count once the file is open. */
  onPageCount?: (count: number) => void
}

/**
 * The scan viewer: one page at a time, PDF through pdf.js or an image, with the stored rotation.
 * Kept as a frame (toolbar + page area) so continuous scroll, thumbnails and find can slot in.
 */
export function DocumentViewer({ document: doc, page, onPageChange, keyboard = false, toolbarExtra, onPageCount }: DocumentViewerProps) {
  const { t } = useTranslation()
  const isPdf = doc.mime === 'application/pdf'
  const url = fileUrl(doc.sha256)
  const [attempt, setAttempt] = useState(0)
  const pdf = usePdfDocument(isPdf ? url : null, attempt)
  const [zoom, setZoomState] = useState<Zoom>(savedZoom)
  const [effectivePercent, setEffectivePercent] = useState(100)
  const [failure, setFailure] = useState<string | null>(null)
  const frame = useRef<HTMLDivElement>(null)
  const frameWidth = useElementWidth(frame)

  const pageCount = isPdf ? (pdf.status === 'ready' ? pdf.doc.numPages : Math.max(1, doc.pageCount)) : 1
  const shownPage = Math.min(Math.max(1, page), pageCount)
  const rotation = storedRotation(doc, shownPage)

  const goTo = useCallback((p: number) => onPageChange(Math.min(pageCount, Math.max(1, p))), [onPageChange, pageCount])
  useViewerKeys(keyboard, shownPage, pageCount, goTo)

  useEffect(() => {
    if (pdf.status === 'ready') onPageCount?.(pdf.doc.numPages)
  }, [pdf, onPageCount])

  // A page anchor beyond the end (or a stale page after switching files) lands on a real page.
  useEffect(() => {
    if (page !== shownPage && (!isPdf || pdf.status === 'ready')) onPageChange(shownPage)
  }, [page, shownPage, isPdf, pdf.status, onPageChange])

  useEffect(() => {
    setFailure(null)
    frame.current?.scrollTo({ top: 0 })
  }, [doc.id, shownPage, attempt])

  const setZoom = (z: Zoom) => {
    setZoomState(z)
    saveZoom(z)
  }
  const onError = useCallback((err: unknown) => setFailure(describeOpenError(t, err)), [t])

  const openError = pdf.status === 'error' ? describeOpenError(t, pdf.error) : null
  const reopen = () => {
    setFailure(null)
    setAttempt((a) => a + 1)
  }

  return (
    <div className="viewer" data-testid="viewer" data-document-id={doc.id} data-page={shownPage} data-page-count={pageCount}>
      <ViewerToolbar
        page={shownPage}
        pageCount={pageCount}
        onPage={goTo}
        zoom={zoom}
        effectivePercent={effectivePercent}
        onZoom={setZoom}
        rotation={rotation}
        extra={toolbarExtra}
      />
      <div className="viewer-frame" ref={frame}>
        {openError || failure ? (
          <Result
            status="warning"
            title={t('viewer.openFailed')}
            subTitle={
              <>
                <div>{doc.fileName}</div>
                <div data-testid="viewer-error">{openError ?? failure}</div>
              </>
            }
            extra={<Button onClick={reopen}>{t('viewer.reopen')}</Button>}
          />
        ) : !isPdf ? (
          <ImagePage
            url={url}
            zoom={zoom}
            rotation={rotation}
            frameWidth={frameWidth}
            alt={doc.fileName}
            onScale={setEffectivePercent}
            onError={() => setFailure(t('viewer.imageFailed'))}
          />
        ) : pdf.status === 'ready' ? (
          <PdfPage
            doc={pdf.doc}
            pageNumber={shownPage}
            zoom={zoom}
            rotation={rotation}
            frameWidth={frameWidth}
            onScale={setEffectivePercent}
            onError={onError}
          />
        ) : (
          <div className="viewer-loading">
            <Spin size="large" />
            <div>{pdf.status === 'loading' && pdf.percent !== null ? t('viewer.loadingPercent', { percent: pdf.percent }) : t('viewer.loading')}</div>
            {pdf.status === 'loading' && pdf.percent !== null && <Progress percent={pdf.percent} showInfo={false} size="small" style={{ width: 200 }} />}
          </div>
        )}
      </div>
    </div>
  )
}
