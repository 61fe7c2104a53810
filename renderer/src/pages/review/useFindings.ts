import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import { api, toApiError, type ApiError } from '../../api'
import { answeredAhead, sameAnswer, whenIdle } from '../../api/readAhead'

const NONE: Finding[] = []

/**
 * The automatic findings for an evaluation, fetched again when the UI language changes (messages
 * come in the UI language). Scoring does not change them: only confirm / override do, and those
 * return the new list. Only the newest request may set the list, so a slow response never
 * overwrites a newer one. Findings read ahead (the queue's next case) show at once and are read
 * again when the window is idle.
 */
export function useFindings(evaluationId: number | undefined) {
  const { i18n } = useTranslation()
  const [held, setHeld] = useState<{ evaluationId: number; findings: Finding[] }>()
  const [error, setError] = useState<ApiError>()
  const seq = useRef(0)
  const heldFor = useRef<number | undefined>(undefined)
  heldFor.current = held?.evaluationId
  const current = useRef(evaluationId)
  current.current = evaluationId

  const ahead = evaluationId !== undefined && held?.evaluationId !== evaluationId ? answeredAhead('checks.forEvaluation', { evaluationId }) : undefined

  useEffect(() => {
    if (evaluationId === undefined) return
    const mine = ++seq.current
    const read = () =>
      api.call('checks.forEvaluation', { evaluationId }).then(
        (value) => {
          if (mine !== seq.current) return
          setHeld((prev) => (prev?.evaluationId === evaluationId && sameAnswer(prev.findings, value) ? prev : { evaluationId, findings: value }))
          setError(undefined)
        },
        (err: unknown) => mine === seq.current && setError(toApiError(err)),
      )
    const first = heldFor.current !== evaluationId ? answeredAhead('checks.forEvaluation', { evaluationId }) : undefined
    if (!first) return void read()
    setHeld({ evaluationId, findings: first.value })
    return whenIdle(() => void read())
  }, [evaluationId, i18n.language])

  /** Takes the list a confirm / override returned; any request still in flight is dropped. */
  const replace = useCallback((next: Finding[]) => {
    seq.current++
    if (current.current !== undefined) setHeld({ evaluationId: current.current, findings: next })
    setError(undefined)
  }, [])

  const findings = ahead ? ahead.value : held && held.evaluationId === evaluationId ? held.findings : NONE
  return { findings, error, replace }
}
