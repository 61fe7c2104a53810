import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/contract/checks'
import { api, toApiError, type ApiError } from '../api'

/**
 * The automatic findings for an evaluation, fetched again when the UI language changes (messages
 * come in the UI language). Scoring does not change them: only confirm / override do, and those
 * return the new list. Only the newest request may set the list, so a slow response never
 * overwrites a newer one.
 */
export function useFindings(evaluationId: number | undefined) {
  const { i18n } = useTranslation()
  const [findings, setFindings] = useState<Finding[]>([])
  const [error, setError] = useState<ApiError>()
  const seq = useRef(0)

  useEffect(() => {
    if (evaluationId === undefined) return
    const mine = ++seq.current
    api.call('checks.forEvaluation', { evaluationId }).then(
      (value) => {
        if (mine !== seq.current) return
        setFindings(value)
        setError(undefined)
      },
      (err: unknown) => mine === seq.current && setError(toApiError(err)),
    )
  }, [evaluationId, i18n.language])

  /** Takes the list a confirm / override returned; any request still in flight is dropped. */
  const replace = useCallback((next: Finding[]) => {
    seq.current++
    setFindings(next)
    setError(undefined)
  }, [])

  return { findings, error, replace }
}
