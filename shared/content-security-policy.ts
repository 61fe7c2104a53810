/**
 * The renderer's Content-Security-Policy: everything from the app itself; scans through the
 * casefile: scheme (desktop) or same origin (bridge), and so the A/V records' videos; inline styles for antd's CSS-in-JS;
 * wasm for pdf.js's image decoders.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: casefile:",
  "font-src 'self' data:",
  "media-src 'self' casefile:",
  "connect-src 'self' casefile:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The same policy as a <meta> in the renderer's HTML, so it holds however the page is served
 * (a custom protocol may bypass webRequest). frame-ancestors is not allowed in a meta policy.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')
