import { net, protocol } from 'electron'
import { join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, FILE_SCHEME } from '../security/hardening'
import { storedPath } from '../backend/services/documents/store'

export function registerSchemesAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: FILE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
  ])
}

/** app://bundle/… serves the built renderer; casefile://files/<sha256> serves stored scans. */
export function handleProtocols(rendererDir: string, filesDir: string, devServerUrl?: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const rel = normalize(decodeURIComponent(new URL(request.url).pathname)).replace(/^[/\\]+/, '') || 'index.html'
    const full = join(rendererDir, rel)
    if (!full.startsWith(rendererDir)) return new Response('not found', { status: 404 })
    return net.fetch(pathToFileURL(full).toString())
  })
  protocol.handle(FILE_SCHEME, async (request) => {
    const sha = new URL(request.url).pathname.replace(/^\/+/, '')
    if (!/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 })
    // net.fetch on file: honours Range headers, which pdf.js uses for large scans. pdf.js reads
    // with XHR from the app:// page, a cross-origin request: answer it for our own origin only.
    const response = await net.fetch(pathToFileURL(storedPath(filesDir, sha)).toString(), { headers: request.headers })
    const headers = new Headers(response.headers)
    const origin = request.headers.get('origin') ?? ''
    const ours = origin === `${APP_SCHEME}://bundle` || (!!devServerUrl && devServerUrl.startsWith(origin) && origin !== '')
    if (ours) headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Headers', 'Range')
    headers.set('Access-Control-Expose-Headers', 'Accept-Ranges, Content-Range, Content-Length')
    return new Response(response.body, { status: response.status, headers })
  })
}
