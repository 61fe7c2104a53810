import { useEffect, useRef } from 'react'
import type { MethodName } from '../../../../shared/contract'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { api, type MethodInput, type MethodOutput } from '../../api'
import { forgetAhead, readAhead, readKey } from '../../api/readAhead'
import { prepareScan, quietMoment, type PreparedScan } from '../../viewer'

/*
 * 下一件 without waiting. While a case is scored, the next one in the reviewer's queue is made
 * ready in quiet moments: what its screen reads (case, documents, rubric, findings, marks, where
 * its scan opens), its first scan opened and the page it opens at painted off screen. The case
 * just left is kept the same way, so 上一件 is as quick.
 *
 * Memory budget: besides the case on screen, one case ahead and one behind, nothing else. Each
 * holds its answers (tens of KB), its scan open in pdf.js (page dictionaries; the decoded image
 * is let go once painted) and one painted page (one canvas, about 3.7 MB on a 1440 × 900 screen).
 * A case that is neither next nor previous any more is released at once, and everything a
 * moment after the reviewer leaves the review screen.
 */

/** What an assignment opens on, read without opening it. */
export interface OpensOn {
  caseId: number
  rubricId: number
}

interface Prepared {
  assignmentId: number
  opensOn: OpensOn | null
  /** Its answers kept in readAhead, forgotten with it. */
  keys: string[]
  scan: PreparedScan | null
  released: boolean
}

const held = new Map<number, Prepared>()
/** The case last on screen and the scan it showed: still open for a moment after it is left. */
let lastShown: { assignmentId: number; document: DocumentInfo | null } | null = null
/** The review screen's scan area: the next case's page is painted at the size it will be shown. */
let frame: { width: number; height: number } | null = null
let leaveTimer = 0
/** Leaving the review screen for longer than this releases everything held. */
const LEAVE_MS = 5_000

export function noteReviewFrame(size: { width: number; height: number }) {
  frame = size
}

function release(p: Prepared, keepScan = false) {
  p.released = true
  forgetAhead(p.keys)
  p.scan?.release(keepScan)
  if (held.get(p.assignmentId) === p) held.delete(p.assignmentId)
}

function releaseAll() {
  for (const p of [...held.values()]) release(p)
  lastShown = null
}

async function prepare(p: Prepared) {
  const read = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const key = readKey(method, input)
    p.keys.push(key)
    const value = await readAhead(method, input)
    if (p.released) forgetAhead([key])
    return value
  }
  await quietMoment()
  if (p.released) return
  // Read without opening: the case is not started until the reviewer gets there.
  const { caseId, rubricId, evaluationId } = await api.call('evaluations.peek', { assignmentId: p.assignmentId })
  // Only a case file has a scan to read ahead.
  if (p.released || caseId === null) return
  p.opensOn = { caseId, rubricId }
  const [documents] = await Promise.all([
    read('documents.list', { caseId }),
    read('cases.get', { id: caseId }),
    read('rubrics.get', { id: rubricId }),
    evaluationId === null ? null : read('checks.forEvaluation', { evaluationId }),
    evaluationId === null ? null : read('typical.ofEvaluation', { evaluationId }),
  ])
  const [first] = documents
  if (p.released || !first) return
  // The review screen opens on the first document.
  p.scan ??= prepareScan(first)
  const view = await read('documents.viewState', { documentId: first.id })
  if (!p.released) p.scan.paint(view, frame)
}

/** The case and rubric of an assignment read ahead, so its screen asks for them (and shows its scan) while the evaluation opens. */
export function readAheadFor(assignmentId: number): OpensOn | null {
  return held.get(assignmentId)?.opensOn ?? null
}

/** Holds the assignments next to the one on screen (none: the workbench), releases the rest. */
function arrive(assignmentId: number | null, targets: number[]) {
  const left = lastShown
  for (const target of targets) {
    if (held.has(target)) continue
    const p: Prepared = { assignmentId: target, opensOn: null, keys: [], scan: null, released: false }
    // The case just left: its scan is held again before it closes, with the page it was left on.
    if (left?.assignmentId === target && left.document) p.scan = prepareScan(left.document)
    held.set(target, p)
    prepare(p).catch(() => {})
  }
  for (const p of [...held.values()]) {
    // The case now on screen was ahead: its viewer takes its scan up, if it has not yet.
    if (!targets.includes(p.assignmentId)) release(p, p.assignmentId === assignmentId)
  }
}

/** While a screen that reads ahead is shown; a moment after it goes (to a screen that does not), everything is released. */
function holdWhileShown() {
  window.clearTimeout(leaveTimer)
  return () => {
    leaveTimer = window.setTimeout(releaseAll, LEAVE_MS)
  }
}

/**
 * The workbench: the case the reviewer most likely opens first (the first not submitted in the
 * first queue shown) is made ready the same way, so the first review of a session does not wait;
 * its page is painted ahead only once a review screen has given the scan area's size.
 */
export function useFirstCaseAhead(assignmentId: number | null) {
  useEffect(holdWhileShown, [])
  useEffect(() => {
    if (assignmentId !== null) arrive(null, [assignmentId])
  }, [assignmentId])
}

/**
 * Keeps the review queue's neighbours of the case on screen ready (see above). `documents` are
 * the case's, as the screen shows them.
 */
export function useQueueAhead(state: EvaluationState | undefined, documents: DocumentInfo[] | undefined) {
  useEffect(holdWhileShown, [])
  const assignmentId = state?.assignmentId
  const next = state?.position.nextAssignmentId ?? null
  const previous = state?.position.previousAssignmentId ?? null
  const shown = documents?.[0] ?? null
  const shownRef = useRef(shown)
  shownRef.current = shown
  const loaded = documents !== undefined
  useEffect(() => {
    if (assignmentId === undefined || !loaded) return
    arrive(
      assignmentId,
      [next, previous].filter((id): id is number => id !== null),
    )
    lastShown = { assignmentId, document: shownRef.current }
  }, [assignmentId, next, previous, loaded])
  // Rotations turned here change the document: the latest copy is the one held on leaving.
  useEffect(() => {
    if (lastShown && lastShown.assignmentId === assignmentId) lastShown = { assignmentId, document: shown }
  }, [assignmentId, shown])
}
