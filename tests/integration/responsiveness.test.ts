import { execFileSync } from 'node:child_process'
import { open, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProgressEvent } from '../../shared/contract/progress'
import { openWorkspaceWithCase, type TestWorkspace } from '../support/workspace'
import { buildTiff } from '../support/tiff-bytes'
import { pageCountLiar, pngBomb, writeSlowPdf } from '../support/hostile-files'
import { writeRegisterCsv } from '../support/register'

// Each hostile file is attached (or imported) through the real dispatch while another call is
// asked every 20 ms; the backend must refuse the file with its own code and answer every call
// within a second meanwhile.

let ws: TestWorkspace
let caseId: number

beforeAll(async () => {
  ;({ ws, caseId } = await openWorkspaceWithCase())
})
afterAll(() => ws.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `call` while cases.list is asked every 20 ms. A call's wait counts from when it was due, so a
 * blocked main thread shows even when it delays the timer rather than the call.
 */
async function whileServing(call: () => Promise<unknown>) {
  let running = true
  let worst = 0
  let answered = 0
  const serving = (async () => {
    for (let due = performance.now(); running; due += 20) {
      await sleep(due - performance.now())
      await ws.call('cases.list', {})
      worst = Math.max(worst, performance.now() - due)
      answered++
      due = Math.max(due, performance.now() - 20)
    }
  })()
  const started = performance.now()
  const result = (await call()) as { ok: true } | { ok: false; error: { code: string; message: string } }
  const took = performance.now() - started
  running = false
  await serving
  return { result, took, worst, answered }
}

const attach = (path: string) => () => ws.dispatch('documents.attach', { caseId, path })

async function sparse(name: string, bytes: number) {
  const path = join(ws.dir, name)
  const file = await open(path, 'w')
  await file.truncate(bytes)
  await file.close()
  return path
}

async function write(name: string, bytes: Uint8Array) {
  const path = join(ws.dir, name)
  await writeFile(path, bytes)
  return path
}

function report(what: string, r: { took: number; worst: number; answered: number }) {
  console.log(`${what}: answered in ${Math.round(r.took)} ms; ${r.answered} other calls meanwhile, the slowest ${Math.round(r.worst)} ms`)
}

describe('hostile files are refused while the backend keeps answering', () => {
  it.each([
    ['a FIFO', async () => {
      const fifo = join(ws.dir, '管道.pdf')
      execFileSync('mkfifo', [fifo])
      return fifo
    }, 'file_not_regular'],
    ['/dev/zero', async () => '/dev/zero', 'file_not_regular'],
    ['a 50 GB sparse file', () => sparse('五十GB卷宗.pdf', 50 * 1024 ** 3), 'file_too_large'],
    ['a PNG bomb (16000×16000, 768 MB of pixels in 760 KB)', () => write('炸弹.png', pngBomb(16000, 16000)), 'image_too_large'],
    [
      'a TIFF claiming 4294967295×4294967295',
      () => write('巨幅.tif', buildTiff([{ width: 4294967295, height: 4294967295, compression: 1, photometric: 0, bitsPerSample: [1], rowsPerStrip: 1, strips: [new Uint8Array(8)] }])),
      'image_too_large',
    ],
    ['a PDF of a few hundred bytes declaring 100,000 pages', () => write('页数不实.pdf', pageCountLiar()), 'file_pages_missing'],
  ])('attaching %s', async (what, make, code) => {
    const path = await make()
    const r = await whileServing(attach(path))
    report(what, r)
    expect(r.result).toMatchObject({ ok: false, error: { code } })
    expect(r.took).toBeLessThan(3000)
    expect(r.worst).toBeLessThan(1000)
    expect(r.answered).toBeGreaterThan(0)
  })

  it('stops checking a 300 MB PDF with a broken cross-reference table at its time or memory limit', async () => {
    const path = join(ws.dir, '大卷宗（索引损坏）.pdf')
    await writeSlowPdf(path, 300 * 1024 * 1024)
    const events: ProgressEvent[] = []
    const unsubscribe = ws.app.onProgress((e) => events.push(e))
    const r = await whileServing(attach(path))
    unsubscribe()
    report('a 300 MB PDF with a broken index', r)
    if (!r.result.ok) console.log(r.result.error.message)
    expect(r.result).toMatchObject({ ok: false, error: { code: 'file_check_stopped' } })
    expect(!r.result.ok && r.result.error.message).toContain('大卷宗（索引损坏）.pdf')
    expect(r.worst).toBeLessThan(1000)
    // Read with its progress told, to the last byte; then stopped, its staged copy removed.
    const read = events.filter((e) => e.task === 'documents.read')
    expect(read.length).toBeGreaterThan(10)
    expect(read.at(-1)).toEqual({ task: 'documents.read', done: 300 * 1024 * 1024, total: 300 * 1024 * 1024 })
    expect((await readdir(ws.app.ctx.paths.files).catch(() => [])).filter((f) => f.startsWith('.incoming'))).toEqual([])
    expect(await ws.call('documents.list', { caseId })).toEqual([])
  }, 50_000)

  it.each([
    ['a FIFO', async () => {
      const fifo = join(ws.dir, '台账管道.csv')
      execFileSync('mkfifo', [fifo])
      return fifo
    }],
    ['/dev/zero', async () => '/dev/zero'],
    ['a 50 GB sparse CSV', () => sparse('五十GB台账.csv', 50 * 1024 ** 3)],
  ])('importing %s as the case register', async (what, make) => {
    const path = await make()
    const r = await whileServing(() => ws.dispatch('imports.open', { target: 'cases', path }))
    report(`importing ${what}`, r)
    expect(r.result).toMatchObject({ ok: false, error: { code: 'import_invalid' } })
    expect(r.took).toBeLessThan(3000)
    expect(r.worst).toBeLessThan(1000)
  })

  it('opens a GBK register of 50,000 cases (the row limit) for import meanwhile', async () => {
    const path = join(ws.dir, '五万行台账.csv')
    await writeRegisterCsv(path, { rows: 50_000, encoding: 'gbk' })
    const r = await whileServing(() => ws.dispatch('imports.open', { target: 'cases', path }))
    report('opening a register of 50,000 cases', r)
    expect(r.result).toMatchObject({ ok: true, value: { rowCount: 50_000 } })
    expect(r.worst).toBeLessThan(1000)
  })
})
