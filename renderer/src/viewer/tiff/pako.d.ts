// pako 1 ships no typings; the viewer only hands it to utif2 (see tiff/decoderGlobals.ts), and
// the viewer's tests write Deflate pages with it.
declare module 'pako' {
  export function inflateRaw(data: Uint8Array): Uint8Array
  export function deflate(data: Uint8Array): Uint8Array
}
