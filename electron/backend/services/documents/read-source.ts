import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { AppError } from '../errors'
import { MAX_ATTACH_BYTES, limitText } from './limits'

/** Read and hashed this much at a time, and progress told after each. */
const CHUNK_BYTES = 1024 * 1024

function checkEntry(info: { isFile(): boolean; size: number }, fileName: string, limit: number) {
  if (!info.isFile()) throw new AppError('file_not_regular', { fileName })
  if (info.size > limit) throw new AppError('file_too_large', { fileName, limit: limitText(limit) })
}

/** Refuses what is not a regular file within `limit` by its directory entry alone: at once, nothing opened. */
export async function checkSource(path: string, fileName: string, limit = MAX_ATTACH_BYTES): Promise<void> {
  checkEntry(await stat(path).catch(() => Promise.reject(new AppError('file_unreadable', { fileName }))), fileName, limit)
}

/**
 * Reads a file to attach, with its SHA-256: only a regular file (a FIFO may never open or end,
 * /dev/zero never stops), only up to `limit` bytes, in chunks. stat refuses a device or pipe
 * before it is opened; the open does not block on a FIFO swapped in meanwhile (O_NONBLOCK), and
 * fstat checks what was really opened. Attaching runs it in a worker thread (services/workers).
 */
export async function readSource(
  path: string,
  fileName: string,
  limit = MAX_ATTACH_BYTES,
  progress?: (done: number, total: number) => void,
): Promise<{ bytes: Uint8Array; sha256: string }> {
  const unreadable = () => new AppError('file_unreadable', { fileName })
  await checkSource(path, fileName, limit)
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch {
    throw unreadable()
  }
  try {
    const info = await handle.stat()
    checkEntry(info, fileName, limit)
    // An ArrayBuffer of its own (not Buffer's shared pool): the PDF engine may take it over.
    const bytes = new Uint8Array(info.size)
    const hash = createHash('sha256')
    let at = 0
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at), at).catch(() => Promise.reject(unreadable()))
      if (bytesRead === 0) break
      hash.update(bytes.subarray(at, at + bytesRead))
      at += bytesRead
      progress?.(at, bytes.length)
    }
    // Shorter than it was a moment ago: it is being written; what was read is not the file.
    if (at !== bytes.length) throw unreadable()
    return { bytes, sha256: hash.digest('hex') }
  } finally {
    await handle.close().catch(() => {})
  }
}
