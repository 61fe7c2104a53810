import { readFile } from 'node:fs/promises'
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { extname, join, normalize } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Backend } from '../services/backend'
import type { Locale } from '../../../shared/contract/workspace'
import { errorMessage } from '../../../shared/i18n/error-messages'
import { storedPath } from '../services/documents/store'
import { openPlainBytes, openStoredBytes, type StoredBytes } from '../services/documents/sealed-file'
import { rangeOf } from '../services/documents/byte-range'
import { AppError } from '../services/errors'
import { limitText } from '../services/documents/limits'
import { exportFilePath } from '../services/exports/files'
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy'
import { admit } from './admission'
import { receiveUpload } from './upload'
import { MAX_UPLOAD_BYTES } from '../../../shared/contract/uploads'
import { STALE_UPLOAD_MS, sweepUploads } from '../services/uploads'
import { callSocket } from './socket'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
}

export interface BridgeOptions {
  app: Backend
  token: string
  /** The built renderer (out/renderer), served at /. */
  staticDir?: string
  port?: number
  /** Larger uploads are refused with 413 (tests lower it). */
  maxUploadBytes?: number
}

/** Streams to the client; a reader that goes away mid-file (pdf.js cancels reads) is not an error. */
async function stream(from: NodeJS.ReadableStream, res: ServerResponse) {
  await pipeline(from, res).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err
  })
}

