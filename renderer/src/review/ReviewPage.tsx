import { useCallback, useMemo, useRef, useState } from 'react'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../shared/contract/documents'
import { useQuery } from '../api'
import { CenteredSpin } from '../components/CenteredSpin'
import { ErrorResult } from '../components/ErrorResult'
import { formatDateTime } from '../format/date'
import type { EvidenceCapture, ViewerFocus } from '../viewer'
import type { Anchor, CurrentPlace } from './anchor'
import { EvidenceContext, type EvidencePick, type EvidencePicker } from './evidence'
import { ReviewBottomBar } from './ReviewBottomBar'
import { ReviewTopBar } from './ReviewTopBar'
import { ReviewViewerPane } from './ReviewViewerPane'
import type { FindingActions } from './FindingList'
import { RubricPanel } from './RubricPanel'
import { useEvaluation } from './useEvaluation'
import { useFindings } from './useFindings'
import { useReviewShortcuts } from './useReviewShortcuts'

/** 评查: the scan on the left, the rubric on the right; every change saved at once. */
export function ReviewPage({ assignmentId }: { assignmentId: number }) {
  const { t } = useTranslation()
  const { state, loadError, save, actions, retry } = useEvaluation(assignmentId)
  const detail = useQuery('cases.get', state ? { id: state.caseId } : null)
  const documents = useQuery('documents.list', state ? { caseId: state.caseId } : null)
  const rubric = useQuery('rubrics.get', state ? { id: state.rubricId } : null)
  const [view, setView] = useState<{ documentId: number | null; page: number }>({ documentId: null, page: 1 })
  useReviewShortcuts(state?.position.nextAssignmentId)
  const findings = useFindings(state?.id, state?.updatedAt)
  const { confirmFinding, overrideFinding } = actions
  const { replace: replaceFindings } = findings
  const findingActions = useMemo<FindingActions>(
    () => ({
      confirm: (key) => confirmFinding(key).then((next) => (next ? (replaceFindings(next), true) : false)),
      override: (key, reason) => overrideFinding(key, reason).then((next) => (next ? (replaceFindings(next), true) : false)),
    }),
    [confirmFinding, overrideFinding, replaceFindings],
  )

  const docs = useMemo(() => documents.data ?? [], [documents.data])
  const shownDocument = docs.find((d) => d.id === view.documentId) ?? docs[0] ?? null
  const place: CurrentPlace = { documentId: shownDocument?.id ?? null, page: view.page, documentName: docs.length > 1 ? (shownDocument?.fileName ?? null) : null }

  // A page link asks the viewer to show a place; the counter makes a second click scroll there again.
  const [focus, setFocus] = useState<ViewerFocus | null>(null)
  const focusSeq = useRef(0)

  const setPage = useCallback((page: number) => setView((v) => ({ ...v, page })), [])
  const setDocument = useCallback((documentId: number) => {
    setFocus(null)
    setView({ documentId, page: 1 })
  }, [])
  const jump = useCallback(
    (anchor: Anchor) => {
      if (anchor.page === null) return
      const target = docs.some((d) => d.id === anchor.documentId) ? anchor.documentId : (shownDocument?.id ?? null)
      if (target === null) return
      setView({ documentId: target, page: anchor.page })
      setFocus({ documentId: target, page: anchor.page, rect: anchor.rect ?? null, seq: ++focusSeq.current })
    },
    [docs, shownDocument],
  )
  // 框选证据: a form asks for a rectangle; the viewer takes the next drag on a page.
  const [picking, setPicking] = useState<{ onPick: (pick: EvidencePick) => void } | null>(null)
  const startPicking = useCallback((onPick: (pick: EvidencePick) => void) => setPicking({ onPick }), [])
  const cancelPicking = useCallback(() => setPicking(null), [])
  const picker = useMemo<EvidencePicker>(() => ({ active: picking !== null, start: startPicking, cancel: cancelPicking }), [picking, startPicking, cancelPicking])
  const capture = useMemo<EvidenceCapture | null>(
    () =>
      picking && shownDocument
        ? {
            onCapture: (page, rect) => {
              picking.onPick({ documentId: shownDocument.id, page, rect })
              setPicking(null)
            },
            onCancel: cancelPicking,
          }
        : null,
    [picking, shownDocument, cancelPicking],
  )
  const { setData: setDocuments } = documents
  const onDocumentChange = useCallback(
    (changed: DocumentInfo) => setDocuments(docs.map((d) => (d.id === changed.id ? changed : d))),
    [docs, setDocuments],
  )
  const documentName = useCallback((id: number | null) => docs.find((d) => d.id === id)?.fileName ?? null, [docs])

  const error = loadError ?? detail.error ?? rubric.error ?? documents.error
  if (error) return <ErrorResult error={error} onRetry={loadError ? retry : undefined} />
  if (!state || !detail.data || !rubric.data || !documents.data) return <CenteredSpin description={t('app.loading')} />

  return (
    <div className="review" data-testid="review" data-evaluation-id={state.id} data-status={state.status}>
      <ReviewTopBar detail={detail.data} state={state} rubric={rubric.data.body} />
      {state.status === 'submitted' && (
        <Alert type="info" showIcon banner title={t('review.locked', { time: formatDateTime(state.submittedAt) })} />
      )}
      <div className="review-body">
        <section className="review-left">
          <ReviewViewerPane
            documents={docs}
            documentId={shownDocument?.id ?? null}
            page={view.page}
            focus={focus}
            onDocument={setDocument}
            onPage={setPage}
            onDocumentChange={onDocumentChange}
            capture={capture}
          />
        </section>
        <section className="review-right">
          <EvidenceContext.Provider value={picker}>
            <RubricPanel
              rubric={rubric.data.body}
              state={state}
              place={place}
              documentName={documentName}
              onJump={jump}
              actions={actions}
              findings={findings.findings}
              findingActions={findingActions}
            />
          </EvidenceContext.Provider>
        </section>
      </div>
      <ReviewBottomBar state={state} save={save} actions={actions} />
    </div>
  )
}
