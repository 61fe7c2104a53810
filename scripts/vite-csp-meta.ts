import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from '../shared/content-security-policy'

// The built page carries its own CSP. Not in development: the dev server's HMR preamble is inline.
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  }
}
