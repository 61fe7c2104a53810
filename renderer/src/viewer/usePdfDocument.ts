import { useEffect, useState } from 'react'
import { openPdf, type PDFDocumentProxy } from './pdfjs'

export type PdfState =
  | { status: 'idle' }
  // Read by ranges, a document has no meaningful percentage before it opens.
  | { status: 'loading'; percent: null }
  | { status: 'ready'; doc: PDFDocumentProxy }
  | { status: 'error'; error: unknown }

/**
 * Opens a PDF and destroys it (worker side included) when the URL changes or the viewer goes
 * away, so switching between 300-page scans does not pile up memory. `attempt` forces a reopen.
 * A read that fails after opening turns the document into an error the reviewer can retry.
 */
export function usePdfDocument(url: string | null, attempt: number): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'idle' })
  useEffect(() => {
    if (!url) {
      setState({ status: 'idle' })
      return
    }
    let live = true
    setState({ status: 'loading', percent: null })
    const fail = (error: unknown) => live && setState({ status: 'error', error })
    const opening = openPdf(url, fail)
    opening.promise.then((doc) => live && setState({ status: 'ready', doc }), fail)
    return () => {
      live = false
      void opening.destroy()
    }
  }, [url, attempt])
  return state
}
