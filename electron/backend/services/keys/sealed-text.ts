import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { AppError } from '../errors'
import type { DataKey } from './data-key'

/**
 * Personal text sealed with the workspace's data key (ADR 0012): `enc1:` and the base64 of nonce,
 * ciphertext and tag. Search goes through keyed tokens, one per character and per pair of
 * adjacent characters, so that "张三" finds "张三丰" without the database ever holding the name.
 */
export const SEALED_PREFIX = 'enc1:'
const NONCE_BYTES = 12
const TAG_BYTES = 16
const TOKEN_BYTES = 6

// One key per use, derived from the data key: text never shares a key with scans or tokens.
const derived = new WeakMap<Buffer, { text: Buffer; tokens: Buffer; equality: Buffer }>()
function keysOf(dataKey: Buffer) {
  let keys = derived.get(dataKey)
  if (!keys) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), info, 32))
    keys = { text: derive('case-desk personal text v1'), tokens: derive('case-desk search tokens v1'), equality: derive('case-desk equality v1') }
    derived.set(dataKey, keys)
  }
  return keys
}

export const isSealedText = (value: string): boolean => value.startsWith(SEALED_PREFIX)

export function sealText(dataKey: Buffer, plain: string): string {
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keysOf(dataKey).text, nonce)
  const sealed = Buffer.concat([nonce, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return SEALED_PREFIX + sealed.toString('base64')
}

/** The plain text; a value that is not sealed is returned as it is (written before the key existed). */
export function openText(dataKey: Buffer, stored: string): string {
  if (!isSealedText(stored)) return stored
  const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64')
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new AppError('personal_data_unreadable')
  try {
    const decipher = createDecipheriv('aes-256-gcm', keysOf(dataKey).text, bytes.subarray(0, NONCE_BYTES))
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8')
  } catch {
    throw new AppError('personal_data_unreadable')
  }
}

// Case and width folded, so that "ＡＢＣ有限公司" is found by "abc".
const normalized = (text: string) => [...text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')]

function token(dataKey: Buffer, gram: string) {
  return createHmac('sha256', keysOf(dataKey).tokens).update(gram, 'utf8').digest().subarray(0, TOKEN_BYTES).toString('base64url')
}

/** The stored tokens of a text: every character and adjacent pair, once each, space-delimited on both sides. */
export function searchTokens(dataKey: Buffer, text: string): string {
  const chars = normalized(text)
  const grams = new Set([...chars, ...chars.slice(1).map((c, i) => chars[i] + c)])
  return ` ${[...grams].map((g) => token(dataKey, g)).join(' ')} `
}

/**
 * The tokens a stored text must all hold to contain the query: its pairs (a single character
 * itself). All pairs present is necessary for containment, and close to sufficient for names.
 */
export function queryTokens(dataKey: Buffer, query: string): string[] {
  const chars = normalized(query)
  const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c)
  return [...new Set(grams)].map((g) => ` ${token(dataKey, g)} `)
}

/**
 * A keyed hash of the whole text, for telling equal values apart without holding them (the same
 * address of two complaints): case, width, spaces and punctuation do not count. Null for empty text.
 */
export function equalityKey(dataKey: Buffer, text: string): string | null {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]/gu, '')
  return folded === '' ? null : createHmac('sha256', keysOf(dataKey).equality).update(folded, 'utf8').digest('base64url')
}

/** A personal column's stored value and its tokens: sealed when the key is held, plain until then. */
export function personalColumn(keys: DataKey, plain: string): { value: string; tokens: string | null } {
  if (!keys.has()) return { value: plain, tokens: null }
  const key = keys.get()
  return { value: sealText(key, plain), tokens: searchTokens(key, plain) }
}

/** How values read from the database are opened: sealed ones with the held key (or a refusal naming it). */
export const openStoredValue =
  (keys: DataKey) =>
  (value: string): string =>
    isSealedText(value) ? openText(keys.get(), value) : value

/** Seals an audit row's sides while the key is held (audit/log.ts `sealSides`). */
export const textSealer = (keys: DataKey): ((text: string) => string) | undefined => (keys.has() ? (text) => sealText(keys.get(), text) : undefined)
