import type { MethodName } from '../../../shared/contract'
import { api, type MethodInput, type MethodOutput } from './client'

/**
 * Answers read before a screen asks for them (the review queue's next case): a screen opening
 * finds them here and shows them at once, then reads them again when the window is idle. The
 * reader owns its entries and forgets them when they are no longer ahead, so this holds only what
 * one or two cases need.
 */
const answers = new Map<string, unknown>()

/** The key of a call whose input is given as its JSON (as useQuery holds it). */
const keyOf = (method: MethodName, inputJson: string) => `${method} ${inputJson}`
export const readKey = (method: MethodName, input: unknown) => keyOf(method, JSON.stringify(input))

/** Reads one answer ahead; resolves with it (and keeps it) unless the call fails. */
export async function readAhead<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const value = await api.call(method, input)
  answers.set(readKey(method, input), value)
  return value
}

/** The answer read ahead for a call given its input's JSON, if any. */
export function answeredAheadFor<M extends MethodName>(method: M, inputJson: string): { value: MethodOutput<M> } | undefined {
  const key = keyOf(method, inputJson)
  return answers.has(key) ? { value: answers.get(key) as MethodOutput<M> } : undefined
}

/** The answer read ahead for this call, if any. */
export function answeredAhead<M extends MethodName>(method: M, input: MethodInput<M>): { value: MethodOutput<M> } | undefined {
  return answeredAheadFor(method, JSON.stringify(input))
}

export function forgetAhead(keys: Iterable<string>): void {
  for (const key of keys) answers.delete(key)
}

/** Runs `task` when the window is next idle (soon regardless): a screen's second look at what it showed from ahead. */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  const handle = requestIdleCallback(task, { timeout: timeoutMs })
  return () => cancelIdleCallback(handle)
}

/** Answers read twice are the same when their JSON is; the first copy is then kept (memoized views do not render again). */
export const sameAnswer = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)
