import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'

/** What the Electron preload exposes; absent in a browser, where the bridge's socket takes its place. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>
  onProgress(callback: (event: ProgressEvent) => void): () => void
}

declare global {
  interface Window {
    caseDesk?: DesktopBridge
  }
}

export function desktopBridge(): DesktopBridge | undefined {
  return window.caseDesk
}

export function isDesktop(): boolean {
  return window.caseDesk !== undefined
}
