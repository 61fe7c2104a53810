import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slides/medium'

/** Scales a 1920 × 1080 slide to the largest 16:9 box the stage holds, centred (letterboxed). */
export function SlideStage({ children }: { children: ReactNode }) {
  const stage = useRef<HTMLDivElement>(null)
  const [box, setBox] = useState({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT })

  useLayoutEffect(() => {
    const el = stage.current!
    const measure = () => setBox({ width: el.clientWidth, height: el.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  const scale = Math.min(box.width / SLIDE_WIDTH, box.height / SLIDE_HEIGHT)
  const left = (box.width - SLIDE_WIDTH * scale) / 2
  const top = (box.height - SLIDE_HEIGHT * scale) / 2
  return (
    <div ref={stage} className="slide-stage">
      <div className="slide-canvas" style={{ transform: `translate(${left}px, ${top}px) scale(${scale})` }}>
        {children}
      </div>
    </div>
  )
}
