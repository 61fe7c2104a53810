import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'

/**
 * A stored scan sealed with the workspace's data key: AES-256-GCM in 64 KiB chunks, so any byte
 * range (pdf.js reads large scans by range) is read by opening only the chunks it covers, and each
 * chunk is authenticated on its own. Layout:
 *   header  `CDSEAL01` | chunk size u32 | plain size u64 | nonce prefix (8 bytes)   = 28 bytes
 *   chunk i ciphertext (chunk size, the last one shorter) | tag (16)
 * A chunk's nonce is the prefix and its index; its additional data is the header and its index,
 * so chunks cannot be swapped, and a cut-off file fails on its last chunk.
 */
const MAGIC = Buffer.from('CDSEAL01')
const HEADER_BYTES = 28
const TAG_BYTES = 16
export const SEAL_CHUNK_BYTES = 64 * 1024
const MAX_CHUNK_BYTES = 1024 * 1024

/** What the file must measure for the plain size its header claims. */
const sealedSize = (h: Header) => HEADER_BYTES + h.plainSize + Math.max(1, Math.ceil(h.plainSize / h.chunkSize)) * TAG_BYTES

interface Header {
  bytes: Buffer
  chunkSize: number
  plainSize: number
  noncePrefix: Buffer
}

function headerOf(chunkSize: number, plainSize: number, noncePrefix: Buffer): Header {
  const bytes = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(bytes, 0)
  bytes.writeUInt32BE(chunkSize, 8)
  bytes.writeBigUInt64BE(BigInt(plainSize), 12)
  noncePrefix.copy(bytes, 20)
  return { bytes, chunkSize, plainSize, noncePrefix }
}

function parseHeader(bytes: Buffer): Header | null {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) return null
  const chunkSize = bytes.readUInt32BE(8)
  const plainSize = Number(bytes.readBigUInt64BE(12))
  if (chunkSize === 0 || chunkSize > MAX_CHUNK_BYTES || !Number.isSafeInteger(plainSize)) return null
  return { bytes: Buffer.from(bytes.subarray(0, HEADER_BYTES)), chunkSize, plainSize, noncePrefix: Buffer.from(bytes.subarray(20, 28)) }
}

function chunkParams(h: Header, index: number) {
  const nonce = Buffer.alloc(12)
  h.noncePrefix.copy(nonce, 0)
  nonce.writeUInt32BE(index, 8)
  const aad = Buffer.alloc(HEADER_BYTES + 4)
  h.bytes.copy(aad, 0)
  aad.writeUInt32BE(index, HEADER_BYTES)
  return { nonce, aad }
}

export function isSealed(firstBytes: Uint8Array): boolean {
  return Buffer.from(firstBytes.subarray(0, MAGIC.length)).equals(MAGIC)
}

function sealChunk(h: Header, key: Buffer, plain: Uint8Array, i: number): Buffer[] {
  const { nonce, aad } = chunkParams(h, i)
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad)
  return [cipher.update(plain.subarray(i * h.chunkSize, (i + 1) * h.chunkSize)), cipher.final(), cipher.getAuthTag()]
}

// An empty file still has one (empty) chunk, so its tag vouches for the header.
const chunkCount = (plainSize: number, chunkSize: number) => Math.max(1, Math.ceil(plainSize / chunkSize))

/** The sealed form of `plain`, in memory: for small files and tests. */
export function sealBytes(plain: Uint8Array, key: Buffer, chunkSize = SEAL_CHUNK_BYTES): Buffer {
  const h = headerOf(chunkSize, plain.length, randomBytes(8))
  const parts: Buffer[] = [h.bytes]
  for (let i = 0; i < chunkCount(plain.length, chunkSize); i++) parts.push(...sealChunk(h, key, plain, i))
  return Buffer.concat(parts)
}

/** Chunks sealed between two writes: about 1 MB, a millisecond or two of work, so other calls are answered meanwhile. */
const CHUNKS_PER_WRITE = 16

