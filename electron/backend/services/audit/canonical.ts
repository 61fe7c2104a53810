import { createHash } from 'node:crypto'

const SURROGATE = /[\uD800-\uDFFF]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The string as SQLite stores it: a lone UTF-16 surrogate has no UTF-8 form and is written as
 * U+FFFD, so hashing the stored form makes the hash the same before and after the round trip.
 */
export function wellFormed(text: string): string {
  // Most text has no surrogate at all (they only pair up for characters beyond the BMP): skip the replace.
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text
}

/**
 * Numbers to 15 significant digits: SQLite's JSON functions print a REAL that way, so a value
 * read back through them hashes as the one that was written.
 */
function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null'
  return JSON.stringify(Number.isInteger(n) ? n : Number(n.toPrecision(15)))
}

/**
 * One text for a value whatever the order its keys were built in: JSON with object keys sorted,
 * well-formed strings and canonical numbers; `undefined` members are left out, as JSON does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(wellFormed(value))
    case 'number':
      return canonicalNumber(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      return value.toString()
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
      return `{${keys.map((k) => `${JSON.stringify(wellFormed(k))}:${canonicalJson(record[k])}`).join(',')}}`
    }
    default:
      return 'null'
  }
}

/** SHA-256 (hex) of the value's canonical JSON as UTF-8. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(Buffer.from(canonicalJson(value), 'utf8')).digest('hex')
}
