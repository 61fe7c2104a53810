import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'
import { desktopBridge, type DesktopBridge } from './desktop'
import { socketBridge } from './socket'
import { bridgeToken } from './token'
import { ApiError, networkError } from './errors'

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

/** Where the viewer loads a stored scan from. */
export function fileUrl(sha256: string): string {
  if (desktopBridge()) return `casefile://files/${sha256}`
  return `/files/${sha256}?token=${encodeURIComponent(bridgeToken() ?? '')}`
}

/** Follows progress of long work (demo generation, import, export). */
export function subscribeProgress(listener: (event: ProgressEvent) => void): () => void {
  return bridge().onProgress(listener)
}
