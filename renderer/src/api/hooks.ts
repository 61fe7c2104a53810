import { useCallback, useEffect, useRef, useState } from 'react'
import type { MethodName } from '../../../shared/contract'
import { api, onSignedIn, type MethodInput, type MethodOutput } from './client'
import { toApiError, type ApiError } from './errors'
import { answeredAheadFor, sameAnswer, whenIdle } from './readAhead'

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
 * while reloading, so tables do not flash empty between pages; drops stale responses. An answer
 * read ahead (see readAhead.ts) shows in the very render that asks for it, and is read again
 * once the window is idle; the first copy stays when nothing changed.
 */
export function useQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): QueryResult<MethodOutput<M>> {
  const key = input === null ? null : JSON.stringify(input)
  const [held, setHeld] = useState<{ key: string | null; value: MethodOutput<M> }>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(key !== null)
  const [nonce, setNonce] = useState(0)
  const heldKey = useRef<string | null | undefined>(undefined)
  heldKey.current = held?.key
  const keyRef = useRef(key)
  keyRef.current = key

  const ahead = key !== null && held?.key !== key ? answeredAheadFor(method, key) : undefined

  useEffect(() => {
    if (key === null) return
    let live = true
    // `again`: a second look at an answer read ahead, kept as it is when nothing changed.
    const read = (again: boolean) =>
      api
        .call(method, JSON.parse(key) as MethodInput<M>)
        .then((value) => {
          if (!live) return
          setHeld((prev) => (again && prev?.key === key && sameAnswer(prev.value, value) ? prev : { key, value }))
          setError(undefined)
        })
        .catch((err: unknown) => {
          if (live) setError(toApiError(err))
        })
        .finally(() => {
          if (live) setLoading(false)
        })
    // A new key with an answer read ahead: keep that one, and check it when nothing else is to do.
    const first = heldKey.current !== key ? answeredAheadFor(method, key) : undefined
    if (first) {
      setHeld({ key, value: first.value })
      setLoading(false)
      const cancel = whenIdle(() => void read(true))
      return () => {
        live = false
        cancel()
      }
    }
    setLoading(true)
    void read(false)
    return () => {
      live = false
    }
  }, [method, key, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  // A read refused by the lock is read again once someone signs in.
  const lockedOut = error?.code === 'signed_out'
  useEffect(() => (lockedOut ? onSignedIn(reload) : undefined), [lockedOut, reload])
  const setData = useCallback((value: MethodOutput<M>) => setHeld({ key: keyRef.current, value }), [])
  return { data: ahead ? ahead.value : held?.value, error, loading: ahead ? false : loading, reload, setData }
}
