import { useSyncExternalStore } from 'react'

function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '')
  return hash.startsWith('/') ? hash : '/'
}

/** Asked before leaving a page with unsaved work; calls `leave` if the person agrees. */
export type LeaveGuard = (leave: () => void) => void
type Guard = { path: string; ask: LeaveGuard }
let guard: Guard | null = null

// Closing or reloading the window cannot wait for `ask`: the browser asks, or in the desktop
// app the main process (will-prevent-unload).
const refuseUnload = (e: BeforeUnloadEvent) => e.preventDefault()

function setGuard(next: Guard | null) {
  guard = next
  if (next) window.addEventListener('beforeunload', refuseUnload)
  else window.removeEventListener('beforeunload', refuseUnload)
}

/** Holds the current route, and the window, until `ask` lets go; returns the release. One guard at a time. */
export function guardLeaving(ask: LeaveGuard): () => void {
  const mine = { path: currentPath(), ask }
  setGuard(mine)
  return () => {
    if (guard === mine) setGuard(null)
  }
}

function leaveTo(path: string, go: () => void): boolean {
  if (!guard || guard.path === path) return false
  const { ask } = guard
  ask(() => {
    setGuard(null)
    go()
  })
  return true
}

// Links and the back button change the hash before anyone can ask: put it back, then ask.
function intercepted(): boolean {
  if (!guard || currentPath() === guard.path) return false
  const target = currentPath()
  window.history.replaceState(window.history.state, '', `#${guard.path}`)
  return leaveTo(target, () => navigate(target))
}

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    if (!intercepted()) onChange()
  }
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/** The current route, e.g. "/cases/12"; hash routing works the same over app:// and http://. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (currentPath() === path) return
  if (leaveTo(path, () => navigate(path, { replace }))) return
  // Announced at once rather than by the browser a task later: the next screen renders in this
  // task (e.g. 下一件 straight from its key). Going back and forth through history still fires it.
  if (replace) window.history.replaceState(window.history.state, '', `#${path}`)
  else window.history.pushState(window.history.state, '', `#${path}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

export function href(path: string): string {
  return `#${path}`
}

/** Matches "/cases/:id" against "/cases/12" → { id: "12" }; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const [pathname = ''] = path.split('?')
  const want = pattern.split('/').filter(Boolean)
  const got = pathname.split('/').filter(Boolean)
  if (got.length !== want.length) return null
  const params: Record<string, string> = {}
  for (const [i, segment] of want.entries()) {
    const actual = got[i]! // as long as want: checked above
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual)
    else if (segment !== actual) return null
  }
  return params
}
