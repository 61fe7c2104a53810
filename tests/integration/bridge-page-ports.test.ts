import { request, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Envelope } from '../../shared/contract/errors'
import type { FilePick } from '../../shared/contract/picks'
import type { PickAnswer, SocketReply } from '../../shared/contract/socket'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import { uploadsDir } from '../../electron/backend/services/uploads'
import { caseInput, openTestWorkspace, seedRegistry, TEST_ADMIN, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { requireFixtures } from '../support/paths'
import { plainPdf } from '../support/pdf-bytes'

const TOKEN = 'test-token-page-ports-0123'
let ws: TestWorkspace
let server: Server
let port: number
let caseId: number

beforeAll(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  server = createBridge({ app: ws.app, token: TOKEN })
  port = await listen(server)
})
afterAll(async () => {
  server.close()
  await ws.close()
})

function http(path: string, options: { method?: string; body?: Buffer } = {}) {
  return new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Authorization: `Bearer ${TOKEN}` } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Uploads bytes as the page's file chooser would; returns the path of the copy. */
async function upload(name: string, bytes: Buffer): Promise<string> {
  const r = await http(`/upload?name=${encodeURIComponent(name)}`, { method: 'POST', body: bytes })
  return (JSON.parse(r.body.toString()) as { value: { path: string } }).value.path
}

type Chooser = (kind: FilePick) => Promise<Omit<PickAnswer, 'picked'>>

/** A page on the bridge's socket: makes calls, answers picks with `choose`, records downloads and requests. */
async function openPage(choose: Chooser = async () => ({ files: [] })) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/socket?token=${TOKEN}`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const requests: string[] = []
  const downloads: string[] = []
  const pending = new Map<number, (e: Envelope<unknown>) => void>()
  let nextId = 1
  socket.on('message', async (data) => {
    const reply = JSON.parse(String(data)) as SocketReply
    if ('id' in reply) return pending.get(reply.id)?.(reply.envelope)
    if (!('request' in reply)) return
    const { request: asked } = reply
    if ('download' in asked) {
      requests.push('download')
      return downloads.push(asked.download.fileName)
    }
    requests.push(`pick ${asked.pick.kind}`)
    socket.send(JSON.stringify({ picked: asked.pick.id, ...(await choose(asked.pick.kind)) }))
  })
  const call = <T = unknown,>(method: string, input: unknown) =>
    new Promise<Envelope<T>>((resolve) => {
      const id = nextId++
      pending.set(id, resolve as (e: Envelope<unknown>) => void)
      socket.send(JSON.stringify({ id, method, input }))
    })
  // A page signs in before it works, as the app's does.
  await call('auth.signIn', { login: TEST_ADMIN.login, password: TEST_PASSWORD })
  return { socket, requests, downloads, call }
}

const uploadsLeft = () => readdir(uploadsDir(ws.dir)).catch((): string[] => [])

describe('a page’s ports: the bridge asks the page that made the call', () => {
  it('to choose scans: their uploads are attached in order, the refused listed, every copy deleted', async () => {
    const page = await openPage(async () => ({
      files: [
        { fileName: '询问笔录.pdf', path: await upload('询问笔录.pdf', readFileSync(join(requireFixtures(), 'rotation.pdf'))) },
        { fileName: '损坏.pdf', path: await upload('损坏.pdf', plainPdf().subarray(0, 120)) },
        { fileName: '传真卷宗.tif', tooLarge: true },
      ],
    }))
    const bystander = await openPage()
    const r = await page.call<{ attached: { document: { fileName: string } }[]; failed: { fileName: string; code: string; message: string }[] }>('documents.pickAndAttach', { caseId })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.attached.map((a) => a.document.fileName)).toEqual(['询问笔录.pdf'])
    expect(r.value.failed.map((f) => [f.fileName, f.code])).toEqual([
      ['损坏.pdf', 'file_broken'],
      ['传真卷宗.tif', 'upload_too_large'],
    ])
    expect(r.value.failed[1]?.message).toContain('传真卷宗.tif')
    expect(r.value.failed[1]?.message).toContain('1 GB')
    expect(page.requests).toEqual(['pick scans'])
    expect(bystander.requests).toEqual([])
    expect(await uploadsLeft()).toEqual([])
    page.socket.close()
    bystander.socket.close()
  })

  it('to download an export, which the bridge then serves', async () => {
    const page = await openPage()
    const r = await page.call<{ fileName: string; byteSize: number }>('settings.exportDiscretion', { template: true })
    if (!r.ok) throw new Error(r.error.message)
    expect(page.downloads).toEqual([r.value.fileName])
    const served = await http(`/exports/${encodeURIComponent(r.value.fileName)}`)
    expect(served.status).toBe(200)
    expect(served.body.length).toBe(r.value.byteSize)
    page.socket.close()
  })

  it('to choose one table: the first upload is read, any other deleted unread', async () => {
    const page = await openPage(async () => ({
      files: [
        { fileName: '调休.csv', path: await upload('调休.csv', Buffer.from('日期,类型,备注\n2026-09-27,上班,调休\n')) },
        { fileName: '另一个.csv', path: await upload('另一个.csv', Buffer.from('日期,类型,备注\n2026-09-28,上班,调休\n')) },
      ],
    }))
    const r = await page.call<{ added: number }>('calendar.importOverrides', {})
    expect(r).toMatchObject({ ok: true, value: { added: 1 } })
    expect(page.requests).toEqual(['pick table'])
    expect(await uploadsLeft()).toEqual([])
    page.socket.close()
  })

  it('and refuses an answer naming a file that is not an upload, deleting the uploads it named', async () => {
    const page = await openPage(async () => ({
      files: [
        { fileName: '询问笔录.pdf', path: await upload('询问笔录.pdf', plainPdf()) },
        { fileName: 'review-desk.sqlite', path: join(ws.dir, 'review-desk.sqlite') },
      ],
    }))
    const before = (await ws.call('documents.list', { caseId })).length
    expect(await page.call('documents.pickAndAttach', { caseId })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect((await ws.call('documents.list', { caseId })).length).toBe(before)
    expect(await uploadsLeft()).toEqual([])
    page.socket.close()
  })

  it('and says to click again when the browser would not open its chooser', async () => {
    const page = await openPage(async () => ({ files: [], expired: true }))
    const r = await page.call('imports.open', { target: 'cases' })
    expect(r).toMatchObject({ ok: false, error: { code: 'pick_expired' } })
    expect(!r.ok && r.error.message).toContain('再点一次')
    page.socket.close()
  })

  it('leaves no upload behind for an answer no call waits for, and closes a socket whose answer is malformed', async () => {
    const page = await openPage()
    page.socket.send(JSON.stringify({ picked: 999, files: [{ fileName: 'x.pdf', path: await upload('x.pdf', plainPdf()) }] }))
    await expect.poll(uploadsLeft, { timeout: 5000 }).toEqual([])
    const closed = new Promise<number>((resolve) => page.socket.once('close', resolve))
    page.socket.send(JSON.stringify({ picked: 1, files: 'all of them' }))
    expect(await closed).toBe(1007)
  })
})
