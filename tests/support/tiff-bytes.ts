/**
 * Real multi-page TIFF files for tests, written byte by byte: the CCITT G4 (fax), LZW and
 * PackBits encoders follow ITU-T T.6 and the TIFF 6.0 specification, so the files are what a
 * bureau scanner writes, not what our decoder happens to accept.
 */

/** Ink per pixel (1 = black), row by row. */
export interface Bitmap {
  width: number
  height: number
  ink: Uint8Array
}

export interface TiffPage {
  width: number
  height: number
  /** 1 none, 4 CCITT G4, 5 LZW, 32773 PackBits; anything else is written as given. */
  compression: number
  /** 0 WhiteIsZero, 1 BlackIsZero, 2 RGB. */
  photometric: number
  bitsPerSample: number[]
  rowsPerStrip: number
  /** The encoded strips, top to bottom. */
  strips: Uint8Array[]
  /** NewSubfileType 1 marks a reduced-resolution preview, not a page. */
  subfileType?: number
}

class BitWriter {
  private bytes: number[] = []
  private current = 0
  private used = 0
  write(code: number, length: number) {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((code >> i) & 1)
      if (++this.used === 8) this.flush()
    }
  }
  bits(pattern: string) {
    for (const c of pattern) this.write(c === '1' ? 1 : 0, 1)
  }
  private flush() {
    this.bytes.push(this.current)
    this.current = 0
    this.used = 0
  }
  done(): Uint8Array {
    if (this.used > 0) {
      this.current <<= 8 - this.used
      this.flush()
    }
    return Uint8Array.from(this.bytes)
  }
}

// ITU-T T.4 tables 2 and 3: terminating codes for runs 0–63, make-up codes for 64–1728 and,
// shared by both colours, 1792–2560.
const TERM_WHITE = (
  '00110101,000111,0111,1000,1011,1100,1110,1111,10011,10100,00111,01000,001000,000011,110100,110101,' +
  '101010,101011,0100111,0001100,0001000,0010111,0000011,0000100,0101000,0101011,0010011,0100100,0011000,00000010,00000011,00011010,' +
  '00011011,00010010,00010011,00010100,00010101,00010110,00010111,00101000,00101001,00101010,00101011,00101100,00101101,00000100,00000101,00001010,' +
  '00001011,01010010,01010011,01010100,01010101,00100100,00100101,01011000,01011001,01011010,01011011,01001010,01001011,00110010,00110011,00110100'
).split(',')
const TERM_BLACK = (
  '0000110111,010,11,10,011,0011,0010,00011,000101,000100,0000100,0000101,0000111,00000100,00000111,000011000,' +
  '0000010111,0000011000,0000001000,00001100111,00001101000,00001101100,00000110111,00000101000,00000010111,00000011000,000011001010,000011001011,000011001100,000011001101,000001101000,000001101001,' +
  '000001101010,000001101011,000011010010,000011010011,000011010100,000011010101,000011010110,000011010111,000001101100,000001101101,000011011010,000011011011,000001010100,000001010101,000001010110,000001010111,' +
  '000001100100,000001100101,000001010010,000001010011,000000100100,000000110111,000000111000,000000100111,000000101000,000001011000,000001011001,000000101011,000000101100,000001011010,000001100110,000001100111'
).split(',')
const MAKEUP_WHITE = (
  '11011,10010,010111,0110111,00110110,00110111,01100100,01100101,01101000,01100111,011001100,011001101,011010010,011010011,011010100,011010101,011010110,' +
  '011010111,011011000,011011001,011011010,011011011,010011000,010011001,010011010,011000,010011011'
).split(',')
const MAKEUP_BLACK = (
  '0000001111,000011001000,000011001001,000001011011,000000110011,000000110100,000000110101,0000001101100,0000001101101,0000001001010,0000001001011,0000001001100,' +
  '0000001001101,0000001110010,0000001110011,0000001110100,0000001110101,0000001110110,0000001110111,0000001010010,0000001010011,0000001010100,0000001010101,0000001011010,' +
  '0000001011011,0000001100100,0000001100101'
).split(',')
const MAKEUP_SHARED = '00000001000,00000001100,00000001101,000000010010,000000010011,000000010100,000000010101,000000010110,000000010111,000000011100,000000011101,000000011110,000000011111'.split(',')
const VERTICAL: Record<number, string> = { 0: '1', 1: '011', 2: '000011', 3: '0000011', [-1]: '010', [-2]: '000010', [-3]: '0000010' }

