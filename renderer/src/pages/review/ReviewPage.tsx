import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { Alert, Flex, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import { useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { useFeedback } from '../../components/useFeedback'
import { formatDateTime } from '../../format/date'
import { navigate } from '../../router/hash'
import type { EvidenceCapture, ViewerFocus } from '../../viewer'
import type { Anchor, CurrentPlace } from './anchor'
import { EvidenceContext, type EvidencePick, type EvidencePicker } from './evidence'
import { HistoryDrawer } from './HistoryDrawer'
import { ReviewBottomBar } from './ReviewBottomBar'
import { ReviewTopBar } from './ReviewTopBar'
import { ReviewViewerPane } from './ReviewViewerPane'
import type { FindingActions } from './FindingList'
import { RubricPanel } from './RubricPanel'
import { useEvaluation } from './useEvaluation'
import { useFindings } from './useFindings'
import { useReviewShortcuts } from './useReviewShortcuts'
import { useSubmit } from './useSubmit'
import { readAheadFor, useQueueAhead } from './queueAhead'
import { useShownPages } from './shownPages'
import { TypicalContext, useTypicalMarks } from './typicalMarks'
import { ObjectPane } from './ObjectPane'
import { ObjectSubject } from './ObjectSubject'

// An A/V record or a complaint has no scan: no place to note, no document to name or jump to.
const NO_PLACE: CurrentPlace = { documentId: null, page: null, documentName: null }
const noDocument = () => null
const noJump = () => {}

/** 评查: the scan on the left, the rubric on the right; every change saved at once. */
export function ReviewPage({ assignmentId }: { assignmentId: number }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { state, score, loadError, save, actions, retry } = useEvaluation(assignmentId)
  // The total in the top bar is urgent; the rubric's many rows follow in a background render,
  // also when a case opens: its scan and total show first.
  const rubricState = useDeferredValue(state)
  // A case read ahead (the queue's next one) shows its scan while its evaluation opens.
  const [ahead] = useState(() => readAheadFor(assignmentId))
  const caseId = state?.caseId ?? ahead?.caseId
  const rubricId = state?.rubricId ?? ahead?.rubricId
  const detail = useQuery('cases.get', caseId ? { id: caseId } : null)
  const documents = useQuery('documents.list', caseId ? { caseId } : null)
  const rubric = useQuery('rubrics.get', rubricId ? { id: rubricId } : null)
  const ownReasons = useQuery('evaluations.frequentReasons', {})
  const [view, setView] = useState<{ documentId: number | null; page: number }>({ documentId: null, page: 1 })
  const [helpOpen, setHelpOpen] = useState(false)
  const [historyOpen, setHistoryOpen] = useState(false)
  const openHistory = useCallback(() => setHistoryOpen(true), [])
  const shownPages = useShownPages(assignmentId)
  const findings = useFindings(state?.id)
  const typicalMarks = useTypicalMarks(state?.id)
  const submit = useSubmit(state, actions.submit, { findings: findings.findings, documents: documents.data ?? [], shownPages: shownPages.read })
  useQueueAhead(state, documents.data)
  const nextAssignmentId = state?.position.nextAssignmentId
  useReviewShortcuts({
    next: () => (nextAssignmentId ? navigate(`/review/${nextAssignmentId}`) : void message.info(t('review.noNextCase'))),
    submit,
    history: () => setHistoryOpen((open) => !open),
    help: () => setHelpOpen((open) => !open),
  })
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
  const shownName = docs.length > 1 ? (shownDocument?.fileName ?? null) : null
  // Kept identical between saves so that the memoized rubric items do not render again.
  const place = useMemo<CurrentPlace>(() => ({ documentId: shownDocument?.id ?? null, page: view.page, documentName: shownName }), [shownDocument?.id, view.page, shownName])

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
  // An A/V record or a complaint (ADR 0013): its register entry on the left instead of a scan.
  if (state?.object) {
    if (!rubric.data || !rubricState) return <CenteredSpin description={t('app.loading')} />
    return (
      <div className="review" data-testid="review" data-evaluation-id={state.id} data-status={state.status}>
        <ReviewTopBar subject={<ObjectSubject state={state} />} state={state} score={score} rubric={rubric.data.body} />
        <div className="review-body">
          <section className="review-left">
            <ObjectPane object={state.object} />
          </section>
          <section className="review-right">
            <TypicalContext.Provider value={typicalMarks}>
              <RubricPanel rubric={rubric.data.body} state={rubricState} place={NO_PLACE} documentName={noDocument} onJump={noJump} actions={actions} findings={findings.findings} findingActions={findingActions} ownReasons={ownReasons.data} />
            </TypicalContext.Provider>
          </section>
        </div>
        <ReviewBottomBar
          save={save}
          locked={state.status === 'submitted'}
          previousAssignmentId={state.position.previousAssignmentId}
          nextAssignmentId={state.position.nextAssignmentId}
          reopen={actions.reopen}
          onSubmit={submit}
          helpOpen={helpOpen}
          onHelp={setHelpOpen}
          onHistory={openHistory}
        />
        {historyOpen && <HistoryDrawer evaluationId={state.id} updatedAt={state.updatedAt} onClose={() => setHistoryOpen(false)} />}
      </div>
    )
  }
  if (!documents.data) return <CenteredSpin description={t('app.loading')} />
  // Until the evaluation is open only the scan shows; the bars keep their places.
  const opened = state && detail.data && rubric.data ? { state, detail: detail.data, rubric: rubric.data.body } : null

  return (
    <div className="review" data-testid="review" data-evaluation-id={state?.id} data-status={state?.status}>
      {opened ? (
        <ReviewTopBar detail={opened.detail} state={opened.state} score={score} rubric={opened.rubric} />
      ) : (
        <div className="review-topbar">
          <div className="review-topbar-row" />
        </div>
      )}
      {opened?.state.status === 'submitted' && (
        <Alert type="info" showIcon banner title={t('review.locked', { time: formatDateTime(opened.state.submittedAt) })} />
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
            onPagesShown={shownPages.record}
            onDocumentChange={onDocumentChange}
            capture={capture}
          />
        </section>
        <section className="review-right">
          {opened && rubricState ? (
            <EvidenceContext.Provider value={picker}>
              <TypicalContext.Provider value={typicalMarks}>
                <RubricPanel
                  rubric={opened.rubric}
                  state={rubricState}
                  place={place}
                  documentName={documentName}
                  onJump={jump}
                  actions={actions}
                  findings={findings.findings}
                  findingActions={findingActions}
                  ownReasons={ownReasons.data}
                />
              </TypicalContext.Provider>
            </EvidenceContext.Provider>
          ) : (
            <Flex align="center" justify="center" style={{ height: '100%' }}>
              <Spin delay={400} />
            </Flex>
          )}
        </section>
      </div>
      {opened ? (
        <ReviewBottomBar
          save={save}
          locked={opened.state.status === 'submitted'}
          previousAssignmentId={opened.state.position.previousAssignmentId}
          nextAssignmentId={opened.state.position.nextAssignmentId}
          reopen={actions.reopen}
          onSubmit={submit}
          helpOpen={helpOpen}
          onHelp={setHelpOpen}
          onHistory={openHistory}
        />
      ) : (
        <div className="review-bottombar">
          <div className="review-bottombar-pending" />
        </div>
      )}
      {/* Mounted only while open: closed, it has no reason to render on every save. */}
      {opened && historyOpen && <HistoryDrawer evaluationId={opened.state.id} updatedAt={opened.state.updatedAt} onClose={() => setHistoryOpen(false)} />}
    </div>
  )
}
