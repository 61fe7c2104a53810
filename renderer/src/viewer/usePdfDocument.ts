import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from './pdfjs'
import { borrowPdf, openedPdf } from './sharedPdf'

export type PdfState =
  | { status: 'idle' }
  // Read by ranges, a document has no meaningful percentage before it opens.
  | { status: 'loading'; percent: null }
  | { status: 'ready'; doc: PDFDocumentProxy }
  | { status: 'error'; error: unknown }

/**
 * Opens a PDF (or takes it up where the review queue opened it ahead) and lets go of it when the
 * URL changes or the viewer goes away: the last holder destroys it, worker side included, so
 * switching between 300-page scans does not pile up memory; the scan just left stays open a
 * moment for a return to it. `attempt` forces a reopen. A read that fails after opening turns the
 * document into an error the reviewer can retry.
 */
export function usePdfDocument(url: string | null, attempt: number): PdfState {
  const [state, setState] = useState<{ url: string; attempt: number; state: PdfState } | null>(null)
  useEffect(() => {
    if (!url) return
    let live = true
    const set = (next: PdfState) => live && setState({ url, attempt, state: next })
    const fail = (error: unknown) => set({ status: 'error', error })
    const borrowed = borrowPdf(url, fail)
    if (borrowed.doc) set({ status: 'ready', doc: borrowed.doc })
    else {
      set({ status: 'loading', percent: null })
      borrowed.promise.then((doc) => set({ status: 'ready', doc }), fail)
    }
    return () => {
      live = false
      borrowed.release(true)
    }
  }, [url, attempt])
  if (!url) return { status: 'idle' }
  if (state && state.url === url && state.attempt === attempt) return state.state
  // Open already (read ahead, or just left): shown in this very render; the effect takes it up.
  const opened = openedPdf(url)
  return opened ? { status: 'ready', doc: opened } : { status: 'loading', percent: null }
}
