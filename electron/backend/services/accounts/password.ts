import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt with N = 2^15, r = 8 (32 MiB per hash): memory-hard, ~0.1 s on the bureau's PCs, run on
 * libuv's thread pool so other calls stay answered. The parameters travel in the stored string, so
 * they can be raised later and old hashes still verify.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 }
const HALF = 32
const SALT_BYTES = 16

/**
 * 64 bytes: the first 32 verify the password (and are stored), the last 32 wrap the workspace's
 * data key (never stored; ADR 0012). scrypt ends in PBKDF2, whose first 32 bytes do not depend on
 * the length asked for, so a hash stored before the key existed still verifies.
 */
function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r) + 1024 * 1024
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 2 * HALF, { ...options, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

/** What a new password gives: the stored hash, and the key that wraps the data key for it. */
export interface Credential {
  passwordHash: string
  wrappingKey: Buffer
}

/** The hash is `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function newCredential(password: string): Promise<Credential> {
  const salt = randomBytes(SALT_BYTES)
  const derived = await derive(password, salt, COST)
  const passwordHash = ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), derived.subarray(0, HALF).toString('base64')].join('$')
  return { passwordHash, wrappingKey: derived.subarray(HALF) }
}

/** The password's wrapping key when it is right; null when it is not. */
export async function checkPassword(password: string, stored: string): Promise<Buffer | null> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null
  const expected = Buffer.from(key, 'base64')
  const derived = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  const verifier = derived.subarray(0, HALF)
  return verifier.length === expected.length && timingSafeEqual(verifier, expected) ? derived.subarray(HALF) : null
}

/** A hash of nothing anyone can type: verified against when the login is unknown, so timing tells nothing. */
let decoy: Promise<string> | null = null
export function decoyHash(): Promise<string> {
  decoy ??= newCredential(randomBytes(24).toString('base64')).then((c) => c.passwordHash)
  return decoy
}
