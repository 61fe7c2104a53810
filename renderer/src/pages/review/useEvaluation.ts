import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Finding } from '../../../../shared/contract/checks'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { api, toApiError, type ApiError, type MethodInput } from '../../api'
import { sendUntilAnswered } from '../../api/retry'
import { SerialCalls } from '../../api/serial'
import { useFeedback } from '../../components/useFeedback'
import { createRunningScoreStore, runningScoreOf } from './runningScore'

type Mutation =
  | 'evaluations.addDeduction'
  | 'evaluations.removeDeduction'
  | 'evaluations.setNotApplicable'
  | 'evaluations.setNote'
  | 'evaluations.setVeto'
  | 'evaluations.submit'
  | 'evaluations.reopen'

type Args<M extends Mutation> = Omit<MethodInput<M>, 'evaluationId' | 'changeId'>

export interface SaveState {
  /** A save has been on its way for a noticeable time (a quick one is never announced). */
  saving: boolean
  savedAt: Date | null
  error: string | null
}

/** Saves normally finish well within this; only a slower one shows "saving" (and renders for it). */
export const SHOW_SAVING_AFTER_MS = 300

export interface ReviewActions {
  /** `applied` runs once the new state is in, with the rubric's (deferred) update: e.g. closing the form. */
  addDeduction: (input: Args<'evaluations.addDeduction'>, applied?: () => void) => Promise<boolean>
  removeDeduction: (deductionId: number) => Promise<boolean>
  setNotApplicable: (itemId: string, notApplicable: boolean) => Promise<boolean>
  setNote: (itemId: string, note: string) => Promise<boolean>
  setVeto: (input: Args<'evaluations.setVeto'>) => Promise<boolean>
  submit: () => Promise<boolean>
  /** Lead only: unlocks a submitted evaluation; the reason goes into its history. */
  reopen: (reason: string) => Promise<boolean>
  /** Automatic findings: both return the new findings (null on failure) and replace the state. */
  confirmFinding: (key: string) => Promise<Finding[] | null>
  overrideFinding: (key: string, reason: string) => Promise<Finding[] | null>
}

/**
 * The evaluation of one assignment. The server is the source of truth: every change is one
 * call whose returned state replaces ours. Calls run one after another, so a slow response
 * can never overwrite a newer one. Each change gets its own id and is sent again with it while
 * its answer is lost (the server applies it once); later changes wait behind it.
 */
export function useEvaluation(assignmentId: number) {
  const { fail } = useFeedback()
  const [state, setState] = useState<EvaluationState>()
  const [score] = useState(createRunningScoreStore)
  const [loadError, setLoadError] = useState<ApiError>()
  const [save, setSave] = useState<SaveState>({ saving: false, savedAt: null, error: null })
  const [calls] = useState(() => new SerialCalls())
  const savingTimer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(savingTimer.current), [])
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    api.call('evaluations.open', { assignmentId }).then(
      (value) => {
        if (!live) return
        score.set(runningScoreOf(value))
        setState(value)
        setSave({ saving: false, savedAt: new Date(), error: null })
      },
      (err: unknown) => live && setLoadError(toApiError(err)),
    )
    return () => {
      live = false
    }
  }, [assignmentId, attempt, score])

  const evaluationId = state?.id
  /**
   * Runs one call after those before it; the state it carries replaces ours. Resolves to null on failure.
   * With nothing in flight the request leaves at once, and nothing renders until the answer comes
   * (unless it is slow): the reviewer sees the new total as soon as possible.
   */
  const perform = useCallback(
    <T,>(call: (evaluationId: number) => Promise<T>, stateOf: (value: T) => EvaluationState, applied?: () => void): Promise<T | null> => {
      if (evaluationId === undefined) return Promise.resolve(null)
      if (calls.pending === 0) savingTimer.current = window.setTimeout(() => setSave((s) => ({ ...s, saving: true })), SHOW_SAVING_AFTER_MS)
      return calls.run(() => call(evaluationId)).then((settled) => {
        if (settled.last) window.clearTimeout(savingTimer.current)
        const more = !settled.last
        if (!settled.ok) {
          const error = toApiError(settled.error)
          setSave((s) => ({ ...s, saving: more && s.saving, error: error.message }))
          fail(error)
          return null
        }
        // The reviewer is waiting for the new total: it renders now, alone. What else the save
        // changes (the rubric's rows, "saved at", the form) follows in a background render.
        const next = stateOf(settled.value)
        flushSync(() => score.set(runningScoreOf(next)))
        startTransition(() => {
          setState(next)
          setSave((s) => ({ saving: more && s.saving, savedAt: new Date(), error: null }))
          applied?.()
        })
        return settled.value
      })
    },
    [evaluationId, fail, score, calls],
  )
  const run = useCallback(
    <M extends Mutation>(method: M, args: Args<M>, applied?: () => void): Promise<boolean> =>
      perform(
        (id) => {
          const input = { ...args, evaluationId: id, changeId: crypto.randomUUID() } as MethodInput<M>
          return sendUntilAnswered(() => api.call(method, input))
        },
        (value) => value as EvaluationState,
        applied,
      ).then((value) => value !== null),
    [perform],
  )
  const decide = useCallback(
    <M extends 'checks.confirm' | 'checks.override'>(method: M, args: Omit<MethodInput<M>, 'evaluationId' | 'changeId'>) =>
      perform(
        (id) => {
          const input = { ...args, evaluationId: id, changeId: crypto.randomUUID() } as MethodInput<M>
          return sendUntilAnswered(() => api.call(method, input))
        },
        (value) => value.evaluation,
      ).then((value) => value?.findings ?? null),
    [perform],
  )

  const actions = useMemo<ReviewActions>(
    () => ({
      addDeduction: (input, applied) => run('evaluations.addDeduction', input, applied),
      removeDeduction: (deductionId) => run('evaluations.removeDeduction', { deductionId }),
      setNotApplicable: (itemId, notApplicable) => run('evaluations.setNotApplicable', { itemId, notApplicable }),
      setNote: (itemId, note) => run('evaluations.setNote', { itemId, note }),
      setVeto: (input) => run('evaluations.setVeto', input),
      submit: () => run('evaluations.submit', {}),
      reopen: (reason) => run('evaluations.reopen', { reason }),
      confirmFinding: (key) => decide('checks.confirm', { key }),
      overrideFinding: (key, reason) => decide('checks.override', { key, reason }),
    }),
    [run, decide],
  )

  return { state, score, loadError, save, actions, retry: () => setAttempt((a) => a + 1) }
}
