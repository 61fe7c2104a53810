import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy'

/** The scheme the packaged renderer is served from, and the one scans are read through. */
export const APP_SCHEME = 'app'
export const FILE_SCHEME = 'casefile'

/** The BrowserWindow webPreferences every window gets; DevTools only in development. */
export function secureWebPreferences(preloadPath: string, devTools: boolean) {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const
}

// The small part of Electron's API the hardening touches, so it can be tested without Electron.
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}
export interface HardenableSession {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void): void
  }
}

/** Is this URL one of our own pages (packaged app:// or the dev server)? */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_SCHEME}://`)) return true
  return !!devServerUrl && url.startsWith(devServerUrl)
}

/**
 * The one permission granted: full screen for the meeting's slides (Electron asks for the HTML
 * Fullscreen API as a permission; refused, the request never settles).
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen'])

/**
 * One place for the window's defences: no navigation away, no new windows, no permissions but
 * full screen, the strict CSP on every response.
 */
export function hardenWindow(contents: HardenableContents, session: HardenableSession, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(GRANTED_PERMISSIONS.has(permission)))
  session.setPermissionCheckHandler((_wc, permission) => GRANTED_PERMISSIONS.has(permission))
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

/** IPC calls are answered only for our own top-level page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined, devServerUrl?: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl)
}
