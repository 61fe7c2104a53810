import { useEffect, useState } from 'react'
import { openPdf, type PDFDocumentProxy } from './pdfjs'

export type PdfState =
  | { status: 'idle' }
  | { status: 'loading'; percent: number | null }
  | { status: 'ready'; doc: PDFDocumentProxy }
  | { status: 'error'; error: unknown }

/**
 * Opens a PDF and destroys it (worker side included) when the URL changes or the viewer goes
 * away, so switching between 300-page scans does not pile up memory. `attempt` forces a reopen.
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
    const task = openPdf(url)
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => {
      if (live && total > 0) setState({ status: 'loading', percent: Math.min(99, Math.round((loaded / total) * 100)) })
    }
    task.promise.then(
      (doc) => live && setState({ status: 'ready', doc }),
      (error: unknown) => live && setState({ status: 'error', error }),
    )
    return () => {
      live = false
      void task.destroy()
    }
  }, [url, attempt])
  return state
}
