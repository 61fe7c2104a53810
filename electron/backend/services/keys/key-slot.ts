import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { DATA_KEY_BYTES } from './data-key'

/**
 * The data key wrapped by one password's wrapping key (services/accounts/password.ts):
 * `aes-256-gcm$nonce$ciphertext$tag` in base64. Opening it with another key fails its tag.
 */
export function wrapDataKey(dataKey: Buffer, wrappingKey: Buffer): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce)
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return ['aes-256-gcm', nonce.toString('base64'), sealed.toString('base64'), cipher.getAuthTag().toString('base64')].join('$')
}

/** The data key, or null when the slot is not one this wrapping key made (or was altered). */
export function unwrapDataKey(slot: string, wrappingKey: Buffer): Buffer | null {
  const [scheme, nonce, sealed, tag] = slot.split('$')
  if (scheme !== 'aes-256-gcm' || !nonce || !sealed || !tag) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(nonce, 'base64'))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    const key = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()])
    return key.length === DATA_KEY_BYTES ? key : null
  } catch {
    return null
  }
}
