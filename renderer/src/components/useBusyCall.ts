import { useCallback, useState } from 'react'
import { useFeedback } from './useFeedback'

/** Runs one call at a time for a form or a button: busy meanwhile, a refusal shown in the server's words (then undefined). */
export function useBusyCall() {
  const { fail } = useFeedback()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      try {
        return await call()
      } catch (err) {
        fail(err)
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [fail],
  )
  return { busy, run }
}
