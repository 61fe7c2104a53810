import { net, protocol } from 'electron'
import { join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, FILE_SCHEME } from '../security/hardening'
import { storedPath } from '../services/documents/store'

export function registerSchemesAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: FILE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ])
}

/** app://bundle/… serves the built renderer; casefile://files/<sha256> serves stored scans. */
export function handleProtocols(rendererDir: string, filesDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const rel = normalize(decodeURIComponent(new URL(request.url).pathname)).replace(/^[/\\]+/, '') || 'index.html'
    const full = join(rendererDir, rel)
    if (!full.startsWith(rendererDir)) return new Response('not found', { status: 404 })
    return net.fetch(pathToFileURL(full).toString())
  })
  protocol.handle(FILE_SCHEME, (request) => {
    const sha = new URL(request.url).pathname.replace(/^\/+/, '')
    if (!/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 })
    // net.fetch on file: honours Range headers, which pdf.js uses for large scans.
    return net.fetch(pathToFileURL(storedPath(filesDir, sha)).toString(), { headers: request.headers })
  })
}
