/**
 * The renderer's Content-Security-Policy: everything from the app itself; scans through the
 * casefile: scheme (desktop) or same origin (bridge); inline styles for antd's CSS-in-JS;
 * wasm for pdf.js's image decoders.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: casefile:",
  "font-src 'self' data:",
  "connect-src 'self' casefile:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
