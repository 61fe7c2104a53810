import { useEffect, useRef } from 'react'
import { inOverlay, isEditableTarget } from './keys'

export interface ReviewShortcutActions {
  /** Ctrl+Enter: the next case (everything is already saved as it is done). */
  next: () => void
  /** Ctrl+Shift+Enter: submit, after the confirmation. */
  submit: () => void
  /** H: the evaluation's history. */
  history: () => void
  /** ?: the list of keys. */
  help: () => void
}

/** The review screen's own keys; never while typing (there Enter and Ctrl+Enter save the field). */
export function useReviewShortcuts(actions: ReviewShortcutActions) {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || isEditableTarget(e.target) || inOverlay(e.target)) return
      const a = latest.current
      const ctrl = e.ctrlKey || e.metaKey
      let handled = true
      if (ctrl && e.key === 'Enter') (e.shiftKey ? a.submit : a.next)()
      else if (!ctrl && e.key === '?') a.help()
      else if (!ctrl && !e.shiftKey && e.code === 'KeyH') a.history()
      else handled = false
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
