import { readdir, stat, writeFile, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkspaceWithCase, readScan, caseInput, type TestWorkspace } from '../support/workspace'
import { requireFixtures } from '../support/paths'
import { storedPath } from '../../electron/backend/services/documents/store'
import { passwordProtectedPdf, plainPdf } from '../support/pdf-bytes'
import { nth } from '../support/defined'

const fixtures = requireFixtures()
let ws: TestWorkspace
let caseId: number

beforeAll(async () => {
  ;({ ws, caseId } = await openWorkspaceWithCase())
})
afterAll(() => ws.close())

const REFUSAL_CODES = ['file_broken', 'file_encrypted', 'file_empty', 'file_type_mismatch', 'file_unsupported']

async function storeEntries() {
  const top = await readdir(ws.app.ctx.paths.files)
  return top.length
}

describe('attaching scanned files', () => {
  it('attaches or cleanly refuses every real-world fixture PDF', async () => {
    const names = (await readdir(fixtures)).filter((n) => n.endsWith('.pdf')).sort()
    expect(names.length).toBeGreaterThanOrEqual(10)
    const outcomes: Record<string, string> = {}
    for (const name of names) {
      const r = await ws.dispatch('documents.attach', { caseId, path: join(fixtures, name) })
      if (r.ok) {
        const doc = (r.value as { document: { pageCount: number; sha256: string; mime: string } }).document
        expect(doc.pageCount).toBeGreaterThan(0)
        expect(doc.mime).toBe('application/pdf')
        const stored = await stat(storedPath(ws.app.ctx.paths.files, doc.sha256))
        expect(stored.mode & 0o222).toBe(0) // read-only in the store
        outcomes[name] = `attached ${doc.pageCount}p`
      } else {
        expect(REFUSAL_CODES).toContain(r.error.code)
        expect(r.error.message).toContain(name)
        outcomes[name] = r.error.code
      }
    }
    // The scans the bureau meets every day must open; the truncated one must not.
    expect(outcomes['images.pdf']).toMatch(/attached/)
    expect(outcomes['scan-bad.pdf']).toMatch(/attached/)
    expect(outcomes['issue5481.pdf']).toBe('attached 3p')
    expect(outcomes['rotation.pdf']).toBe('attached 2p')
    const docs = await ws.call('documents.list', { caseId })
    expect(docs.length).toBe(Object.values(outcomes).filter((o) => o.startsWith('attached')).length)
    console.log('fixture outcomes', outcomes)
  })

  it('recognises the same content attached twice, even under another name', async () => {
    const copy = join(ws.dir, '副本.pdf')
    await copyFile(join(fixtures, 'rotation.pdf'), copy)
    const error = await ws.fail('documents.attach', { caseId, path: copy })
    expect(error.code).toBe('duplicate_file')
    expect(error.message).toContain('副本.pdf')
  })

  it('stores content once when two cases share a file', async () => {
    const squadId = nth(await ws.call('cases.squads', {}), 0).id
    const other = await ws.call('cases.create', caseInput(squadId, { caseNumber: '青城管罚字〔2023〕第09999号' }))
    const result = await ws.call('documents.attach', { caseId: other.id, path: join(fixtures, 'rotation.pdf') })
    expect(result.alreadyStored).toBe(true)
  })

  it.each([
    ['empty.pdf', Buffer.alloc(0), 'file_empty'],
    ['photo.pdf', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xd9]), 'file_type_mismatch'],
    ['scan.png', Buffer.from('%PDF-1.4\n%%EOF\n'), 'file_type_mismatch'],
    ['notes.docx', Buffer.from('PK\u0003\u0004 not a scan'), 'file_unsupported'],
    ['random.pdf', Buffer.from('this is plainly not a PDF at all'), 'file_broken'],
    ['truncated.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'file_broken'],
    ['scan.tif', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'file_broken'],
    ['scan.bmp', Buffer.from('BM not a scan we take'), 'file_unsupported'],
    ['加密卷宗.pdf', passwordProtectedPdf(), 'file_encrypted'],
    ['cut-off.pdf', plainPdf().subarray(0, 120), 'file_broken'],
  ])('refuses %s with %s and leaves nothing behind', async (name, bytes, code) => {
    const path = join(ws.dir, name)
    await writeFile(path, bytes)
    const before = { docs: (await ws.call('documents.list', { caseId })).length, store: await storeEntries() }
    const error = await ws.fail('documents.attach', { caseId, path })
    expect(error.code).toBe(code)
    expect(error.message).toContain(name)
    expect((await ws.call('documents.list', { caseId })).length).toBe(before.docs)
    expect(await storeEntries()).toBe(before.store)
    expect((await readdir(ws.app.ctx.paths.files)).filter((n) => n.startsWith('.incoming'))).toEqual([])
  })

  it('says what to do about a damaged PDF in the reviewer’s language, without the engine’s English reason', async () => {
    const path = join(ws.dir, '损坏的卷宗.pdf')
    await writeFile(path, plainPdf().subarray(0, 120))
    const error = await ws.fail('documents.attach', { caseId, path })
    expect(error.code).toBe('file_broken')
    expect(error.message).toContain('重新扫描')
    expect(error.message).toContain('重新导出')
    // Nothing but the file name may be Latin script: pdf.js's reasons are English sentences.
    expect(error.message.replace('损坏的卷宗.pdf', '')).not.toMatch(/[A-Za-z]{3,}/)
    // pdf.js's own words stay beside the message, for support.
    expect(error.details).toEqual(expect.any(String))
  })

  it('attaches a small well-formed PDF (the builder the refusals above start from)', async () => {
    const path = join(ws.dir, 'minimal.pdf')
    await writeFile(path, plainPdf())
    expect((await ws.call('documents.attach', { caseId, path })).document.pageCount).toBe(1)
  })

  it('says plainly when the file has vanished', async () => {
    const error = await ws.fail('documents.attach', { caseId, path: join(ws.dir, 'gone.pdf') })
    expect(error.code).toBe('file_unreadable')
    expect(error.message).toContain('gone.pdf')
  })

  it('attaches a real JPEG scan as one page', async () => {
    // A minimal but complete baseline JPEG (1×1 px), written out byte by byte.
    const jpeg = Buffer.from(
      'ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9',
      'hex',
    )
    const path = join(ws.dir, '现场照片.jpg')
    await writeFile(path, jpeg)
    const { document } = await ws.call('documents.attach', { caseId, path })
    expect(document).toMatchObject({ mime: 'image/jpeg', pageCount: 1, fileName: '现场照片.jpg' })
    expect(await readScan(ws, document.sha256)).toEqual(jpeg)
  })
})
