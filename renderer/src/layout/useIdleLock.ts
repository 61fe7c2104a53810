import { useEffect } from 'react'

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * Calls `lock` after `minutes` without keyboard, mouse or touch input in this window (0: never).
 * Checked every few seconds rather than with one long timer, which a sleeping PC would delay.
 */
export function useIdleLock(minutes: number, lock: () => void) {
  useEffect(() => {
    if (minutes <= 0) return
    let last = Date.now()
    const touch = () => {
      last = Date.now()
    }
    for (const e of INPUT_EVENTS) window.addEventListener(e, touch, { passive: true, capture: true })
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) lock()
    }, 5_000)
    return () => {
      window.clearInterval(timer)
      for (const e of INPUT_EVENTS) window.removeEventListener(e, touch, { capture: true })
    }
  }, [minutes, lock])
}
