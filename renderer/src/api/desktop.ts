import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'

/** What the Electron preload exposes; absent in a browser, where the bridge's socket takes its place. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>
  onProgress(callback: (event: ProgressEvent) => void): () => void
  /** Prints the calling page to an A4 PDF in the exports folder and shows it there (docs/adr/0006). */
  printToPdf?(fileName: string, options: { landscape: boolean }): Promise<Envelope<{ fileName: string; filePath: string; byteSize: number }>>
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
