/** How one call of a series ended. */
export type Settled<T> = ({ ok: true; value: T } | { ok: false; error: unknown }) & {
  /** Nothing else was waiting behind it: the series has come to rest. */
  last: boolean
}

/**
 * Calls sent one after another, each once the one before it has settled, so an answer can never
 * overtake an older one. With nothing pending a call leaves at once.
 */
export class SerialCalls {
  private tail: Promise<unknown> = Promise.resolve()
  private count = 0

  /** Calls sent or waiting to be sent. */
  get pending(): number {
    return this.count
  }

  /** Never rejects: a failure is reported in what it resolves to. */
  run<T>(call: () => Promise<T>): Promise<Settled<T>> {
    const start = () => new Promise<T>((resolve) => resolve(call()))
    const sent = this.count++ === 0 ? start() : this.tail.then(start)
    const settled = sent.then(
      (value): Settled<T> => ({ ok: true, value, last: --this.count === 0 }),
      (error: unknown): Settled<T> => ({ ok: false, error, last: --this.count === 0 }),
    )
    this.tail = settled
    return settled
  }
}
