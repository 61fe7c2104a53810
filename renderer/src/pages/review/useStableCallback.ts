import { useCallback, useEffect, useRef } from 'react'

/** A callback whose identity never changes but which always runs the newest `fn`: keeps memoized children from rendering. */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
