import { useEffect } from 'react'
import { navigate } from '../router/hash'

/** Ctrl+Enter moves to the next case (everything is already saved as it is done). */
export function useReviewShortcuts(nextAssignmentId: number | null | undefined) {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.key !== 'Enter' || !nextAssignmentId) return
      e.preventDefault()
      navigate(`/review/${nextAssignmentId}`)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [nextAssignmentId])
}
