import type { Page } from 'playwright-core'
import { seededRandom } from './seeded-random'

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60

/** In the page: resolves in its next animation frame. */
const NEXT_FRAME = () => new Promise<void>((drawn) => (globalThis as unknown as { requestAnimationFrame(callback: () => void): number }).requestAnimationFrame(() => drawn()))

/**
 * Waits until the page has drawn a frame, then `phaseMs` more: a key pressed next falls at that
 * place in a frame, as a person's does anywhere in one. Straight after the driver's own waits it
 * would fall at the same place every time, with whatever those waits left pending.
 */
export async function toKeyPhase(page: Page, phaseMs: number): Promise<void> {
  await page.evaluate(NEXT_FRAME)
  await new Promise((resumed) => setTimeout(resumed, phaseMs))
}

/** Places in a frame (0 to FRAME_MS), the same sequence for the same seed. */
export function keyPhases(seed: number): () => number {
  const random = seededRandom(seed)
  return () => random() * FRAME_MS
}
