/** Wrong passwords in a row before an account waits, and how long it waits. */
export const MAX_FAILED_SIGN_INS = 5
export const LOCKOUT_MINUTES = 5

export function lockedMinutesLeft(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0
  const ms = Date.parse(lockedUntil) - now.getTime()
  return ms > 0 ? Math.ceil(ms / 60_000) : 0
}
