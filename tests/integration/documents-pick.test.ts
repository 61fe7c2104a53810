import { copyFile, readdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PickedFile, SystemPorts } from '../../electron/backend/services/context'
import { AppError } from '../../electron/backend/services/errors'
import { newUploadPath, uploadsDir } from '../../electron/backend/services/uploads'
import type { FilePick } from '../../shared/contract/picks'
import { openWorkspaceWithCase, caseInput, type TestWorkspace } from '../support/workspace'
import { requireFixtures } from '../support/paths'
import { plainPdf } from '../support/pdf-bytes'
import { nth } from '../support/defined'

let ws: TestWorkspace
let caseId: number

beforeAll(async () => {
  ;({ ws, caseId } = await openWorkspaceWithCase())
})
afterAll(() => ws.close())

/** The user chooses these files when asked: the ports a caller brings, as the desktop's dialog would answer. */
function choosing(files: PickedFile[], asked: FilePick[] = []): SystemPorts {
  return {
    pickFiles: async (pick) => {
      asked.push(pick)
      return files
    },
  }
}
const own = (path: string): PickedFile => ({ path, fileName: basename(path) })

async function pickAndAttach(ports: SystemPorts) {
  const r = await ws.dispatch('documents.pickAndAttach', { caseId }, ports)
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`)
  return r.value as { attached: { document: { fileName: string; pageCount: number }; alreadyStored: boolean }[]; failed: { fileName: string; code: string; message: string; detail?: string }[] }
}

describe('documents.pickAndAttach', () => {
  it('asks the caller for scans and attaches each in the order chosen; the ones refused are listed with why', async () => {
    const scan = join(ws.dir, '询问笔录.pdf')
    const broken = join(ws.dir, '损坏的卷宗.pdf')
    await copyFile(join(requireFixtures(), 'rotation.pdf'), scan)
    await writeFile(broken, plainPdf().subarray(0, 120))
    const tooLarge: PickedFile = { fileName: '传真卷宗.tif', refused: new AppError('upload_too_large', { fileName: '传真卷宗.tif', limit: '1 GB' }) }
    const asked: FilePick[] = []
    const result = await pickAndAttach(choosing([own(scan), own(broken), tooLarge], asked))
    expect(asked).toEqual(['scans'])
    expect(result.attached).toMatchObject([{ document: { fileName: '询问笔录.pdf', pageCount: 2 }, alreadyStored: false }])
    expect(result.failed.map((f) => [f.fileName, f.code])).toEqual([
      ['损坏的卷宗.pdf', 'file_broken'],
      ['传真卷宗.tif', 'upload_too_large'],
    ])
    expect(result.failed[0]?.message).toContain('重新扫描')
    // The engine's English reason travels beside the message, as it does for documents.attach.
    expect(result.failed[0]?.detail).toEqual(expect.any(String))
    expect(result.failed[1]?.message).toContain('1 GB')
    // The user's own files stay where they were.
    expect((await readdir(ws.dir)).filter((n) => n.endsWith('.pdf')).sort()).toEqual(['损坏的卷宗.pdf', '询问笔录.pdf'])
    expect((await ws.call('documents.list', { caseId })).map((d) => d.fileName)).toEqual(['询问笔录.pdf'])
  })

  it('says when a picked file was stored before, and attaches nothing when the user cancels', async () => {
    const copy = join(ws.dir, '另一案件的询问笔录.pdf')
    await copyFile(join(requireFixtures(), 'rotation.pdf'), copy)
    const other = (await ws.call('cases.create', caseInput(nth(await ws.call('cases.squads', {}), 0).id, { caseNumber: '青城管罚字〔2023〕第02002号' }))).id
    const again = await ws.dispatch('documents.pickAndAttach', { caseId: other }, choosing([own(copy)]))
    expect(again).toMatchObject({ ok: true, value: { attached: [{ alreadyStored: true }], failed: [] } })
    expect(await pickAndAttach(choosing([]))).toEqual({ attached: [], failed: [] })
  })

  it('deletes the upload copies it was given once read, attached or refused', async () => {
    const upload = await newUploadPath(ws.dir, '现场检查笔录.pdf')
    await writeFile(upload, plainPdf())
    const broken = await newUploadPath(ws.dir, '坏.pdf')
    await writeFile(broken, 'not a pdf at all')
    const result = await pickAndAttach(choosing([{ path: upload, fileName: '现场检查笔录.pdf' }, { path: broken, fileName: '坏.pdf' }]))
    expect(result.attached.map((a) => a.document.fileName)).toEqual(['现场检查笔录.pdf'])
    expect(result.failed.map((f) => f.fileName)).toEqual(['坏.pdf'])
    expect(await readdir(uploadsDir(ws.dir))).toEqual([])
  })

  it('counts the files it has stored as progress', async () => {
    const events: { task: string; done: number; total: number }[] = []
    const stop = ws.app.onProgress((e) => events.push(e))
    const a = join(ws.dir, 'a.pdf')
    await writeFile(a, plainPdf())
    await pickAndAttach(choosing([own(a), own(join(ws.dir, 'gone.pdf'))]))
    stop()
    expect(events.filter((e) => e.task === 'documents.attach')).toEqual([
      { task: 'documents.attach', done: 1, total: 2 },
      { task: 'documents.attach', done: 2, total: 2 },
    ])
  })

  it('refuses in a context that has no way to ask the user (a script, a test)', async () => {
    expect((await ws.fail('documents.pickAndAttach', { caseId })).code).toBe('desktop_only')
  })
})
