import { useCallback, useEffect, useState } from 'react'
import type { MethodName } from '../../../shared/contract'
import { api, type MethodInput, type MethodOutput } from './client'
import { toApiError, type ApiError } from './errors'

export interface QueryResult<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
  /** Replace the data locally, e.g. with what a mutation returned. */
  setData: (data: T) => void
}

/**
 * Calls a read method whenever its input changes (pass null to wait). Keeps the previous data
 * while reloading, so tables do not flash empty between pages; drops stale responses.
 */
export function useQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): QueryResult<MethodOutput<M>> {
  const key = input === null ? null : JSON.stringify(input)
  const [data, setData] = useState<MethodOutput<M>>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(key !== null)
  const [nonce, setNonce] = useState(0)

  useEffect(() => {
    if (key === null) return
    let live = true
    setLoading(true)
    api
      .call(method, JSON.parse(key) as MethodInput<M>)
      .then((value) => {
        if (!live) return
        setData(value)
        setError(undefined)
      })
      .catch((err: unknown) => {
        if (live) setError(toApiError(err))
      })
      .finally(() => {
        if (live) setLoading(false)
      })
    return () => {
      live = false
    }
  }, [method, key, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { data, error, loading, reload, setData }
}
