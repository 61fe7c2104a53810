import { randomBytes } from 'node:crypto'
import { AppError } from '../errors'

/**
 * The workspace's data key as this opening of it holds it: absent until someone signs in (their
 * password unwraps it, ADR 0012), then kept in memory until the workspace closes.
 */
export interface DataKey {
  has(): boolean
  /** The key, or a refusal saying that someone must sign in who holds it. */
  get(): Buffer
  set(key: Buffer): void
}

export const DATA_KEY_BYTES = 32

export const randomDataKey = (): Buffer => randomBytes(DATA_KEY_BYTES)

export function holdDataKey(onFirstKey: (key: Buffer) => void = () => {}): DataKey {
  let held: Buffer | null = null
  return {
    has: () => held !== null,
    get() {
      if (!held) throw new AppError('data_key_missing')
      return held
    },
    set(key) {
      const first = held === null
      held = Buffer.from(key)
      if (first) onFirstKey(held)
    },
  }
}
