import { useCallback, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { digitOf, inOverlay, isControl, isEditableTarget, noModifier } from './keys'

export interface RubricKeyActions {
  move: (delta: 1 | -1) => void
  /** Opens the deduction form on the current item: option N, or the first one for null. */
  deduct: (option: number | null) => void
  findings: () => void
  /** Opens (or goes to) the current item's note. */
  note: () => void
}

/**
 * The rubric's keys. J/K, 1–9, Enter, F and M work anywhere on the review screen unless the reviewer
 * is typing (the viewer does not use them); ↑/↓ only while focus is on the rubric side, through the
 * returned handler, since on the scan side they scroll the page.
 */
export function useRubricKeys(actions: RubricKeyActions) {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || !noModifier(e) || e.shiftKey || isEditableTarget(e.target) || inOverlay(e.target)) return
      const a = latest.current
      // A focused finding has its own Enter and digits mean nothing there.
      const onFinding = e.target instanceof Element && e.target.closest('[data-testid="finding"]') !== null
      const digit = digitOf(e)
      let handled = true
      if (e.code === 'KeyJ') a.move(1)
      else if (e.code === 'KeyK') a.move(-1)
      else if (e.code === 'KeyF') a.findings()
      else if (e.code === 'KeyM') a.note()
      else if (onFinding) handled = false
      else if (digit !== null) a.deduct(digit)
      else if (e.key === 'Enter' && !isControl(e.target)) a.deduct(null)
      else handled = false
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return useCallback((e: ReactKeyboardEvent) => {
    if (e.defaultPrevented || !noModifier(e) || e.shiftKey || isEditableTarget(e.target)) return
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    // Handled here, before the viewer's window listener, which then leaves the key alone.
    e.preventDefault()
    latest.current.move(e.key === 'ArrowDown' ? 1 : -1)
  }, [])
}