/** A code the tables must hold: a missing one is a bug of this encoder. */
function known(code: string | undefined): string {
  if (code === undefined) throw new RangeError('no CCITT code for this run')
  return code
}

/** data[i] where i is inside data. */
function byteAt(data: Uint8Array, i: number): number {
  const byte = data[i]
  if (byte === undefined) throw new RangeError(`byte ${i} of ${data.length}`)
  return byte
}

function writeRun(out: BitWriter, run: number, black: boolean) {
  while (run > 2560) {
    out.bits(known(MAKEUP_SHARED.at(-1)))
    run -= 2560
  }
  if (run >= 64) {
    const makeup = Math.floor(run / 64) * 64
    out.bits(known(makeup >= 1792 ? MAKEUP_SHARED[(makeup - 1792) / 64] : (black ? MAKEUP_BLACK : MAKEUP_WHITE)[makeup / 64 - 1]))
    run -= makeup
  }
  out.bits(known((black ? TERM_BLACK : TERM_WHITE)[run]))
}

/** Positions where a line changes colour (the imaginary pixel before it is white). */
function changes(line: Uint8Array): number[] {
  const out: number[] = []
  let colour = 0
  line.forEach((px, x) => {
    if (px !== colour) {
      out.push(x)
      colour = px
    }
  })
  return out
}

/** CCITT Group 4 (T.6) two-dimensional coding, each line against the one above. */
export function encodeG4(bitmap: Bitmap): Uint8Array {
  const { width: w, height: h, ink } = bitmap
  const out = new BitWriter()
  let reference: number[] = []
  for (let y = 0; y < h; y++) {
    const coding = changes(ink.subarray(y * w, (y + 1) * w))
    const after = (list: number[], pos: number) => list.find((x) => x > pos) ?? w
    let a0 = -1
    let black = false
    while (a0 < w) {
      const a1 = after(coding, a0)
      const a2 = after(coding, a1)
      // b1: the first change above, right of a0, to the colour opposite a0's (even index = to black).
      const b1Index = reference.findIndex((x, i) => x > a0 && i % 2 === (black ? 1 : 0))
      const b1 = reference[b1Index] ?? w
      const b2 = b1Index < 0 ? w : (reference[b1Index + 1] ?? w)
      if (b2 < a1) {
        out.bits('0001')
        a0 = b2
      } else if (Math.abs(a1 - b1) <= 3) {
        out.bits(known(VERTICAL[a1 - b1]))
        a0 = a1
        black = !black
      } else {
        out.bits('001')
        writeRun(out, a1 - Math.max(0, a0), black)
        writeRun(out, a2 - a1, !black)
        a0 = a2
      }
    }
    reference = coding
  }
  out.bits('000000000001000000000001') // EOFB
  return out.done()
}

/** TIFF LZW (MSB-first codes of 9–12 bits, as libtiff writes them). */
export function encodeLzw(data: Uint8Array): Uint8Array {
  const CLEAR = 256
  const EOI = 257
  const out = new BitWriter()
  let table = new Map<number, number>()
  let next = 258
  let width = 9
  const grow = () => {
    next++
    if (next === 4094) {
      out.write(CLEAR, width)
      table = new Map()
      next = 258
      width = 9
    } else if (next > (1 << width) - 1) width++
  }
  out.write(CLEAR, width)
  if (data.length === 0) {
    out.write(EOI, width)
    return out.done()
  }
  let prefix = byteAt(data, 0)
  for (let i = 1; i < data.length; i++) {
    const key = prefix * 256 + byteAt(data, i)
    const known = table.get(key)
    if (known !== undefined) {
      prefix = known
      continue
    }
    out.write(prefix, width)
    table.set(key, next)
    grow()
    prefix = byteAt(data, i)
  }
  out.write(prefix, width)
  grow()
  out.write(EOI, width)
  return out.done()
}

/** PackBits: runs of 2–128 equal bytes as one, the rest as literals of up to 128. */
export function encodePackBits(data: Uint8Array): Uint8Array {
  const out: number[] = []
  let i = 0
  while (i < data.length) {
    let run = 1
    while (i + run < data.length && run < 128 && data[i + run] === data[i]) run++
    if (run >= 2) {
      out.push(257 - run, byteAt(data, i))
      i += run
      continue
    }
    const start = i
    while (i < data.length && i - start < 128 && !(i + 1 < data.length && data[i + 1] === data[i])) i++
    if (i === start) i++
    out.push(i - start - 1, ...data.subarray(start, i))
  }
  return Uint8Array.from(out)
}

