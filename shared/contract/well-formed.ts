import { isWellFormed } from './common'

interface Place {
  value: unknown
  key: string | number
  parent: Place | null
}

const pathOf = (place: Place): string => {
  const keys: (string | number)[] = []
  for (let p: Place | null = place; p?.parent; p = p.parent) keys.push(p.key)
  keys.reverse()
  // A path thousands of levels deep is said by its start.
  return (keys.length > 10 ? [...keys.slice(0, 10), '…'] : keys).join('.') || '(input)'
}

/**
 * Where in a call's input a text (or a key) holds a lone surrogate, as `a.b.0`, or null: the
 * dispatch refuses it in every field, not only in those the text helpers of common.ts check. Walked
 * without recursion and without copying paths: a hostile input may be nested deeper than the stack.
 */
export function loneSurrogateAt(input: unknown): string | null {
  const pending: Place[] = [{ value: input, key: '', parent: null }]
  // IPC's structured clone carries cycles: each object is looked into once.
  const seen = new WeakSet<object>()
  for (let place = pending.pop(); place; place = pending.pop()) {
    const { value } = place
    if (typeof value === 'string' && !isWellFormed(value)) return pathOf(place)
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) pending.push({ value: value[i], key: i, parent: place })
      continue
    }
    for (const [key, inner] of Object.entries(value)) {
      if (!isWellFormed(key)) return pathOf({ value: null, key: '(key)', parent: place })
      pending.push({ value: inner, key, parent: place })
    }
  }
  return null
}
