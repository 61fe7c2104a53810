import { useEffect, useState } from 'react'
import { indexPageText, type PageText } from './textSearch'
import type { Source } from './useDocumentSource'

export interface TextIndex {
  /** Text per page (index 0 = page 1); undefined while not read yet. */
  pages: (PageText | undefined)[]
  done: number
  total: number
  /** True once every page is read and none has any text: an image-only scan. */
  noText: boolean
}

const EMPTY: TextIndex = { pages: [], done: 0, total: 0, noText: false }

/** Reads the text layer of every page once find is first opened; kept while the document is open. */
export function useTextIndex(source: Source | null, pageCount: number, wanted: boolean): TextIndex {
  const [index, setIndex] = useState<{ source: Source; value: TextIndex } | null>(null)
  const [started, setStarted] = useState<Source | null>(null)
  if (wanted && source && started !== source) setStarted(source)

  useEffect(() => {
    if (!started) return
    if (started.kind !== 'pdf') {
      setIndex({ source: started, value: { pages: [], done: 1, total: 1, noText: true } })
      return
    }
    const doc = started.doc
    let live = true
    const pages: (PageText | undefined)[] = new Array(pageCount).fill(undefined)
    let chars = 0
    void (async () => {
      for (let n = 1; n <= pageCount && live; n++) {
        try {
          const page = await doc.getPage(n)
          const content = await page.getTextContent()
          pages[n - 1] = indexPageText(content.items)
        } catch {
          pages[n - 1] = indexPageText([])
        }
        chars += pages[n - 1]!.chars.length
        // Show matches as they come, without re-rendering for every page of a long file.
        if (live && (n % 8 === 0 || n === pageCount)) setIndex({ source: started, value: { pages: [...pages], done: n, total: pageCount, noText: n === pageCount && chars === 0 } })
      }
    })()
    return () => {
      live = false
    }
  }, [started, pageCount])

  if (!source || index?.source !== source) return started === source && source ? { ...EMPTY, total: pageCount } : EMPTY
  return index.value
}
