import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'

interface ParentPlace {
  laidOut: boolean
  currentPage: number
  first: number
  last: number
  /** The page the parent asks for. */
  page: number
  goTo: (page: number) => void
  frameSize: { width: number; height: number }
  onPageChange: (page: number) => void
  onPagesShown?: (first: number, last: number) => void
  onFrameSize?: (size: { width: number; height: number }) => void
}

/**
 * Keeps the parent told where the reader is (current page, pages on screen, frame size) and
 * follows it when it asks for another page. Returns the page last reported.
 */
export function useParentPlace(p: ParentPlace): () => number | null {
  const { laidOut, currentPage, first, last, page, goTo, frameSize, onPageChange, onPagesShown, onFrameSize } = p
  const reported = useRef<number | null>(null)
  useEffect(() => {
    if (!laidOut || reported.current === currentPage) return
    reported.current = currentPage
    onPageChange(currentPage)
  }, [laidOut, currentPage, onPageChange])
  useEffect(() => {
    if (laidOut) onPagesShown?.(first, last)
  }, [laidOut, first, last, onPagesShown])
  const lastPageProp = useRef(page)
  useLayoutEffect(() => {
    if (page === lastPageProp.current) return
    lastPageProp.current = page
    if (page !== reported.current) goTo(page)
  }, [page, goTo])

  useEffect(() => {
    if (frameSize.width > 0 && frameSize.height > 0) onFrameSize?.(frameSize)
  }, [frameSize, onFrameSize])
  return useCallback(() => reported.current, [])
}
