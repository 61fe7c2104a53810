import { useLayoutEffect, useState, type RefObject } from 'react'

/** The element's content box, updated on resize (widths rounded to limit re-layouts while dragging). */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = (width: number, height: number) =>
      setSize((s) => {
        const next = { width: Math.round(width / 4) * 4, height: Math.round(height) }
        return s.width === next.width && s.height === next.height ? s : next
      })
    measure(el.clientWidth, el.clientHeight)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measure(entry.contentRect.width, entry.contentRect.height)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}