/** Writes `plain` sealed to a new file (`wx`, owner-only), a megabyte at a time, without a second copy in memory. */
export async function writeSealedFile(path: string, plain: Uint8Array, key: Buffer): Promise<void> {
  const h = headerOf(SEAL_CHUNK_BYTES, plain.length, randomBytes(8))
  const handle = await open(path, 'wx', 0o600)
  try {
    await handle.write(h.bytes)
    const chunks = chunkCount(plain.length, SEAL_CHUNK_BYTES)
    for (let i = 0; i < chunks; i += CHUNKS_PER_WRITE) {
      const parts: Buffer[] = []
      for (let j = i; j < Math.min(chunks, i + CHUNKS_PER_WRITE); j++) parts.push(...sealChunk(h, key, plain, j))
      await handle.writev(parts)
    }
  } finally {
    await handle.close()
  }
}

/** A stored scan opened for reading by byte range, whether sealed or (stored before sealing) plain. */
export interface StoredBytes {
  size: number
  stream(start: number, end: number): Readable
  close(): Promise<void>
}

/**
 * Opens a stored scan; `key` is asked for only when the file is sealed. One handle serves the
 * header and every range, so a background sealing that replaces the file meanwhile is not seen.
 */
export async function openStoredBytes(path: string, key: () => Buffer): Promise<StoredBytes> {
  const handle = await open(path, 'r')
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'ENOENT' })
    const first = Buffer.alloc(HEADER_BYTES)
    const { bytesRead } = await handle.read(first, 0, HEADER_BYTES, 0)
    const header = parseHeader(first.subarray(0, bytesRead))
    const close = () => handle.close()
    if (!header) return { size: info.size, stream: (start, end) => Readable.from(plainPieces(handle, start, end)), close }
    if (info.size !== sealedSize(header)) throw new Error(`sealed scan of ${info.size} bytes, its header says ${sealedSize(header)}`)
    const dataKey = key()
    return { size: header.plainSize, stream: (start, end) => Readable.from(openChunks(handle, header, dataKey, start, end)), close }
  } catch (err) {
    await handle.close()
    throw err
  }
}

/** A file the app wrote in plain (an export), through the same reader. */
export const openPlainBytes = (path: string) =>
  openStoredBytes(path, () => {
    throw new Error(`sealed where a plain file was expected: ${path}`)
  })

/** A whole stored scan's plain bytes. */
export async function readStoredBytes(path: string, key: () => Buffer): Promise<Buffer> {
  const stored = await openStoredBytes(path, key)
  try {
    const parts: Buffer[] = []
    if (stored.size > 0) for await (const part of stored.stream(0, stored.size - 1)) parts.push(part as Buffer)
    return Buffer.concat(parts)
  } finally {
    await stored.close()
  }
}

async function* plainPieces(handle: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at <= end; at += SEAL_CHUNK_BYTES) {
    const piece = Buffer.alloc(Math.min(SEAL_CHUNK_BYTES, end - at + 1))
    const { bytesRead } = await handle.read(piece, 0, piece.length, at)
    if (bytesRead === 0) return
    yield piece.subarray(0, bytesRead)
  }
}

async function* openChunks(handle: FileHandle, h: Header, key: Buffer, start: number, end: number): AsyncGenerator<Buffer> {
  const stored = h.chunkSize + TAG_BYTES
  const last = Math.floor(end / h.chunkSize)
  for (let i = Math.floor(start / h.chunkSize); i <= last; i++) {
    const plainLength = Math.min(h.chunkSize, h.plainSize - i * h.chunkSize)
    const chunk = Buffer.alloc(plainLength + TAG_BYTES)
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, HEADER_BYTES + i * stored)
    if (bytesRead !== chunk.length) throw new Error(`sealed scan cut off at chunk ${i}`)
    const { nonce, aad } = chunkParams(h, i)
    const decipher = createDecipheriv('aes-256-gcm', key, nonce).setAAD(aad)
    decipher.setAuthTag(chunk.subarray(plainLength))
    const plain = Buffer.concat([decipher.update(chunk.subarray(0, plainLength)), decipher.final()])
    const from = i * h.chunkSize
    yield plain.subarray(Math.max(0, start - from), Math.min(plainLength, end - from + 1))
  }
}
