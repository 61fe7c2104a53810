import { createWriteStream } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { discardUpload, newUploadPath } from '../services/uploads'

class TooLarge extends Error {}

/** How long a refused upload's remaining bytes are drained (so the client can read the 413) before the connection is cut. */
const DRAIN_MS = 5000

/**
 * Streams a request body to a fresh upload folder, never holding it in memory. Returns its path,
 * or null when the body is larger than `limit` (declared or as it arrives): nothing is kept then.
 */
export async function receiveUpload(req: IncomingMessage, dataDir: string, fileName: string, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return refused(req)
  const path = await newUploadPath(dataDir, fileName)
  let received = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length
      done(received > limit ? new TooLarge() : null, chunk)
    },
  })
  // Not pipeline(req, …): on failure it would destroy the socket before the refusal is sent.
  req.pipe(counter)
  // A client that goes away mid-upload: the partial file is dropped, the bridge keeps serving.
  req.once('error', (err) => counter.destroy(err))
  req.once('close', () => {
    if (!req.complete) counter.destroy(new Error('the upload was interrupted'))
  })
  try {
    await pipeline(counter, createWriteStream(path))
    return path
  } catch (err) {
    req.unpipe(counter)
    await discardUpload(dataDir, path)
    if (err instanceof TooLarge) return refused(req)
    throw err
  }
}

/** Stops storing: the rest is read and dropped for a few seconds so the client sees the answer, then the connection is cut. */
function refused(req: IncomingMessage): null {
  req.resume()
  setTimeout(() => req.socket.destroy(), DRAIN_MS).unref()
  return null
}
