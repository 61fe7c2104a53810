import { useEffect, useRef } from 'react'

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.getAttribute('role') === 'combobox'
}

export interface ViewerKeyActions {
  page: (delta: number) => void
  firstPage: () => void
  lastPage: () => void
  scroll: (delta: number) => void
  zoom: (direction: 1 | -1) => void
  rotate: (all: boolean) => void
  focusPageInput: () => void
  find: () => void
  escape: () => boolean
}

/**
 * The viewer's keys anywhere on the screen, except while the reviewer is typing: PgUp/PgDn and
 * ←/→ page, ↑/↓ scroll, Home/End, +/− zoom, R rotates the page (Shift+R all pages), G goes to a
 * page, Ctrl+F finds (also while typing), Esc leaves evidence drawing.
 */
export function useViewerKeys(enabled: boolean, actions: ViewerKeyActions) {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    if (!enabled) return
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented) return
      const a = latest.current
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyF') {
        e.preventDefault()
        a.find()
        return
      }
      if (e.key === 'Escape' && a.escape()) {
        e.preventDefault()
        return
      }
      if (e.ctrlKey || e.altKey || e.metaKey || isEditableTarget(e.target)) return
      let handled = true
      switch (e.key) {
        case 'PageDown':
        case 'ArrowRight':
          a.page(1)
          break
        case 'PageUp':
        case 'ArrowLeft':
          a.page(-1)
          break
        case 'ArrowDown':
          a.scroll(1)
          break
        case 'ArrowUp':
          a.scroll(-1)
          break
        case 'Home':
          a.firstPage()
          break
        case 'End':
          a.lastPage()
          break
        case '+':
        case '=':
          a.zoom(1)
          break
        case '-':
        case '_':
          a.zoom(-1)
          break
        default:
          if (e.code === 'KeyR') a.rotate(e.shiftKey)
          else if (e.code === 'KeyG' && !e.shiftKey) a.focusPageInput()
          else handled = false
      }
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