/** Bilevel rows packed 8 pixels a byte, first pixel in the high bit; 1 = black (WhiteIsZero). */
export function packBits1(bitmap: Bitmap, rows: [number, number] = [0, bitmap.height]): Uint8Array {
  const stride = Math.ceil(bitmap.width / 8)
  const [top, bottom] = rows
  const out = new Uint8Array(stride * (bottom - top))
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const at = (y - top) * stride + (x >> 3)
      if (bitmap.ink[y * bitmap.width + x]) out[at] = byteAt(out, at) | (0x80 >> (x & 7))
    }
  }
  return out
}

/** 8-bit grey on off-white paper (BlackIsZero). */
export function grey8(bitmap: Bitmap, rows: [number, number] = [0, bitmap.height]): Uint8Array {
  const out = new Uint8Array(bitmap.width * (rows[1] - rows[0]))
  for (let i = 0; i < out.length; i++) out[i] = bitmap.ink[rows[0] * bitmap.width + i] ? 30 : 236
  return out
}

/** 8-bit RGB: black text with a red seal (the 公章 on a decision) in the lower right. */
export function rgb8(bitmap: Bitmap): Uint8Array {
  const { width: w, height: h } = bitmap
  const out = new Uint8Array(w * h * 3)
  const cx = w * 0.72
  const cy = h * 0.78
  const r = Math.min(w, h) * 0.12
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3
      const d = Math.hypot(x - cx, y - cy)
      const seal = d < r && d > r * 0.85
      const ink = bitmap.ink[y * w + x]
      out.set(seal ? [200, 30, 30] : ink ? [20, 20, 20] : [250, 248, 240], i)
    }
  }
  return out
}

/**
 * A page as a scan of a form looks: a frame, a heading, lines of "text", and in the top right
 * as many thick bars as the page number, so pages can be told apart on screen.
 */
export function scanBitmap(width: number, height: number, pageNumber: number): Bitmap {
  const ink = new Uint8Array(width * height)
  const fill = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y++) ink.fill(1, y * width + Math.max(0, Math.floor(x0)), y * width + Math.min(width, Math.ceil(x1)))
  }
  const m = Math.round(width * 0.06)
  const t = Math.max(2, Math.round(width / 200))
  fill(m, m, width - m, m + t)
  fill(m, height - m - t, width - m, height - m)
  fill(m, m, m + t, height - m)
  fill(width - m - t, m, width - m, height - m)
  fill(width * 0.3, m * 2, width * 0.7, m * 2 + t * 4) // heading
  const bar = Math.max(3, Math.round(width / 60))
  for (let i = 0; i < pageNumber; i++) fill(width - m * 2 - i * bar * 2, m * 1.5, width - m * 2 - i * bar * 2 + bar, m * 3.5)
  const lineGap = Math.max(8, Math.round(height / 40))
  for (let y = m * 5, line = 0; y < height - m * 2; y += lineGap, line++) {
    // Words of varying length, differing from page to page.
    let x = m * 2
    for (let word = 0; x < width - m * 2; word++) {
      const len = ((line * 7 + word * 13 + pageNumber * 5) % 6) * t * 3 + t * 4
      fill(x, y, Math.min(x + len, width - m * 2), y + Math.max(2, Math.round(lineGap * 0.35)))
      x += len + t * 3
    }
  }
  return { width, height, ink }
}

/** Splits a page into strips of `rowsPerStrip` rows and encodes each on its own, as scanners do. */
export function strips(height: number, rowsPerStrip: number, encode: (rows: [number, number]) => Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let y = 0; y < height; y += rowsPerStrip) out.push(encode([y, Math.min(height, y + rowsPerStrip)]))
  return out
}

