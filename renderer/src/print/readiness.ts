import { createContext, useContext, useLayoutEffect } from 'react'

/** Counts work a printed page still waits for (an image decoding, an evidence crop rendering). */
export const PendingContext = createContext<(delta: 1 | -1) => void>(() => {})

/**
 * Holds the print view's ready signal while `pending` is true. Registered in a layout effect, so a
 * part that mounts pending is counted before the view can call itself ready.
 */
export function usePrintPending(pending: boolean): void {
  const report = useContext(PendingContext)
  useLayoutEffect(() => {
    if (!pending) return
    report(1)
    return () => report(-1)
  }, [pending, report])
}

/** Resolves once every image inside `root` has loaded or failed. */
export async function imagesSettled(root: HTMLElement): Promise<void> {
  const waiting = [...root.querySelectorAll('img')].filter((img) => !img.complete)
  await Promise.all(
    waiting.map(
      (img) =>
        new Promise<void>((resolve) => {
          img.addEventListener('load', () => resolve(), { once: true })
          img.addEventListener('error', () => resolve(), { once: true })
        }),
    ),
  )
}
