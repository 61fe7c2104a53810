import { describe, expect, it } from 'vitest'
import { hardenWindow, isTrustedSender, secureWebPreferences } from '../../electron/security/hardening'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy'

function fakeWindow() {
  const listeners: Record<string, (...args: never[]) => unknown> = {}
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  let permissionHandler: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null
  let checkHandler: ((wc: unknown, p: string) => boolean) | null = null
  let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null
  const contents = {
    on: (event: string, l: (...args: never[]) => unknown) => ((listeners[event] = l), contents),
    setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
  }
  const session = {
    setPermissionRequestHandler: (h: typeof permissionHandler) => void (permissionHandler = h),
    setPermissionCheckHandler: (h: typeof checkHandler) => void (checkHandler = h),
    webRequest: { onHeadersReceived: (h: typeof headers) => void (headers = h) },
  }
  return { contents, session, listeners, get: () => ({ openHandler, permissionHandler, checkHandler, headers }) }
}

describe('Electron hardening', () => {
  it('isolates and sandboxes the renderer; DevTools only in development', () => {
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true)
    expect(secureWebPreferences('/p.js', false)).toMatchObject({
      devTools: false,
      preload: '/p.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('blocks navigation away, new windows and every permission but full screen; sets the CSP', () => {
    const w = fakeWindow()
    hardenWindow(w.contents as never, w.session as never)
    const navigate = (url: string) => {
      let prevented = false
      ;(w.listeners['will-navigate'] as (e: { preventDefault(): void }, url: string) => void)({ preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://bundle/index.html')).toBe(false)
    const { openHandler, permissionHandler, checkHandler, headers } = w.get()
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const request = (permission: string) => {
      let granted: boolean | null = null
      permissionHandler!(null, permission, (g) => (granted = g))
      return granted
    }
    for (const denied of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'automatic-fullscreen']) {
      expect(request(denied)).toBe(false)
      expect(checkHandler!(null, denied)).toBe(false)
    }
    // The presentation mode's slides go full screen through the HTML Fullscreen API.
    expect(request('fullscreen')).toBe(true)
    expect(checkHandler!(null, 'fullscreen')).toBe(true)
    let out: Record<string, string[]> = {}
    headers!({ responseHeaders: { 'X-A': ['1'] } }, (r) => (out = r.responseHeaders))
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(out['X-A']).toEqual(['1'])
  })

  it('keeps the CSP strict', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  })

  it('keeps the meta policy the same but for what a meta cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true)
  })

  it('answers IPC only for the app page in the top frame', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: null })).toBe(true)
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: {} })).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173/')).toBe(true)
    expect(isTrustedSender(null)).toBe(false)
  })
})
