import { useSyncExternalStore } from 'react'

function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '')
  return hash.startsWith('/') ? hash : '/'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current route, e.g. "/cases/12"; hash routing works the same over app:// and http://. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (currentPath() === path) return
  if (replace) {
    window.history.replaceState(window.history.state, '', `#${path}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = path
  }
}

export function href(path: string): string {
  return `#${path}`
}

/** Matches "/cases/:id" against "/cases/12" → { id: "12" }; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('?')[0].split('/').filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i])
    else if (want[i] !== got[i]) return null
  }
  return params
}
