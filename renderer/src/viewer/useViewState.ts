import { useEffect, useRef, useState } from 'react'
import type { ViewState } from '../../../shared/contract/documents'
import { api } from '../api'
import { answeredAhead } from '../api/readAhead'
import { parseZoom } from './zoom'

export type SavedView = { status: 'loading' } | { status: 'done'; state: ViewState | null }

const viewOf = (state: ViewState | null): ViewState | null => (state ? { page: state.page, zoom: parseZoom(state.zoom) } : null)

/** Where the reviewer left this document last time (null when never opened or not available); read ahead for the queue's next case. */
export function useSavedView(documentId: number, enabled: boolean): SavedView {
  const [saved, setSaved] = useState<{ documentId: number; state: ViewState | null } | null>(null)
  const ahead = enabled && saved?.documentId !== documentId ? answeredAhead('documents.viewState', { documentId }) : undefined
  useEffect(() => {
    if (!enabled) return
    let live = true
    // Only where the document opens depends on it: an answer read ahead is not read again.
    const first = answeredAhead('documents.viewState', { documentId })
    if (first) {
      setSaved({ documentId, state: viewOf(first.value) })
      return
    }
    api.call('documents.viewState', { documentId }).then(
      (state) => live && setSaved({ documentId, state: viewOf(state) }),
      // A place to resume is a convenience: without it the document opens at its start.
      () => live && setSaved({ documentId, state: null }),
    )
    return () => {
      live = false
    }
  }, [documentId, enabled])
  if (!enabled) return { status: 'done', state: null }
  if (ahead) return { status: 'done', state: viewOf(ahead.value) }
  return saved?.documentId === documentId ? { status: 'done', state: saved.state } : { status: 'loading' }
}

const SAVE_DELAY_MS = 800

/** Saves page and zoom a moment after they settle, and once more when the document is closed. */
export function useSaveView(documentId: number, view: ViewState | null, enabled: boolean) {
  const pending = useRef<ViewState | null>(null)
  const last = useRef<string | null>(null)
  const page = view?.page
  const zoom = view?.zoom

  useEffect(() => {
    if (!enabled || page === undefined || zoom === undefined) return
    const next = { page, zoom }
    const key = JSON.stringify(next)
    if (last.current === null) {
      // The place the document opened at is already known.
      last.current = key
      return
    }
    if (key === last.current) return
    pending.current = next
    const timer = window.setTimeout(() => {
      pending.current = null
      last.current = key
      api.call('documents.saveViewState', { documentId, state: next }).catch(() => {})
    }, SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [documentId, page, zoom, enabled])

  useEffect(
    () => () => {
      if (pending.current) api.call('documents.saveViewState', { documentId, state: pending.current }).catch(() => {})
    },
    [documentId],
  )
}