/** Serves a stored scan or an export with HTTP range support, and lets go of it after. */
async function sendBytes(req: IncomingMessage, res: ServerResponse, opening: Promise<StoredBytes>, type: string, extra: Record<string, string> = {}, locale: () => Promise<Locale> = async () => 'zh-CN') {
  const bytes = await opening.catch((err: unknown) => (err instanceof AppError ? err : null))
  // Sealed, and no one who holds the key has signed in.
  if (bytes instanceof AppError) return send(res, 403, { ok: false, error: { code: bytes.code, message: errorMessage(bytes.code, await locale().catch(() => 'zh-CN' as const), bytes.params) } })
  if (!bytes) return send(res, 404, 'not found')
  try {
    const range = rangeOf(req.headers.range, bytes.size)
    if (range.status === 416) {
      res.writeHead(416, { 'Content-Range': `bytes */${bytes.size}` })
      return res.end()
    }
    const headers = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', ...extra, 'Content-Length': range.end - range.start + 1 }
    if (range.status === 206) res.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${bytes.size}` })
    else res.writeHead(200, headers)
    if (req.method === 'HEAD' || bytes.size === 0) return res.end()
    return await stream(bytes.stream(range.start, range.end), res)
  } finally {
    await bytes.close()
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  const json = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' })
  res.end(json)
}

/** A percent-decoded path part, or null when the escapes are not valid UTF-8 (`%E0%A4%A`). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

type Refusal = 'unauthorized' | 'forbidden_origin' | 'internal'

/**
 * The app on 127.0.0.1 for `npm run web` and the browser tests: contract calls and progress over
 * one WebSocket (`/socket`, the counterpart of IPC), stored scans, uploads and exports over HTTP;
 * all behind a token, refusing other hosts, origins and non-loopback peers.
 */
export function createBridge({ app, token, staticDir, maxUploadBytes = MAX_UPLOAD_BYTES }: BridgeOptions): Server {
  const port = () => {
    const address = server.address()
    return typeof address === 'object' && address ? address.port : 0
  }
  // The locale is read only for a refusal: a call that succeeds costs no extra statement.
  const refusal = async (code: Refusal, params: Record<string, string> = {}) => {
    const locale = await app.ctx.locale().catch(() => 'zh-CN' as const)
    return { ok: false, error: { code, message: errorMessage(code, locale, params) } }
  }
  const sockets = callSocket(app, { maxUploadBytes })
  // Uploads a page never used (closed mid-call, a preview never committed, the bridge stopped) go
  // at the next start and then every hour.
  const sweep = () => void sweepUploads(app.ctx.paths.data, app.ctx.now(), STALE_UPLOAD_MS).catch((err) => console.warn('[uploads] sweep failed', err))
  sweep()
  const sweeper = setInterval(sweep, STALE_UPLOAD_MS).unref()

  const server = createServer((req, res) => {
    // Whatever a request does, its promise never rejects: an unhandled rejection would stop the process.
    handle(req, res).catch((err) => {
      console.error('[bridge] request failed', err)
      res.destroy()
    })
  })
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const failure = async (status: number, code: Refusal, params: Record<string, string> = {}) => send(res, status, await refusal(code, params))
    // An upload the client abandons surfaces here and in receiveUpload, not as an uncaught error.
    req.on('error', () => {})
    try {
      const { url, foreign, authorized } = admit(req, port(), token)
      if (foreign) return failure(403, 'forbidden_origin')
      if (!url) return send(res, 400, 'bad request')
      const reject = () => failure(401, 'unauthorized')

      if (url.pathname.startsWith('/files/')) {
        if (!authorized) return reject()
        const sha = url.pathname.slice(7)
        if (!/^[0-9a-f]{64}$/.test(sha)) return send(res, 404, 'not found')
        const row = await app.ctx.db.selectFrom('files').select('mime').where('sha256', '=', sha).executeTakeFirst()
        if (!row) return send(res, 404, 'not found')
        return await sendBytes(req, res, openStoredBytes(storedPath(app.ctx.paths.files, sha), () => app.ctx.dataKey.get()), row.mime, {}, () => app.ctx.locale())
      }
      if (url.pathname === '/upload') {
        if (req.method !== 'POST') return send(res, 405, 'POST only')
        if (!authorized) return reject()
        const name = url.searchParams.get('name') ?? 'upload'
        const path = await receiveUpload(req, app.ctx.paths.data, name, maxUploadBytes)
        if (path) return send(res, 200, { ok: true, value: { path } })
        const locale = await app.ctx.locale().catch(() => 'zh-CN' as const)
        const message = errorMessage('upload_too_large', locale, { fileName: name, limit: limitText(maxUploadBytes) })
        res.setHeader('Connection', 'close')
        return send(res, 413, { ok: false, error: { code: 'upload_too_large', message } })
      }
      if (url.pathname.startsWith('/exports/')) {
        if (!authorized) return reject()
        const name = decoded(url.pathname.slice(9))
        if (name === null) return send(res, 400, 'bad path')
        const path = exportFilePath(app.ctx.paths.exports, name)
        return await sendBytes(req, res, openPlainBytes(path), 'application/octet-stream', {
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        })
      }
      if (!staticDir || (req.method !== 'GET' && req.method !== 'HEAD')) return send(res, 404, 'not found')
      const path = decoded(url.pathname)
      if (path === null) return send(res, 400, 'bad path')
      const rel = normalize(path).replace(/^[/\\]+/, '') || 'index.html'
      const full = join(staticDir, rel)
      if (!full.startsWith(staticDir)) return send(res, 404, 'not found')
      const type = TYPES[extname(full)] ?? 'application/octet-stream'
      if (rel === 'index.html') {
        const html = await readFile(full)
        res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' })
        return res.end(html)
      }
      return await sendBytes(req, res, openPlainBytes(full), type)
    } catch (err) {
      if (!res.headersSent) await failure(500, 'internal', { detail: String(err) })
      else res.destroy()
    }
  }

  server.on('close', () => clearInterval(sweeper))
  // A listening server's own failures (accept errors) are logged, not thrown.
  server.on('error', (err) => console.warn('[bridge] server error', err))
  // Garbage instead of HTTP: answer 400 when the connection still takes it, else drop it.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy()
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
  })
  server.on('upgrade', async (req: IncomingMessage, stream: Duplex, head: Buffer) => {
    // A peer that resets before the handshake is done: nothing to answer.
    stream.on('error', () => stream.destroy())
    const refuse = async (status: number, code: Refusal) => {
      const body = JSON.stringify(await refusal(code))
      stream.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
    }
    try {
      const { url, foreign, authorized } = admit(req, port(), token)
      if (foreign) return await refuse(403, 'forbidden_origin')
      if (!authorized) return await refuse(401, 'unauthorized')
      if (url?.pathname !== '/socket') return stream.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      sockets.accept(req, stream, head)
    } catch {
      stream.destroy()
    }
  })
  return server
}

export function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
