import { AppError } from '../errors'
import type { DocumentMime } from './types'

/** A cheap structural check that the image is complete: a truncated scan is refused. */
export function inspectImage(bytes: Uint8Array, mime: DocumentMime, fileName: string): { pageCount: number } {
  const tail = bytes.subarray(Math.max(0, bytes.length - 64))
  const complete =
    mime === 'image/jpeg'
      ? tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9)
      : Buffer.from(tail).includes(Buffer.from('IEND'))
  if (!complete) throw new AppError('file_broken', { fileName, detail: 'truncated image' })
  return { pageCount: 1 }
}
