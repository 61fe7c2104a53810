import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/uploads'
import { MAX_DOCUMENT_PAGES } from '../../../../shared/contract/documents'
import { AppError } from '../errors'

/** The largest file attached, whether picked on this PC or uploaded: a 300-page colour scan is well below it. */
export const MAX_ATTACH_BYTES = MAX_UPLOAD_BYTES

export const MAX_PAGES = MAX_DOCUMENT_PAGES

/**
 * A page image larger than this is refused before anyone decodes it: an A0 sheet at 300 dpi is
 * 9933×14043 (139 MP); decoding 200 MP already takes 800 MB of RGBA in the viewer.
 */
export const MAX_IMAGE_SIDE = 20_000
export const MAX_IMAGE_PIXELS = 200_000_000

/** A byte limit as people read it: "1 GB", "64 MB". */
export function limitText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB` : `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`
}

/** Throws image_too_large when a declared size is over the caps. */
export function checkImageSize(width: number, height: number, fileName: string): void {
  if (width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS) return
  throw new AppError('image_too_large', { fileName, width, height, maxSide: MAX_IMAGE_SIDE, maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 })
}
