import * as pako from 'pako'

/**
 * Globals utif2 expects in a browser, set before it loads (import this first). It looks for
 * `pako` (Deflate pages) on `self` when there is no `require`; and its JPEG decoder, taken from
 * pdf.js, throws and catches two error classes its build leaves out, so without them any JPEG
 * page whose data ends at the EOI marker fails with a ReferenceError. Defined as pdf.js defines
 * them (`s` is what the minified decoder calls scanLines).
 */
class EOIMarkerError extends Error {
  name = 'EOIMarkerError'
}

class DNLMarkerError extends Error {
  name = 'DNLMarkerError'
  constructor(
    message: string,
    readonly s: number,
  ) {
    super(message)
  }
}

const scope = globalThis as { pako?: unknown; EOIMarkerError?: unknown; DNLMarkerError?: unknown }
scope.pako ??= pako
scope.EOIMarkerError ??= EOIMarkerError
scope.DNLMarkerError ??= DNLMarkerError
