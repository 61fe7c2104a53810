import { memo, useCallback } from 'react'
import { Empty, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import { DocumentViewer, type DocumentViewerProps } from '../../viewer'
import { useDocumentEdits } from '../case/useDocumentEdits'
import { noteReviewFrame } from './queueAhead'

/** The place to show, passed on to the viewer as it is. */
type Shown = Required<Pick<DocumentViewerProps, 'page' | 'focus' | 'capture'>>

interface ReviewViewerPaneProps extends Shown {
  documents: DocumentInfo[]
  documentId: number | null
  onDocument: (documentId: number) => void
  onPage: (page: number) => void
  /** The pages on screen of the document shown, as the reader moves. */
  onPagesShown?: (documentId: number, first: number, last: number) => void
  /** Told of the document as stored after its pages were turned. */
  onDocumentChange: (document: DocumentInfo) => void
}

/** The left side of the review screen: the case's scans, one at a time. Memoized: a score change leaves the scan alone. */
export const ReviewViewerPane = memo(function ReviewViewerPane({ documents, documentId, onDocument, onPage, onPagesShown, onDocumentChange, ...shown }: ReviewViewerPaneProps) {
  const { t } = useTranslation()
  const doc = documents.find((d) => d.id === documentId) ?? documents[0]
  const shownId = doc?.id
  const edits = useDocumentEdits(doc ?? null, onDocumentChange)
  const pagesShown = useCallback(
    (first: number, last: number) => {
      if (shownId !== undefined) onPagesShown?.(shownId, first, last)
    },
    [shownId, onPagesShown],
  )
  if (!doc) return <Empty className="review-no-documents" description={t('review.noDocuments')} />
  const picker =
    documents.length > 1 ? (
      <Select
        size="small"
        value={doc.id}
        onChange={onDocument}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
        aria-label={t('review.pickDocument')}
        options={documents.map((d) => ({ value: d.id, label: d.fileName }))}
        data-testid="document-picker"
      />
    ) : (
      <span className="viewer-file-name" title={doc.fileName}>
        {doc.fileName}
      </span>
    )
  return (
    <DocumentViewer
      key={doc.id}
      document={doc}
      {...shown}
      {...edits}
      onPageChange={onPage}
      onPagesShown={pagesShown}
      keyboard
      toolbarExtra={picker}
      onFrameSize={noteReviewFrame}
    />
  )
})
