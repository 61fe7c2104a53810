import { net, protocol } from 'electron'
import { join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, FILE_SCHEME } from '../security/hardening'
import { Readable } from 'node:stream'
import { storedPath } from '../backend/services/documents/store'
import { openStoredBytes } from '../backend/services/documents/sealed-file'
import { rangeOf } from '../backend/services/documents/byte-range'

/** Where stored scans are, and the data key that opens them (asked for at each read). */
export interface ScanStore {
  filesDir: string
  dataKey: () => Buffer
}

/** A stored scan as a fetch Response, honouring Range (pdf.js reads large scans by range). */
async function scanResponse(store: ScanStore, sha: string, rangeHeader: string | null): Promise<Response> {
  const bytes = await openStoredBytes(storedPath(store.filesDir, sha), store.dataKey).catch(() => null)
  if (!bytes) return new Response('not found', { status: 404 })
  const range = rangeOf(rangeHeader, bytes.size)
  if (range.status === 416 || bytes.size === 0) {
    await bytes.close()
    return new Response(null, { status: range.status === 416 ? 416 : 200, headers: { 'Content-Range': `bytes */${bytes.size}` } })
  }
  const body = bytes.stream(range.start, range.end)
  body.once('close', () => void bytes.close())
  const headers = new Headers({ 'Accept-Ranges': 'bytes', 'Content-Length': String(range.end - range.start + 1), 'Cache-Control': 'no-store' })
  if (range.status === 206) headers.set('Content-Range', `bytes ${range.start}-${range.end}/${bytes.size}`)
  return new Response(Readable.toWeb(body) as ReadableStream, { status: range.status, headers })
}

export function registerSchemesAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: FILE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
  ])
}

/** app://bundle/… serves the built renderer; casefile://files/<sha256> serves stored scans. */
export function handleProtocols(rendererDir: string, scans: ScanStore, devServerUrl?: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const rel = normalize(decodeURIComponent(new URL(request.url).pathname)).replace(/^[/\\]+/, '') || 'index.html'
    const full = join(rendererDir, rel)
    if (!full.startsWith(rendererDir)) return new Response('not found', { status: 404 })
    return net.fetch(pathToFileURL(full).toString())
  })
  protocol.handle(FILE_SCHEME, async (request) => {
    const sha = new URL(request.url).pathname.replace(/^\/+/, '')
    if (!/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 })
    // pdf.js reads with XHR from the app:// page, a cross-origin request: answer it for our own origin only.
    const response = await scanResponse(scans, sha, request.headers.get('range'))
    const headers = new Headers(response.headers)
    const origin = request.headers.get('origin') ?? ''
    const ours = origin === `${APP_SCHEME}://bundle` || (!!devServerUrl && devServerUrl.startsWith(origin) && origin !== '')
    if (ours) headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Headers', 'Range')
    headers.set('Access-Control-Expose-Headers', 'Accept-Ranges, Content-Range, Content-Length')
    return new Response(response.body, { status: response.status, headers })
  })
}
