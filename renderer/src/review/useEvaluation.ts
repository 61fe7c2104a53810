import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Finding } from '../../../shared/contract/checks'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import { api, toApiError, type ApiError, type MethodInput } from '../api'
import { useFeedback } from '../components/useFeedback'

type Mutation =
  | 'evaluations.addDeduction'
  | 'evaluations.removeDeduction'
  | 'evaluations.setNotApplicable'
  | 'evaluations.setNote'
  | 'evaluations.setVeto'
  | 'evaluations.submit'

type Args<M extends Mutation> = Omit<MethodInput<M>, 'evaluationId'>

export interface SaveState {
  pending: number
  savedAt: Date | null
  error: string | null
}

export interface ReviewActions {
  addDeduction: (input: Args<'evaluations.addDeduction'>) => Promise<boolean>
  removeDeduction: (deductionId: number) => Promise<boolean>
  setNotApplicable: (itemId: string, notApplicable: boolean) => Promise<boolean>
  setNote: (itemId: string, note: string) => Promise<boolean>
  setVeto: (input: Args<'evaluations.setVeto'>) => Promise<boolean>
  submit: () => Promise<boolean>
  /** Automatic findings: both return the new findings (null on failure) and replace the state. */
  confirmFinding: (key: string) => Promise<Finding[] | null>
  overrideFinding: (key: string, reason: string) => Promise<Finding[] | null>
}

/**
 * The evaluation of one assignment. The server is the source of truth: every change is one
 * call whose returned state replaces ours. Calls run one after another, so a slow response
 * can never overwrite a newer one.
 */
export function useEvaluation(assignmentId: number) {
  const { fail } = useFeedback()
  const [state, setState] = useState<EvaluationState>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [save, setSave] = useState<SaveState>({ pending: 0, savedAt: null, error: null })
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    api.call('evaluations.open', { assignmentId }).then(
      (value) => {
        if (!live) return
        setState(value)
        setSave({ pending: 0, savedAt: new Date(), error: null })
      },
      (err: unknown) => live && setLoadError(toApiError(err)),
    )
    return () => {
      live = false
    }
  }, [assignmentId, attempt])

  const evaluationId = state?.id
  /** Runs one call in the queue; the state it carries replaces ours. Resolves to null on failure. */
  const perform = useCallback(
    <T,>(call: (evaluationId: number) => Promise<T>, stateOf: (value: T) => EvaluationState): Promise<T | null> => {
      if (evaluationId === undefined) return Promise.resolve(null)
      setSave((s) => ({ ...s, pending: s.pending + 1 }))
      const next = queue.current.then(async () => {
        try {
          const value = await call(evaluationId)
          setState(stateOf(value))
          setSave((s) => ({ pending: s.pending - 1, savedAt: new Date(), error: null }))
          return value
        } catch (err) {
          const error = toApiError(err)
          setSave((s) => ({ ...s, pending: s.pending - 1, error: error.message }))
          fail(error)
          return null
        }
      })
      queue.current = next
      return next
    },
    [evaluationId, fail],
  )
  const run = useCallback(
    <M extends Mutation>(method: M, args: Args<M>): Promise<boolean> =>
      perform(
        (id) => api.call(method, { ...args, evaluationId: id } as MethodInput<M>),
        (value) => value as EvaluationState,
      ).then((value) => value !== null),
    [perform],
  )
  const decide = useCallback(
    (call: (evaluationId: number) => Promise<{ findings: Finding[]; evaluation: EvaluationState }>) =>
      perform(call, (value) => value.evaluation).then((value) => value?.findings ?? null),
    [perform],
  )

  const actions = useMemo<ReviewActions>(
    () => ({
      addDeduction: (input) => run('evaluations.addDeduction', input),
      removeDeduction: (deductionId) => run('evaluations.removeDeduction', { deductionId }),
      setNotApplicable: (itemId, notApplicable) => run('evaluations.setNotApplicable', { itemId, notApplicable }),
      setNote: (itemId, note) => run('evaluations.setNote', { itemId, note }),
      setVeto: (input) => run('evaluations.setVeto', input),
      submit: () => run('evaluations.submit', {}),
      confirmFinding: (key) => decide((evaluationId) => api.call('checks.confirm', { evaluationId, key })),
      overrideFinding: (key, reason) => decide((evaluationId) => api.call('checks.override', { evaluationId, key, reason })),
    }),
    [run, decide],
  )

  return { state, loadError, save, actions, retry: () => setAttempt((a) => a + 1) }
}