/** A whole TIFF file: every page's strips, then its directory; pages chained in order. */
export function buildTiff(pages: TiffPage[], options: { littleEndian?: boolean } = {}): Uint8Array {
  const little = options.littleEndian ?? true
  const parts: Uint8Array[] = []
  let pos = 8
  const place = (bytes: Uint8Array) => {
    if (pos % 2) {
      parts.push(new Uint8Array(1))
      pos++
    }
    const at = pos
    parts.push(bytes) // kept by reference: directories are chained after they are placed
    pos += bytes.length
    return at
  }
  const numbers = (size: 2 | 4, values: number[]) => {
    const view = new DataView(new ArrayBuffer(values.length * size))
    values.forEach((v, i) => (size === 2 ? view.setUint16(i * 2, v, little) : view.setUint32(i * 4, v, little)))
    return new Uint8Array(view.buffer)
  }
  const u16 = (values: number[]) => numbers(2, values)
  const u32 = (values: number[]) => numbers(4, values)
  const SHORT = 3
  const LONG = 4
  const RATIONAL = 5
  const ifds: { at: number; buf: Uint8Array }[] = []
  pages.forEach((page, index) => {
    const offsets = page.strips.map(place)
    const entries: [number, number, number, Uint8Array][] = [
      [254, LONG, 1, u32([page.subfileType ?? 2])],
      [256, LONG, 1, u32([page.width])],
      [257, LONG, 1, u32([page.height])],
      [258, SHORT, page.bitsPerSample.length, u16(page.bitsPerSample)],
      [259, SHORT, 1, u16([page.compression])],
      [262, SHORT, 1, u16([page.photometric])],
      [273, LONG, offsets.length, u32(offsets)],
      [277, SHORT, 1, u16([page.bitsPerSample.length])],
      [278, LONG, 1, u32([page.rowsPerStrip])],
      [279, LONG, page.strips.length, u32(page.strips.map((s) => s.length))],
      [282, RATIONAL, 1, u32([300, 1])],
      [283, RATIONAL, 1, u32([300, 1])],
      [296, SHORT, 1, u16([2])],
      [297, SHORT, 2, u16([index, pages.length])],
    ]
    const buf = new Uint8Array(2 + entries.length * 12 + 4)
    buf.set(u16([entries.length]), 0)
    entries.forEach(([tag, type, count, value], i) => {
      const e = 2 + i * 12
      buf.set(u16([tag, type]), e)
      buf.set(u32([count]), e + 4)
      buf.set(value.length <= 4 ? value : u32([place(value)]), e + 8)
    })
    ifds.push({ at: place(buf), buf })
  })
  // Chain the directories: the header points at the first, each at the next, the last at 0.
  ifds.forEach((ifd, i) => ifd.buf.set(u32([ifds[i + 1]?.at ?? 0]), ifd.buf.length - 4))
  const header = new Uint8Array(8)
  header.set(little ? [0x49, 0x49] : [0x4d, 0x4d])
  header.set(u16([42]), 2)
  header.set(u32([ifds[0]?.at ?? 0]), 4)
  const out = new Uint8Array(pos)
  out.set(header)
  let at = 8
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** One page of each kind a bureau meets: fax G4, grey LZW, PackBits, an RGB fold-out, and one in a compression nobody supports. */
export function sampleScanTiff(options: { littleEndian?: boolean; unsupportedPage?: boolean } = {}): { bytes: Uint8Array; pages: TiffPage[] } {
  const a4 = scanBitmap(620, 877, 1)
  const p2 = scanBitmap(620, 877, 2)
  const p3 = scanBitmap(620, 877, 3)
  const wide = scanBitmap(877, 620, 4)
  const pages: TiffPage[] = [
    { width: a4.width, height: a4.height, compression: 4, photometric: 0, bitsPerSample: [1], rowsPerStrip: a4.height, strips: [encodeG4(a4)] },
    { width: p2.width, height: p2.height, compression: 5, photometric: 1, bitsPerSample: [8], rowsPerStrip: 64, strips: strips(p2.height, 64, (rows) => encodeLzw(grey8(p2, rows))) },
    { width: p3.width, height: p3.height, compression: 32773, photometric: 0, bitsPerSample: [1], rowsPerStrip: 100, strips: strips(p3.height, 100, (rows) => encodePackBits(packBits1(p3, rows))) },
    { width: wide.width, height: wide.height, compression: 1, photometric: 2, bitsPerSample: [8, 8, 8], rowsPerStrip: wide.height, strips: [rgb8(wide)] },
  ]
  if (options.unsupportedPage) {
    // JPEG 2000 in TIFF (34712): well-formed structure, but no decoder for it.
    pages.push({ width: 620, height: 877, compression: 34712, photometric: 2, bitsPerSample: [8, 8, 8], rowsPerStrip: 877, strips: [Uint8Array.from({ length: 512 }, (_, i) => i & 0xff)] })
  }
  return { bytes: buildTiff(pages, options), pages }
}
