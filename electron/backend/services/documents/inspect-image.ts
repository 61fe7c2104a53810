import { AppError } from '../errors'
import { checkImageSize } from './limits'
import type { DocumentMime } from './types'

/** JPEG start-of-frame markers (SOF0–SOF15 but DHT C4, JPG C8 and DAC CC): they carry the image size. */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/** The size a JPEG's frame header declares, or null when there is none before the scan data. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return null
    const marker = view.getUint8(at + 1)
    if (marker === 0xff) {
      at++ // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2 // markers without a length
      continue
    }
    if (marker === 0xda || marker === 0xd9) return null
    if (JPEG_FRAMES.has(marker)) return at + 9 <= bytes.length ? { height: view.getUint16(at + 5), width: view.getUint16(at + 7) } : null
    at += 2 + view.getUint16(at + 2)
  }
  return null
}

/** The size in a PNG's IHDR, which must be its first chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || Buffer.from(bytes.subarray(12, 16)).toString('latin1') !== 'IHDR') return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/**
 * A cheap structural check: the image is complete (a truncated scan is refused) and its declared
 * size is within the caps (a few bytes can declare 30000×30000 pixels, which no viewer can decode).
 */
export function inspectImage(bytes: Uint8Array, mime: DocumentMime, fileName: string): { pageCount: number } {
  const tail = bytes.subarray(Math.max(0, bytes.length - 64))
  const complete =
    mime === 'image/jpeg'
      ? tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9)
      : Buffer.from(tail).includes(Buffer.from('IEND'))
  if (!complete) throw new AppError('file_broken', { fileName, detail: 'truncated image' })
  const size = mime === 'image/jpeg' ? jpegSize(bytes) : pngSize(bytes)
  if (!size || size.width < 1 || size.height < 1) throw new AppError('file_broken', { fileName, detail: 'no image size' })
  checkImageSize(size.width, size.height, fileName)
  return { pageCount: 1 }
}
