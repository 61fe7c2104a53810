import { AppError } from '../errors'

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/**
 * The video container a file holds, by its first bytes (a name can say anything): the kinds body
 * cameras and their docking stations export. A recording has no pages: counted as 0.
 */
export async function inspectVideo(bytes: Uint8Array, fileName: string): Promise<{ mime: string; pageCount: number }> {
  const mime = videoMime(bytes)
  if (!mime) throw new AppError('not_a_video', { fileName })
  return { mime, pageCount: 0 }
}

export function videoMime(b: Uint8Array): string | null {
  if (b.length < 12) return null
  if (ascii(b, 4, 8) === 'ftyp') return ascii(b, 8, 12) === 'qt  ' ? 'video/quicktime' : 'video/mp4'
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return ascii(b, 0, Math.min(b.length, 64)).includes('webm') ? 'video/webm' : 'video/x-matroska'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'AVI ') return 'video/x-msvideo'
  if (b[0] === 0 && b[1] === 0 && b[2] === 1 && (b[3] === 0xba || b[3] === 0xb3)) return 'video/mpeg'
  if (b[0] === 0x47 && b.length > 376 && b[188] === 0x47 && b[376] === 0x47) return 'video/mp2t'
  if (ascii(b, 0, 3) === 'FLV') return 'video/x-flv'
  return null
}
