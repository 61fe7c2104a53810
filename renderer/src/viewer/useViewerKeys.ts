import { useEffect } from 'react'

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.getAttribute('role') === 'combobox'
}

/** PgUp/PgDn, arrows, Home/End page the viewer, except while the reviewer is typing. */
export function useViewerKeys(enabled: boolean, page: number, pageCount: number, onPage: (page: number) => void) {
  useEffect(() => {
    if (!enabled) return
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || isEditableTarget(e.target)) return
      let next: number | null = null
      if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === 'ArrowDown') next = page + 1
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = page - 1
      else if (e.key === 'Home') next = 1
      else if (e.key === 'End') next = pageCount
      if (next === null) return
      e.preventDefault()
      const clamped = Math.min(pageCount, Math.max(1, next))
      if (clamped !== page) onPage(clamped)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled, page, pageCount, onPage])
}
