import { PDFDataRangeTransport, ResponseException } from 'pdfjs-dist'

/** The first read: a small file arrives whole in it, a large one shows its length. */
const FIRST_READ = 64 * 1024

/** The file could not be read at all (the store or the connection to it went away). */
export class FileReadError extends Error {
  override name = 'FileReadError'
}

export type FirstRead = { kind: 'whole'; data: Uint8Array } | { kind: 'ranges'; length: number; initial: Uint8Array }

interface Read {
  bytes: Uint8Array
  total: number
  /** The server ignored the range and sent the whole file. */
  whole: boolean
}

async function read(url: string, begin: number, end: number, signal: AbortSignal): Promise<Read> {
  // Each read bypasses the HTTP cache, so none can wait on another read of the same URL (ADR 0002).
  const failed = (error: unknown): never => {
    throw signal.aborted ? error : new FileReadError(String(error))
  }
  const response = await fetch(url, { headers: { Range: `bytes=${begin}-${end - 1}` }, cache: 'no-store', signal }).catch(failed)
  if (response.status !== 206 && response.status !== 200) {
    throw new ResponseException(`Unexpected server response (${response.status}) while retrieving PDF.`, response.status, response.status === 404)
  }
  const bytes = new Uint8Array(await response.arrayBuffer().catch(failed))
  if (response.status === 200) return { bytes, total: bytes.length, whole: true }
  const total = Number(/\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '')?.[1])
  return { bytes, total: Number.isFinite(total) ? total : begin + bytes.length, whole: false }
}

/** Reads the start of the file: all of it when small, else its length and first bytes. */
export async function readFirst(url: string, signal: AbortSignal): Promise<FirstRead> {
  const { bytes, total, whole } = await read(url, 0, FIRST_READ, signal)
  // A server without ranges has sent everything already.
  return whole || total <= bytes.length ? { kind: 'whole', data: bytes } : { kind: 'ranges', length: total, initial: bytes }
}

/**
 * Hands pdf.js the parts of a scan it asks for, each read with a fetch of its own: page 1 paints
 * once the page tree and its image are in, not after the whole file. A failed read is reported,
 * since pdf.js would otherwise wait for it forever.
 */
export class FetchRangeTransport extends PDFDataRangeTransport {
  constructor(
    private readonly url: string,
    first: Extract<FirstRead, { kind: 'ranges' }>,
    private readonly signal: AbortSignal,
    private readonly onError: (error: unknown) => void,
  ) {
    super(first.length, first.initial)
  }

  override requestDataRange(begin: number, end: number): void {
    read(this.url, begin, end, this.signal).then(
      ({ bytes, whole }) => this.onDataRange(begin, whole ? bytes.subarray(begin, end) : bytes),
      (error: unknown) => {
        if (!this.signal.aborted) this.onError(error)
      },
    )
  }
}
