import './decoderGlobals'
import * as UTIF from 'utif2'
import { bilevelToRgba, samplesToRgba, type Raster } from './raster'

/**
 * Compressions the decoder (utif2) reads, by TIFF tag value: none, CCITT RLE / G3 / G4 (fax), LZW,
 * JPEG (old-style and current), Deflate (both codes), PackBits.
 */
const SUPPORTED = new Set([1, 2, 3, 4, 5, 6, 7, 8, 32946, 32773])
/** Names of the ones a reviewer may meet that it does not, so the message says what the page is. */
const UNSUPPORTED: Record<number, string> = { 9: 'JBIG', 10: 'JBIG2', 34661: 'JBIG', 34712: 'JPEG 2000', 34715: 'JBIG2', 34925: 'LZMA', 50000: 'Zstandard', 50001: 'WebP' }

/** Sample layouts utif2 turns into RGBA correctly: photometric → bits per sample. */
const LAYOUTS: Record<number, number[]> = { 0: [1, 4, 8, 16], 1: [1, 2, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8] }
const PHOTOMETRIC: Record<number, string> = { 4: 'transparency mask', 5: 'CMYK', 6: 'YCbCr', 8: 'CIE Lab', 32844: 'LogL', 32845: 'LogLuv' }

export type TiffFailure = 'compression' | 'format' | 'decode'

/** A page that cannot be shown; the other pages can. `detail` names what is wrong. */
export class TiffPageError extends Error {
  constructor(
    readonly reason: TiffFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`)
    this.name = 'TiffPageError'
  }
}

export interface TiffFile {
  bytes: ArrayBuffer
  /** One image directory per page, in file order. */
  pages: UTIF.IFD[]
}

const first = (ifd: UTIF.IFD, tag: number): number | undefined => {
  const v = ifd[`t${tag}`]?.[0]
  return typeof v === 'number' ? v : undefined
}

/**
 * Reads the page directories. The same pages as the main process counted at attach time: every
 * directory of the main chain with an image, except reduced-resolution previews.
 */
export function openTiff(bytes: ArrayBuffer): TiffFile {
  const pages = UTIF.decode(bytes, { parseMN: false, debug: false }).filter((ifd) => (first(ifd, 256) ?? 0) > 0 && ((first(ifd, 254) ?? 0) & 1) === 0)
  if (pages.length === 0) throw new Error('no pages in the TIFF')
  return { bytes, pages }
}

export function pageSize(ifd: UTIF.IFD): { width: number; height: number } {
  return { width: first(ifd, 256) ?? 1, height: first(ifd, 257) ?? 1 }
}

/** Throws a TiffPageError when the page is in a compression or layout the decoder cannot show. */
export function checkSupported(ifd: UTIF.IFD): void {
  const compression = first(ifd, 259) ?? 1
  if (!SUPPORTED.has(compression)) throw new TiffPageError('compression', UNSUPPORTED[compression] ?? `#${compression}`)
  const photometric = first(ifd, 262) ?? 0
  const bits = first(ifd, 258) ?? 1
  // JPEG pages are decoded to RGB or grey whatever their stored colour space.
  if (compression === 6 || compression === 7) return
  if (!LAYOUTS[photometric]) throw new TiffPageError('format', PHOTOMETRIC[photometric] ?? `photometric ${photometric}`)
  if (!LAYOUTS[photometric].includes(bits)) throw new TiffPageError('format', `${bits}-bit ${photometric >= 2 ? 'colour' : 'grey'}`)
}

/** Decompresses a page's samples into `ifd.data` (kept there until released). */
export function decodePage(file: TiffFile, ifd: UTIF.IFD): void {
  checkSupported(ifd)
  try {
    UTIF.decodeImage(file.bytes, ifd, file.pages)
  } catch (err) {
    throw new TiffPageError('decode', err instanceof Error ? err.message : String(err))
  }
  if (!(ifd.data instanceof Uint8Array) || ifd.data.length === 0) throw new TiffPageError('decode', 'no image data')
  const compression = first(ifd, 259)
  if (compression === 6 || compression === 7) describeJpegSamples(ifd)
}

/** utif2 decodes JPEG pages to RGB even when the page is grey: say what the samples now are. */
function describeJpegSamples(ifd: UTIF.IFD): void {
  const { width, height } = pageSize(ifd)
  if (ifd.data.length >= width * height * 3) Object.assign(ifd, { t262: [2], t277: [3], t258: [8, 8, 8] })
  else Object.assign(ifd, { t262: [1], t277: [1], t258: [8] })
}

/** Bytes a decoded page holds. */
export function decodedSize(ifd: UTIF.IFD): number {
  return ifd.data instanceof Uint8Array ? ifd.data.byteLength : 0
}

/** Gives a decoded page's samples back; the next paint decodes it again. */
export function releasePage(ifd: UTIF.IFD): void {
  delete (ifd as Partial<UTIF.IFD>).data
}

/** The decoded page at the target size as RGBA; bilevel and 8-bit pages straight from their samples. */
export function rasterize(ifd: UTIF.IFD, target: { width: number; height: number }): Raster {
  const { width, height } = pageSize(ifd)
  const photometric = first(ifd, 262) ?? 0
  const bits = first(ifd, 258) ?? 1
  const samples = first(ifd, 277) ?? 1
  const chunky = (first(ifd, 284) ?? 1) === 1
  try {
    if (bits === 1 && samples === 1 && photometric <= 1) return bilevelToRgba(ifd.data, width, height, photometric === 0, target)
    if (bits === 8 && chunky && photometric <= 1 && samples === 1) return samplesToRgba(ifd.data, width, height, 1, photometric === 0, target)
    if (bits === 8 && chunky && photometric === 2 && (samples === 3 || samples === 4)) return samplesToRgba(ifd.data, width, height, samples, false, target)
    return samplesToRgba(UTIF.toRGBA8(ifd), width, height, 4, false, target)
  } catch (err) {
    throw new TiffPageError('decode', err instanceof Error ? err.message : String(err))
  }
}
