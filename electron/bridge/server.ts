import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID, timingSafeEqual } from 'node:crypto'
import { extname, join, normalize } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { App } from '../services/app'
import { errorMessage } from '../../shared/i18n/error-messages'
import { storedPath } from '../services/documents/store'
import { exportFilePath } from '../services/exports/files'
import { CONTENT_SECURITY_POLICY } from '../security/policy'

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
const MAX_JSON_BYTES = 10 * 1024 * 1024

export interface BridgeOptions {
  app: App
  token: string
  /** The built renderer (out/renderer), served at /. */
  staticDir?: string
  port?: number
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_JSON_BYTES) throw new Error('body too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

/** Streams to the client; a reader that goes away mid-file (pdf.js cancels reads) is not an error. */
async function stream(from: NodeJS.ReadableStream, res: ServerResponse) {
  await pipeline(from, res).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err
  })
}

/** Serves a file with HTTP range support (pdf.js loads large scans by range). */
async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, type: string, extra: Record<string, string> = {}) {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) return send(res, 404, 'not found')
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  const headers = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', ...extra }
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1
    if (start > end || start >= info.size) {
      res.writeHead(416, { 'Content-Range': `bytes */${info.size}` })
      return res.end()
    }
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${info.size}`, 'Content-Length': end - start + 1 })
    return stream(createReadStream(path, { start, end }), res)
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size })
  if (req.method === 'HEAD') return res.end()
  return stream(createReadStream(path), res)
}

function send(res: ServerResponse, status: number, body: unknown) {
  const json = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' })
  res.end(json)
}

/**
 * The contract over HTTP on 127.0.0.1, for `npm run web` and the browser tests: the same
 * dispatch as IPC, behind a token, refusing other hosts, origins and non-loopback peers.
 */
export function createBridge({ app, token, staticDir }: BridgeOptions): Server {
  const server = createServer(async (req, res) => {
    const locale = await app.ctx.locale().catch(() => 'zh-CN' as const)
    const reject = (status: number, code: 'unauthorized' | 'forbidden_origin') =>
      send(res, status, { ok: false, error: { code, message: errorMessage(code, locale) } })
    try {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return reject(403, 'forbidden_origin')
      if (!allowed.has(req.headers.host ?? '')) return reject(403, 'forbidden_origin')
      const origin = req.headers.origin
      if (origin && !allowed.has(origin.replace(/^http:\/\//, ''))) return reject(403, 'forbidden_origin')

      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('token')
      const authorized = sameToken(bearer, token)

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'POST only')
        if (!authorized) return reject(401, 'unauthorized')
        const input = await readJson(req).catch(() => undefined)
        const envelope = await app.dispatch(decodeURIComponent(url.pathname.slice(5)), input)
        return send(res, 200, envelope)
      }
      if (url.pathname === '/events') {
        if (!authorized) return reject(401, 'unauthorized')
        // Server-sent events: the bridge's counterpart of IPC progress events.
        res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
        res.write(': connected\n\n')
        const unsubscribe = app.onProgress((event) => res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`))
        req.on('close', unsubscribe)
        return
      }
      if (url.pathname.startsWith('/files/')) {
        if (!authorized) return reject(401, 'unauthorized')
        const sha = url.pathname.slice(7)
        if (!/^[0-9a-f]{64}$/.test(sha)) return send(res, 404, 'not found')
        const row = await app.ctx.db.selectFrom('files').select('mime').where('sha256', '=', sha).executeTakeFirst()
        if (!row) return send(res, 404, 'not found')
        return await sendFile(req, res, storedPath(app.ctx.paths.files, sha), row.mime)
      }
      if (url.pathname === '/upload') {
        if (req.method !== 'POST') return send(res, 405, 'POST only')
        if (!authorized) return reject(401, 'unauthorized')
        const name = (url.searchParams.get('name') ?? 'upload').replace(/[\\/]/g, '_')
        const dir = join(app.ctx.paths.data, 'uploads', randomUUID())
        await mkdir(dir, { recursive: true })
        const path = join(dir, name)
        await pipeline(req, createWriteStream(path)).catch(async (e) => {
          await rm(dir, { recursive: true, force: true })
          throw e
        })
        return send(res, 200, { ok: true, value: { path } })
      }
      if (url.pathname.startsWith('/exports/')) {
        if (!authorized) return reject(401, 'unauthorized')
        const name = decodeURIComponent(url.pathname.slice(9))
        const path = exportFilePath(app.ctx.paths.exports, name)
        return await sendFile(req, res, path, 'application/octet-stream', {
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        })
      }
      if (!staticDir || (req.method !== 'GET' && req.method !== 'HEAD')) return send(res, 404, 'not found')
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html'
      const full = join(staticDir, rel)
      if (!full.startsWith(staticDir)) return send(res, 404, 'not found')
      const type = TYPES[extname(full)] ?? 'application/octet-stream'
      if (rel === 'index.html') {
        const html = await readFile(full)
        res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' })
        return res.end(html)
      }
      return await sendFile(req, res, full, type)
    } catch (err) {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: errorMessage('internal', locale, { detail: String(err) }) } })
      else res.destroy()
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
