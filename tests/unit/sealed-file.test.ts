import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSealed, openStoredBytes, readStoredBytes, sealBytes, SEAL_CHUNK_BYTES } from '../../electron/backend/services/documents/sealed-file'
import { unwrapDataKey, wrapDataKey } from '../../electron/backend/services/keys/key-slot'
import { rangeOf } from '../../electron/backend/services/documents/byte-range'

let dir: string
const key = randomBytes(32)
const noKey = () => {
  throw new Error('a plain file asked for the key')
}
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sealed-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function sealedFile(plain: Buffer, name: string) {
  const path = join(dir, name)
  await writeFile(path, sealBytes(plain, key))
  return path
}

async function rangeOfFile(path: string, start: number, end: number) {
  const stored = await openStoredBytes(path, () => key)
  try {
    const parts: Buffer[] = []
    for await (const part of stored.stream(start, end)) parts.push(part as Buffer)
    return Buffer.concat(parts)
  } finally {
    await stored.close()
  }
}

describe('a sealed scan', () => {
  it('reads back every size around the chunk boundaries, whole and by range', async () => {
    const C = SEAL_CHUNK_BYTES
    for (const size of [0, 1, C - 1, C, C + 1, 3 * C + 17]) {
      const plain = randomBytes(size)
      const path = await sealedFile(plain, `s${size}`)
      const raw = await readFile(path)
      expect(isSealed(raw)).toBe(true)
      if (size >= 16) expect(raw.includes(plain.subarray(0, 16))).toBe(false)
      const opened = await openStoredBytes(path, () => key)
      expect(opened.size).toBe(size)
      await opened.close()
      expect(Buffer.compare(await readStoredBytes(path, () => key), plain)).toBe(0)
      if (size < 2) continue
      for (const [start, end] of [[0, 0], [C - 2, C + 1], [1, size - 2], [size - 1, size - 1], [Math.floor(size / 2), size - 1]] as const) {
        if (end >= size || start > end) continue
        expect(Buffer.compare(await rangeOfFile(path, start, end), plain.subarray(start, end + 1)), `${size}: ${start}-${end}`).toBe(0)
      }
    }
  })

  it('refuses a changed byte, swapped chunks, a cut-off end and the wrong key', async () => {
    const plain = randomBytes(3 * SEAL_CHUNK_BYTES)
    const path = await sealedFile(plain, 'tampered')
    const raw = await readFile(path)
    const flipped = Buffer.from(raw)
    flipped[1000] = (flipped[1000] ?? 0) ^ 1
    await writeFile(path, flipped)
    await expect(readStoredBytes(path, () => key)).rejects.toThrow()

    const stored = SEAL_CHUNK_BYTES + 16
    const swapped = Buffer.concat([raw.subarray(0, 28), raw.subarray(28 + stored, 28 + 2 * stored), raw.subarray(28, 28 + stored), raw.subarray(28 + 2 * stored)])
    await writeFile(path, swapped)
    await expect(readStoredBytes(path, () => key)).rejects.toThrow()

    await writeFile(path, raw.subarray(0, raw.length - 1))
    await expect(openStoredBytes(path, () => key)).rejects.toThrow(/header says/)

    await writeFile(path, raw)
    await expect(readStoredBytes(path, () => randomBytes(32))).rejects.toThrow()
    expect(Buffer.compare(await readStoredBytes(path, () => key), plain)).toBe(0)
  })

  it('reads a scan stored before sealing as it is, without asking for the key', async () => {
    const plain = Buffer.from('%PDF-1.4 stored before the workspace had a key')
    const path = join(dir, 'plain')
    await writeFile(path, plain)
    expect(await readStoredBytes(path, noKey)).toEqual(plain)
  })
})

describe('a key slot', () => {
  it('opens with the wrapping key that made it, and with no other', () => {
    const wrapping = randomBytes(32)
    const slot = wrapDataKey(key, wrapping)
    expect(unwrapDataKey(slot, wrapping)).toEqual(key)
    expect(unwrapDataKey(slot, randomBytes(32))).toBeNull()
    const [scheme, nonce, sealed, tag] = slot.split('$')
    const altered = Buffer.from(sealed!, 'base64')
    altered[0] = (altered[0] ?? 0) ^ 1
    expect(unwrapDataKey([scheme, nonce, altered.toString('base64'), tag].join('$'), wrapping)).toBeNull()
    expect(unwrapDataKey('not a slot', wrapping)).toBeNull()
  })
})

describe('an HTTP range', () => {
  it('answers what the header asks within the size', () => {
    expect(rangeOf(undefined, 10)).toEqual({ status: 200, start: 0, end: 9 })
    expect(rangeOf('bytes=2-4', 10)).toEqual({ status: 206, start: 2, end: 4 })
    expect(rangeOf('bytes=7-', 10)).toEqual({ status: 206, start: 7, end: 9 })
    expect(rangeOf('bytes=-3', 10)).toEqual({ status: 206, start: 7, end: 9 })
    expect(rangeOf('bytes=5-99', 10)).toEqual({ status: 206, start: 5, end: 9 })
    expect(rangeOf('bytes=10-', 10)).toEqual({ status: 416 })
    expect(rangeOf('bytes=5-2', 10)).toEqual({ status: 416 })
    expect(rangeOf('bytes=0-1,4-5', 10)).toEqual({ status: 200, start: 0, end: 9 })
  })
})
