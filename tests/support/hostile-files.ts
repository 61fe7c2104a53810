import { open } from 'node:fs/promises'
import { constants, deflateRawSync } from 'node:zlib'
import { buildPdf } from './pdf-bytes'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(...parts: Buffer[]): number {
  let c = 0xffffffff
  for (const part of parts) for (const byte of part) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(head.subarray(4), data))
  return Buffer.concat([head, data, crc])
}

/**
 * A zlib stream that inflates to `total` zero bytes, built without deflating them: one compressed
 * block of zeros (self-contained, byte-aligned by a sync flush) repeated, then the final block.
 */
function zerosStream(total: number): Buffer {
  const block = 1024 * 1024
  const whole = Math.floor(total / block)
  const piece = deflateRawSync(Buffer.alloc(block), { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
  const rest = deflateRawSync(Buffer.alloc(total - whole * block), { level: 9 })
  // Adler-32 of n zeros: a stays 1, b gains 1 per byte.
  const adler = Buffer.alloc(4)
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0)
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(whole).fill(piece), rest, adler])
}

/** A decompression bomb: a complete RGB PNG of a few hundred kilobytes whose pixels inflate to width × height × 3 bytes. */
export function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // Each row is its filter byte and its pixels, all zero.
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', zerosStream(height * (1 + width * 3))), pngChunk('IEND', Buffer.alloc(0))])
}

/**
 * A PDF of a few hundred bytes whose page tree declares 100,000 pages: the root counts them through
 * a node that claims 99,999 but holds one, so its last page resolves and pdf.js believes the count.
 */
export function pageCountLiar(): Buffer {
  return buildPdf([
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R 4 0 R]/Count 100000>>',
    '<</Type/Pages/Parent 2 0 R/Kids[5 0 R]/Count 99999>>',
    '<</Type/Page/Parent 2 0 R>>',
    '<</Type/Page/Parent 3 0 R>>',
  ])
}

/**
 * A PDF of `bytes` bytes that looks like a large scan with a damaged cross-reference table: its
 * objects, then a long run of zero bytes (left sparse on disk, so it costs nothing to write), then
 * a table that `startxref` misses. pdf.js rebuilds the index by scanning every byte, and on the zero
 * run builds a string byte by byte: minutes and gigabytes.
 */
export async function writeSlowPdf(path: string, bytes: number): Promise<void> {
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
    'latin1',
  )
  const tail = Buffer.from('xref\n0 4\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n123456789\n%%EOF\n', 'latin1')
  const file = await open(path, 'w')
  try {
    await file.write(head, 0, head.length, 0)
    await file.write(tail, 0, tail.length, bytes - tail.length)
  } finally {
    await file.close()
  }
}
