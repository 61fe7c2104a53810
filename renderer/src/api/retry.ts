/**
 * Waits before each new attempt of a call whose answer never arrived: about half a minute in all,
 * enough for the bridge or the app's services to come back after a crash.
 */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 15000] as const

/** The call left, but no answer came back (the socket dropped, IPC failed): it may or may not have been applied. */
export function isLostAnswer(err: unknown): boolean {
  // An ApiError's code, read without importing it (its module starts i18n).
  return (err as { code?: unknown } | null)?.code === 'network'
}

/**
 * Sends a call again, unchanged, while its answer is lost. Only for calls that are safe to repeat:
 * scoring changes carry their change id, so the server applies one at most once.
 */
export async function sendUntilAnswered<T>(
  send: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (const delay of delays) {
    try {
      return await send()
    } catch (err) {
      if (!isLostAnswer(err)) throw err
      await wait(delay)
    }
  }
  // The delays are spent: the last attempt's failure, lost answer or not, is the caller's.
  return send()
}
