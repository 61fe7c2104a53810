import { openPdf, type PdfOpening, type PDFDocumentProxy } from './pdfjs'

interface Entry {
  opening: PdfOpening
  borrowers: number
}

const open = new Map<string, Entry>()

/**
 * A PDF shared by every evidence crop of one scan on screen (a list of typical cases often cuts
 * several from one file): opened once, destroyed when the last crop lets go.
 */
export function borrowPdf(url: string): { promise: Promise<PDFDocumentProxy>; release: () => void } {
  let entry = open.get(url)
  if (!entry) {
    // A read failing later reaches each crop as its render's own error.
    entry = { opening: openPdf(url, () => {}), borrowers: 0 }
    open.set(url, entry)
  }
  const held = entry
  held.borrowers++
  let released = false
  return {
    promise: held.opening.promise,
    release: () => {
      if (released) return
      released = true
      held.borrowers--
      if (held.borrowers > 0) return
      if (open.get(url) === held) open.delete(url)
      void held.opening.destroy()
    },
  }
}
