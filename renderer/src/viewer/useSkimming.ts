import { useCallback, useEffect, useRef } from 'react'
import type { RenderQueue } from './renderQueue'

/**
 * Skimming: more than a few screens a second pauses painting until the reader slows down.
 * Returns what to call with the scroller on every scroll frame.
 */
export function useSkimming(queue: RenderQueue): (el: HTMLElement) => void {
  const samples = useRef<{ t: number; top: number }[]>([])
  const resume = useRef(0)
  useEffect(() => () => window.clearTimeout(resume.current), [])
  return useCallback(
    (el: HTMLElement) => {
      const now = performance.now()
      const sample = { t: now, top: el.scrollTop }
      const list = samples.current.filter((s) => now - s.t < 250)
      list.push(sample)
      samples.current = list
      const [oldest = sample] = list
      const speed = (Math.abs(sample.top - oldest.top) / Math.max(60, now - oldest.t)) * 1000
      window.clearTimeout(resume.current)
      if (speed > 3 * el.clientHeight) {
        queue.setPaused(true)
        resume.current = window.setTimeout(() => queue.setPaused(false), 150)
      } else queue.setPaused(false)
    },
    [queue],
  )
}
