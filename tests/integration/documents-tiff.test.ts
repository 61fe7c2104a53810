import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkspaceWithCase, readScan, type TestWorkspace } from '../support/workspace'
import { buildTiff, encodeG4, sampleScanTiff, scanBitmap } from '../support/tiff-bytes'
import { nth, only } from '../support/defined'

let ws: TestWorkspace
let caseId: number

beforeAll(async () => {
  ;({ ws, caseId } = await openWorkspaceWithCase())
})
afterAll(() => ws.close())

async function write(name: string, bytes: Uint8Array) {
  const path = join(ws.dir, name)
  await writeFile(path, bytes)
  return path
}

/** What a failed attach must leave unchanged: the case's documents and the content store. */
async function snapshot() {
  const files = ws.app.ctx.paths.files
  const shards = await readdir(files)
  const stored = (await Promise.all(shards.filter((s) => !s.startsWith('.')).map((s) => readdir(join(files, s))))).flat()
  return { docs: (await ws.call('documents.list', { caseId })).length, stored: stored.length, incoming: shards.filter((s) => s.startsWith('.incoming')).length }
}

const { bytes: sample } = sampleScanTiff({ unsupportedPage: true })

describe('attaching multi-page TIFF scans', () => {
  it('attaches a TIFF of G4, LZW, PackBits and RGB pages with every page counted', async () => {
    const path = await write('卷宗扫描件.tif', sample)
    const { document } = await ws.call('documents.attach', { caseId, path })
    // The page in a compression the viewer cannot decode still counts: it says so in its place.
    expect(document).toMatchObject({ mime: 'image/tiff', pageCount: 5, fileName: '卷宗扫描件.tif', byteSize: sample.length })
    expect(Buffer.compare(await readScan(ws, document.sha256), sample)).toBe(0)
  })

  it('reads big-endian files and the .tiff extension, and skips reduced-resolution previews', async () => {
    const page = scanBitmap(300, 420, 1)
    const preview = scanBitmap(60, 84, 1)
    const g4 = (b: typeof page, subfileType: number) => ({ width: b.width, height: b.height, compression: 4, photometric: 0, bitsPerSample: [1], rowsPerStrip: b.height, strips: [encodeG4(b)], subfileType })
    const bytes = buildTiff([g4(page, 2), g4(preview, 1), g4(scanBitmap(300, 420, 2), 2)], { littleEndian: false })
    const { document } = await ws.call('documents.attach', { caseId, path: await write('传真件.TIFF', bytes) })
    expect(document).toMatchObject({ mime: 'image/tiff', pageCount: 2 })
  })

  it('keeps rotation and 卷内目录 within the TIFF’s own pages', async () => {
    const doc = only((await ws.call('documents.list', { caseId })).filter((d) => d.fileName === '卷宗扫描件.tif'))
    const turned = await ws.call('documents.setRotation', { documentId: doc.id, pages: [4], degrees: 90 })
    expect(turned.rotations).toEqual([{ page: 4, degrees: 90 }])
    expect((await ws.fail('documents.setRotation', { documentId: doc.id, pages: [6], degrees: 90 })).code).toBe('invalid_input')
    const tags = await ws.call('documents.setPageTags', { documentId: doc.id, tags: [{ firstPage: 1, lastPage: 3, docType: '询问笔录' }] })
    expect(tags).toHaveLength(1)
    expect((await ws.fail('documents.setPageTags', { documentId: doc.id, tags: [{ firstPage: 4, lastPage: 6, docType: '现场照片' }] })).code).toBe('invalid_input')
  })

  // Every way a TIFF arrives damaged: refused with what is wrong, and nothing kept.
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)
  /** Offsets of the page directories, following the chain (the sample is little-endian). */
  const directories = (b: Uint8Array) => {
    const out: number[] = []
    for (let at = view(b).getUint32(4, true); at !== 0; at = view(b).getUint32(at + 2 + view(b).getUint16(at, true) * 12, true)) out.push(at)
    return out
  }
  /** The sample with one tag's (inline) value replaced in the first directory. */
  const patched = (tag: number, value: number) => {
    const b = sample.slice()
    const at = nth(directories(b), 0)
    for (let e = at + 2; e < at + 2 + view(b).getUint16(at, true) * 12; e += 12) if (view(b).getUint16(e, true) === tag) view(b).setUint32(e + 8, value, true)
    return b
  }
  const selfLoop = (() => {
    const b = buildTiff([{ width: 8, height: 8, compression: 1, photometric: 0, bitsPerSample: [1], rowsPerStrip: 8, strips: [new Uint8Array(8)] }])
    const at = nth(directories(b), 0)
    view(b).setUint32(at + 2 + view(b).getUint16(at, true) * 12, at, true)
    return b
  })()
  it.each([
    ['cut short of its last page', sample.subarray(0, nth(directories(sample), 4)), /truncated TIFF: a page directory is missing/],
    ['cut inside a page directory', sample.subarray(0, nth(directories(sample), 4) + 40), /truncated TIFF: a page directory is cut off/],
    ['whose page data runs past the end of the file', patched(279, 10_000_000), /truncated TIFF: image data runs past the end/],
    ['with a page without a size', patched(256, 0), /page 1: no image size/],
    ['that is only a header', sample.subarray(0, 8), /truncated TIFF/],
    ['whose page directory chain loops', selfLoop, /loops/],
  ])('refuses a TIFF %s, leaving nothing behind', async (what, bytes, detail) => {
    const name = `损坏-${what.replace(/\W+/g, '-')}.tif`
    const before = await snapshot()
    const error = await ws.fail('documents.attach', { caseId, path: await write(name, bytes) })
    expect(error.code).toBe('file_broken')
    expect(error.message).toContain(name)
    // The reviewer reads what to do; the precise reason is kept beside it for support.
    expect(error.message.replace(name, '')).not.toMatch(detail)
    expect(error.details).toMatch(detail)
    expect(await snapshot()).toEqual(before)
  })

  it('says what a TIFF named as a PDF really is', async () => {
    const error = await ws.fail('documents.attach', { caseId, path: await write('决定书.pdf', sampleScanTiff({ littleEndian: false }).bytes) })
    expect(error.code).toBe('file_type_mismatch')
    expect(error.message).toContain('TIFF')
  })
})
