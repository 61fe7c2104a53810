/**
 * The values a careless or hostile caller sends, each for the kind of value it replaces: a field
 * that holds a number gets huge and negative numbers, a text gets 10,000 characters, a date gets
 * days that do not exist. Null and a value of the wrong type go everywhere.
 */
export interface HostileValue {
  name: string
  /** Whether the value is a sensible attack on a field that validly holds `original`. */
  fits(original: unknown): boolean
  make(original: unknown): unknown
}

const isNumber = (v: unknown) => typeof v === 'number'
const isString = (v: unknown) => typeof v === 'string'
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
const always = () => true

/** The same information in the wrong JSON type: '5' for 5, 5 for '5', an object for a list. */
function wrongType(original: unknown): unknown {
  if (typeof original === 'number') return String(original)
  if (typeof original === 'string') return original.length
  if (typeof original === 'boolean') return original ? 'true' : 0
  if (Array.isArray(original)) return { 0: original[0] }
  return [original]
}

export const HOSTILE_VALUES: HostileValue[] = [
  { name: 'null', fits: always, make: () => null },
  { name: 'wrong type', fits: always, make: wrongType },
  { name: 'huge number', fits: isNumber, make: () => 1e308 },
  { name: 'unsafe integer', fits: isNumber, make: () => 2 ** 53 + 2 },
  { name: 'largest safe integer', fits: isNumber, make: () => Number.MAX_SAFE_INTEGER },
  { name: 'negative', fits: isNumber, make: () => -1 },
  { name: 'very negative', fits: isNumber, make: () => -(2 ** 31) },
  { name: 'NaN', fits: isNumber, make: () => NaN },
  { name: 'Infinity', fits: isNumber, make: () => Infinity },
  { name: '10k characters', fits: isString, make: () => '案'.repeat(10_000) },
  { name: 'zero-width only', fits: isString, make: () => '\u200B\u200C\u200D\u2060\uFEFF' },
  // Appended to a valid value, so the surrogate is the only thing wrong with it.
  { name: 'lone high surrogate', fits: isString, make: (v) => `${String(v)}\uD800` },
  { name: 'lone low surrogate', fits: isString, make: (v) => `\uDC00${String(v)}` },
  { name: 'impossible date', fits: isDate, make: () => '2023-02-30' },
  { name: 'month 13', fits: isDate, make: () => '2023-13-01' },
  { name: 'year 0', fits: isDate, make: () => '0000-01-01' },
]

/** Lists in lists, deeper than a recursive walk's stack, around a lone surrogate. */
function nested(depth: number): unknown {
  let value: unknown = '\uD800'
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

/** An object that holds itself (IPC's structured clone carries that), with a lone surrogate. */
function cyclic(): unknown {
  const value: Record<string, unknown> = { note: '\uDC00' }
  value.self = value
  return value
}

/** Whole inputs that are not an object, or not one a person could have sent. */
export const HOSTILE_INPUTS: { name: string; value: unknown }[] = [
  { name: 'null input', value: null },
  { name: 'deeply nested input', value: { deep: nested(20_000) } },
  { name: 'cyclic input', value: cyclic() },
  { name: 'array input', value: [] },
  { name: 'number input', value: 42 },
  { name: 'string input', value: '{}' },
  { name: 'lone surrogate input', value: '\uD800' },
]
