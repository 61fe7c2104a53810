import { deflate } from 'pako'
import { describe, expect, it } from 'vitest'
import { checkSupported, decodePage, openTiff, pageSize, rasterize, releasePage, TiffPageError, type TiffFile } from '../../renderer/src/viewer/tiff/decode'
import { buildTiff, encodeG4, grey8, sampleScanTiff, scanBitmap, type Bitmap } from '../support/tiff-bytes'
import { nth } from '../support/defined'

const arrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer

/** Decodes page `n` (1-based) at full size and says, per pixel, whether it is ink. */
function inkOf(file: TiffFile, n: number): Uint8Array {
  const ifd = nth(file.pages, n - 1)
  decodePage(file, ifd)
  const raster = rasterize(ifd, pageSize(ifd))
  const ink = new Uint8Array(raster.width * raster.height)
  const { rgba } = raster
  // RGBA: four bytes a pixel, so i * 4 + 2 is inside the raster.
  for (let i = 0; i < ink.length; i++) ink[i] = (rgba[i * 4] ?? 0) + (rgba[i * 4 + 1] ?? 0) + (rgba[i * 4 + 2] ?? 0) < 384 ? 1 : 0
  return ink
}

const differing = (a: Uint8Array, b: Uint8Array) => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0)

describe('decoding the pages of a scanned TIFF (utif2, as the viewer’s worker does)', () => {
  const { bytes } = sampleScanTiff({ unsupportedPage: true })
  const file = openTiff(arrayBuffer(bytes))

  it('lists every page with its own size', () => {
    expect(file.pages.map(pageSize)).toEqual([
      { width: 620, height: 877 },
      { width: 620, height: 877 },
      { width: 620, height: 877 },
      { width: 877, height: 620 },
      { width: 620, height: 877 },
    ])
  })

  it.each([
    [1, 'CCITT G4'],
    [2, 'LZW grey'],
    [3, 'PackBits'],
  ])('page %i (%s) comes back pixel for pixel', (n) => {
    const source = scanBitmap(620, 877, n)
    expect(differing(inkOf(file, n), source.ink)).toBe(0)
  })

  it('shows the RGB fold-out in colour: the red seal stays red', () => {
    const ifd = nth(file.pages, 3)
    decodePage(file, ifd)
    const { rgba, width } = rasterize(ifd, pageSize(ifd))
    // On the seal's ring, right of its centre (see rgb8).
    const x = Math.round(877 * 0.72 + Math.min(877, 620) * 0.12 * 0.92)
    const y = Math.round(620 * 0.78)
    const o = (y * width + x) * 4
    expect(Array.from(rgba.subarray(o, o + 3))).toEqual([200, 30, 30])
  })

  it('refuses the page in a compression it cannot decode, by name', () => {
    const error = (() => {
      try {
        decodePage(file, nth(file.pages, 4))
      } catch (err) {
        return err
      }
    })()
    expect(error).toBeInstanceOf(TiffPageError)
    expect(error).toMatchObject({ reason: 'compression', detail: 'JPEG 2000' })
  })

  it('decodes a page small, keeping the share of ink (a fax page never becomes full-size RGBA)', () => {
    const ifd = nth(file.pages, 0)
    decodePage(file, ifd)
    const small = rasterize(ifd, { width: 155, height: 219 })
    expect([small.width, small.height]).toEqual([155, 219])
    let darkness = 0
    for (let i = 0; i < small.rgba.length; i += 4) darkness += 255 - (small.rgba[i] ?? 0)
    const source = scanBitmap(620, 877, 1)
    const share = source.ink.reduce((a, b) => a + b, 0) / source.ink.length
    expect(darkness / (255 * 155 * 219)).toBeCloseTo(share, 2)
  })

  it('gives decoded samples back and decodes them again on the next paint', () => {
    const ifd = nth(file.pages, 1)
    decodePage(file, ifd)
    releasePage(ifd)
    expect(ifd.data).toBeUndefined()
    expect(differing(inkOf(file, 2), scanBitmap(620, 877, 2).ink)).toBe(0)
  })

  it('reads big-endian (Motorola) files too', () => {
    const be = openTiff(arrayBuffer(sampleScanTiff({ littleEndian: false }).bytes))
    expect(be.pages).toHaveLength(4)
    expect(differing(inkOf(be, 1), scanBitmap(620, 877, 1).ink)).toBe(0)
  })

  it('does not count a reduced-resolution preview as a page', () => {
    const page: Bitmap = scanBitmap(200, 280, 1)
    const thumb: Bitmap = scanBitmap(50, 70, 1)
    const g4 = (b: Bitmap, subfileType: number) => ({ width: b.width, height: b.height, compression: 4, photometric: 0, bitsPerSample: [1], rowsPerStrip: b.height, strips: [encodeG4(b)], subfileType })
    const withPreview = openTiff(arrayBuffer(buildTiff([g4(page, 2), g4(thumb, 1), g4(page, 2)])))
    expect(withPreview.pages.map(pageSize)).toEqual([
      { width: 200, height: 280 },
      { width: 200, height: 280 },
    ])
  })

  it('shows layouts without a fast path through utif2’s own conversion (4-bit grey)', () => {
    const tiff = openTiff(arrayBuffer(buildTiff([{ width: 2, height: 1, compression: 1, photometric: 0, bitsPerSample: [4], rowsPerStrip: 1, strips: [Uint8Array.from([0x0f])] }])))
    decodePage(tiff, nth(tiff.pages, 0))
    expect(Array.from(rasterize(nth(tiff.pages, 0), { width: 2, height: 1 }).rgba)).toEqual([255, 255, 255, 255, 0, 0, 0, 255])
  })

  it('refuses a layout it would show wrongly (CMYK), by name', () => {
    const tiff = openTiff(arrayBuffer(buildTiff([{ width: 1, height: 1, compression: 1, photometric: 5, bitsPerSample: [8, 8, 8, 8], rowsPerStrip: 1, strips: [new Uint8Array(4)] }])))
    expect(() => decodePage(tiff, nth(tiff.pages, 0))).toThrow(expect.objectContaining({ reason: 'format', detail: 'CMYK' }))
  })

  it('decodes a Deflate (zlib) page', () => {
    const page = scanBitmap(300, 420, 6)
    const tiff = openTiff(arrayBuffer(buildTiff([{ width: 300, height: 420, compression: 8, photometric: 1, bitsPerSample: [8], rowsPerStrip: 420, strips: [deflate(grey8(page))] }])))
    expect(differing(inkOf(tiff, 1), page.ink)).toBe(0)
  })

  it('decodes a JPEG-compressed page (grey baseline JPEG in the strip)', () => {
    // The same complete 1 × 1 grey JPEG as the attach test uses.
    const hex =
      'ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9'
    const bytes = Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16))
    const tiff = openTiff(arrayBuffer(buildTiff([{ width: 1, height: 1, compression: 7, photometric: 1, bitsPerSample: [8], rowsPerStrip: 1, strips: [bytes] }])))
    const ifd = nth(tiff.pages, 0)
    expect(() => checkSupported(ifd)).not.toThrow()
    decodePage(tiff, ifd)
    const { rgba } = rasterize(ifd, { width: 1, height: 1 })
    expect(rgba[0]).toBe(rgba[1])
    expect(rgba[1]).toBe(rgba[2])
    expect(rgba[3]).toBe(255)
  })
})
