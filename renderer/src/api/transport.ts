import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'
import { desktopBridge, type DesktopBridge } from './desktop'
import { socketBridge } from './socket'
import { bridgeToken, requireBridgeToken } from './token'
import { ApiError, networkError } from './errors'
import { currentLocale } from '../i18n'
import { MAX_UPLOAD_BYTES } from '../../../shared/contract/uploads'
import { errorMessage } from '../../../shared/i18n/error-messages'

function authHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${requireBridgeToken()}` }
}

async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  const text = await response.text()
  try {
    return JSON.parse(text) as Envelope<unknown>
  } catch {
    throw networkError(`HTTP ${response.status} ${text.slice(0, 200)}`)
  }
}

let browserBridge: DesktopBridge | undefined
/** IPC on the desktop; in a browser, the bridge's socket (the same shape). */
function bridge(): DesktopBridge {
  return desktopBridge() ?? (browserBridge ??= socketBridge())
}

/** Sends one contract call. One that brings no envelope back (IPC failed, the socket dropped) fails as a network error. */
export function invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
  return bridge()
    .invoke(method, input)
    .catch((err: unknown) => {
      throw err instanceof ApiError ? err : networkError(err)
    })
}

/** Uploads raw bytes to the bridge; returns the server-side path to pass to documents.attach. */
export async function uploadFile(file: File): Promise<string> {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new ApiError('upload_too_large', errorMessage('upload_too_large', currentLocale(), { fileName: file.name, limit: `${MAX_UPLOAD_BYTES / 1024 ** 3} GB` }))
  }
  let response: Response
  try {
    response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', ...authHeaders() },
      body: file,
    })
  } catch (err) {
    throw networkError(err)
  }
  const envelope = (await readEnvelope(response)) as Envelope<{ path: string }>
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.value.path
}

/** Where the viewer loads a stored scan from. */
export function fileUrl(sha256: string): string {
  if (desktopBridge()) return `casefile://files/${sha256}`
  return `/files/${sha256}?token=${encodeURIComponent(bridgeToken() ?? '')}`
}

/** Download address of an exported file (browser only; the desktop reveals it instead). */
export function exportUrl(fileName: string): string {
  return `/exports/${encodeURIComponent(fileName)}?token=${encodeURIComponent(bridgeToken() ?? '')}`
}

/** Follows progress of long work (demo generation, import, export). */
export function subscribeProgress(listener: (event: ProgressEvent) => void): () => void {
  return bridge().onProgress(listener)
}
