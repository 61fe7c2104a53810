import { useEffect, useState, type RefObject } from 'react'

/** The element's content width, updated on resize (rounded to limit re-renders while dragging). */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width / 4) * 4))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}
