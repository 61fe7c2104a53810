import { AppError } from '../errors'
import { checkImageSize, MAX_PAGES } from './limits'

const TAG = { newSubfileType: 254, width: 256, height: 257, stripOffsets: 273, stripByteCounts: 279, tileOffsets: 324, tileByteCounts: 325 } as const
/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4]

class Reader {
  constructor(
    private readonly view: DataView,
    private readonly little: boolean,
  ) {}
  get length() {
    return this.view.byteLength
  }
  u16(at: number) {
    return this.view.getUint16(at, this.little)
  }
  u32(at: number) {
    return this.view.getUint32(at, this.little)
  }
}

/** The SHORT or LONG values of one IFD entry, or null when they lie outside the file. */
function entryValues(r: Reader, entry: number): number[] | null {
  const type = r.u16(entry + 2)
  const count = r.u32(entry + 4)
  const size = TYPE_SIZE[type] ?? 0
  if (type !== 3 && type !== 4) return []
  const inline = size * count <= 4
  const at = inline ? entry + 8 : r.u32(entry + 8)
  if (at + size * count > r.length) return null
  return Array.from({ length: count }, (_, i) => (type === 3 ? r.u16(at + 2 * i) : r.u32(at + 4 * i)))
}

/** Why a page cannot be read, or null when its image data is all inside the file. */
function checkPage(tags: Map<number, number[]>, fileLength: number): string | null {
  const width = tags.get(TAG.width)?.[0] ?? 0
  const height = tags.get(TAG.height)?.[0] ?? 0
  if (width < 1 || height < 1) return 'no image size'
  const offsets = tags.get(TAG.stripOffsets) ?? tags.get(TAG.tileOffsets)
  const counts = tags.get(TAG.stripByteCounts) ?? tags.get(TAG.tileByteCounts)
  if (!offsets || offsets.length === 0) return 'no image data'
  if (counts && counts.length !== offsets.length) return 'image data table is inconsistent'
  const cut = offsets.some((o, i) => o >= fileLength || o + (counts?.[i] ?? 0) > fileLength)
  return cut ? 'truncated TIFF: image data runs past the end of the file' : null
}

/**
 * Walks the TIFF's chain of image directories (one per page) and checks each page's image data
 * lies inside the file, so a truncated scan is refused at attach time. Reduced-resolution
 * previews some scanners add after a page are not pages. Decoding is the viewer's job.
 */
export function inspectTiff(bytes: Uint8Array, fileName: string): { pageCount: number } {
  const broken = (detail: string) => new AppError('file_broken', { fileName, detail })
  if (bytes.length < 8) throw broken('truncated TIFF header')
  const r = new Reader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes[0] === 0x49)
  const seen = new Set<number>()
  let pageCount = 0
  for (let ifd = r.u32(4); ifd !== 0; ) {
    if (seen.has(ifd)) throw broken('the page directory chain loops')
    if (seen.size >= MAX_PAGES) throw new AppError('file_too_many_pages', { fileName, limit: MAX_PAGES })
    seen.add(ifd)
    if (ifd < 8 || ifd + 2 > r.length) throw broken('truncated TIFF: a page directory is missing')
    const count = r.u16(ifd)
    const end = ifd + 2 + count * 12
    if (end + 4 > r.length) throw broken('truncated TIFF: a page directory is cut off')
    const tags = new Map<number, number[]>()
    for (let entry = ifd + 2; entry < end; entry += 12) {
      const values = entryValues(r, entry)
      if (values === null) throw broken('truncated TIFF: a tag value lies past the end of the file')
      tags.set(r.u16(entry), values)
    }
    const problem = checkPage(tags, r.length)
    if (problem) throw broken(`page ${seen.size}: ${problem}`)
    checkImageSize(tags.get(TAG.width)?.[0] ?? 0, tags.get(TAG.height)?.[0] ?? 0, fileName)
    if (((tags.get(TAG.newSubfileType)?.[0] ?? 0) & 1) === 0) pageCount++
    ifd = r.u32(end)
  }
  if (pageCount === 0) throw broken('no pages')
  return { pageCount }
}
