import { request } from 'node:http'
import { connect as tcp } from 'node:net'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Envelope } from '../../shared/contract/errors'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import { caseInput, openTestWorkspace, seedRegistry, TEST_ADMIN, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { requireFixtures } from '../support/paths'
import { httpTo } from '../support/http'
import { frame, hostileFrames, rawSocket } from '../support/ws-frames'
import { nth } from '../support/defined'

const TOKEN = 'test-token-0123456789'
let ws: TestWorkspace
let server: Server
let port: number

beforeAll(async () => {
  ws = await openTestWorkspace()
  await seedRegistry(ws)
  server = createBridge({ app: ws.app, token: TOKEN })
  port = await listen(server)
})
afterAll(async () => {
  server.close()
  await ws.close()
})

const http = (path: string, options: Parameters<typeof httpTo>[2] = {}) => httpTo(port, path, options)

/** Opens the bridge's socket as a page would; resolves when open, or with the refusal's status and body. */
function connect(headers: Record<string, string> = {}, token: string | null = TOKEN) {
  return new Promise<{ socket: WebSocket } | { status: number; body: string }>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/socket${token === null ? '' : `?token=${token}`}`, { headers })
    // A page signs in before it works, as the app's does.
    socket.once('open', () => void call(socket, 'auth.signIn', { login: TEST_ADMIN.login, password: TEST_PASSWORD }).then(() => resolve({ socket })))
    socket.once('unexpected-response', (_req, res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, body }))
    })
    socket.once('error', reject)
  })
}

let nextId = 1
/** One contract call on an open socket; resolves with its envelope. */
function call<T = unknown>(socket: WebSocket, method: string, input: unknown) {
  const id = nextId++
  return new Promise<Envelope<T>>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const reply = JSON.parse(data.toString())
      if (reply.id !== id) return
      socket.off('message', onMessage)
      resolve(reply.envelope)
    }
    socket.on('message', onMessage)
    socket.send(JSON.stringify({ id, method, input }))
  })
}

let page: WebSocket
beforeAll(async () => {
  const opened = await connect()
  if (!('socket' in opened)) throw new Error(`the socket was refused: ${opened.status}`)
  page = opened.socket
})
afterAll(() => page.close())
const api = <T = unknown,>(method: string, input: unknown) => call<T>(page, method, input)

describe('bridge', () => {
  it('answers a call on the socket with the ok envelope, each answer under its call\'s id', async () => {
    const [squads, missing] = await Promise.all([api('cases.squads', {}), api('cases.get', { id: 999_999 })])
    expect(squads).toMatchObject({ ok: true, value: [{ name: '夏阳街道中队' }, { name: '朱家角镇中队' }] })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('refuses the socket without the token or with a wrong one, with the error envelope', async () => {
    for (const token of [null, 'wrong-token-0123456789', `${TOKEN}x`]) {
      const r = await connect({}, token)
      expect(r).toMatchObject({ status: 401 })
      expect(JSON.parse((r as { body: string }).body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
  })

  it('refuses a foreign origin and a foreign host name, even with the token', async () => {
    const foreign = await connect({ Origin: 'http://evil.example' })
    expect(foreign).toMatchObject({ status: 403 })
    expect(JSON.parse((foreign as { body: string }).body)).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } })
    expect(await connect({ Host: `evil.example:${port}` })).toMatchObject({ status: 403 })
    const own = await connect({ Origin: `http://127.0.0.1:${port}` })
    expect('socket' in own).toBe(true)
    if ('socket' in own) own.socket.close()
  })

  it('validates input with the contract schema and says which field is wrong', async () => {
    const r = await api('cases.get', { id: 'seven' })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!r.ok && r.error.message).toContain('id')
    expect(await api('cases.nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('closes a socket that sends something other than a call, and the next socket works', async () => {
    const opened = await connect()
    if (!('socket' in opened)) throw new Error('refused')
    const closed = new Promise<number>((resolve) => opened.socket.once('close', resolve))
    opened.socket.send('{not json')
    expect(await closed).toBe(1007)
    expect(await api('cases.squads', {})).toMatchObject({ ok: true })
  })

  it('serves stored scans by SHA-256 with range requests, behind the token', async () => {
    const value = <T,>(envelope: Envelope<T>) => (envelope.ok ? envelope.value : expect.fail(envelope.error.message))
    const squad = nth(value(await api<{ id: number }[]>('cases.squads', {})), 0)
    const c = value(await api<{ id: number }>('cases.create', caseInput(squad.id)))
    const { document: attached } = value(await api<{ document: { sha256: string; byteSize: number } }>('documents.attach', { caseId: c.id, path: join(requireFixtures(), 'rotation.pdf') }))
    const full = await http(`/files/${attached.sha256}?token=${TOKEN}`)
    expect(full.status).toBe(200)
    expect(full.body.length).toBe(attached.byteSize)
    const part = await http(`/files/${attached.sha256}`, { headers: { Authorization: `Bearer ${TOKEN}`, Range: 'bytes=0-7' } })
    expect(part.status).toBe(206)
    expect(part.body.toString('latin1').startsWith('%PDF-')).toBe(true)
    expect(part.headers['content-range']).toBe(`bytes 0-7/${attached.byteSize}`)
    expect((await http(`/files/${attached.sha256}`)).status).toBe(401)
    expect((await http(`/files/${attached.sha256}?token=${TOKEN}`, { headers: { Host: `evil.example:${port}` } })).status).toBe(403)
    expect((await http(`/files/${'0'.repeat(64)}?token=${TOKEN}`)).status).toBe(404)
  })

  it('pushes progress events to the page on its socket', async () => {
    const received = new Promise<unknown>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(data.toString())
        if (!('progress' in reply)) return
        page.off('message', onMessage)
        resolve(reply.progress)
      }
      page.on('message', onMessage)
    })
    ws.app.ctx.progress({ task: 'workspace.loadDemo', done: 3, total: 120 })
    expect(await received).toEqual({ task: 'workspace.loadDemo', done: 3, total: 120 })
  })

  it('deletes a browser upload once the attach that used it has finished, attached or refused', async () => {
    const value = <T,>(envelope: Envelope<T>) => (envelope.ok ? envelope.value : expect.fail(envelope.error.message))
    const uploads = join(ws.app.ctx.paths.data, 'uploads')
    const upload = async (name: string, bytes: Buffer) => {
      const r = await http(`/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: bytes })
      expect(r.status).toBe(200)
      return (JSON.parse(r.body.toString()) as { value: { path: string } }).value.path
    }
    const squad = nth(value(await api<{ id: number }[]>('cases.squads', {})), 0)
    const c = value(await api<{ id: number }>('cases.create', caseInput(squad.id, { caseNumber: '沪城管执（上传）字〔2023〕第1号' })))

    const scan = await upload('询问笔录.pdf', readFileSync(join(requireFixtures(), 'rotation.pdf')))
    expect(await readdir(uploads)).toHaveLength(1)
    const attached = value(await api<{ document: { fileName: string } }>('documents.attach', { caseId: c.id, path: scan, fileName: '询问笔录.pdf' }))
    expect(attached.document.fileName).toBe('询问笔录.pdf')
    expect(await readdir(uploads)).toEqual([])

    const broken = await upload('损坏.pdf', Buffer.from('%PDF-1.7 not really a pdf'))
    const refused = await api('documents.attach', { caseId: c.id, path: broken, fileName: '损坏.pdf' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'file_broken' } })
    expect(await readdir(uploads)).toEqual([])

    // The spreadsheet imports read uploads too, and leave nothing behind either.
    const sheet = await upload('裁量基准.xlsx', Buffer.from('PK\u0003\u0004 not a workbook'))
    expect(await api('settings.importDiscretion', { path: sheet, fileName: '裁量基准.xlsx' })).toMatchObject({ ok: false, error: { code: 'import_invalid' } })
    const calendar = await upload('调休.csv', Buffer.from('日期,类型,备注\n2023-10-07,上班,调休\n'))
    expect(await api('calendar.importOverrides', { path: calendar, fileName: '调休.csv' })).toMatchObject({ ok: true })
    expect(await readdir(uploads)).toEqual([])
  })

  it('keeps a file given by its own path (a desktop pick) after attaching it', async () => {
    const value = <T,>(envelope: Envelope<T>) => (envelope.ok ? envelope.value : expect.fail(envelope.error.message))
    const own = join(ws.dir, 'own-scan.pdf')
    await writeFile(own, readFileSync(join(requireFixtures(), 'rotation.pdf')))
    const squad = nth(value(await api<{ id: number }[]>('cases.squads', {})), 0)
    const c = value(await api<{ id: number }>('cases.create', caseInput(squad.id, { caseNumber: '沪城管执（本机）字〔2023〕第2号' })))
    value(await api('documents.attach', { caseId: c.id, path: own }))
    expect(readFileSync(own).length).toBeGreaterThan(0)
  })

  it('sweeps uploads older than an hour when a bridge starts, and keeps fresh ones', async () => {
    const uploads = join(ws.app.ctx.paths.data, 'uploads')
    const stale = join(uploads, 'stale-upload')
    const fresh = join(uploads, 'fresh-upload')
    for (const dir of [stale, fresh]) {
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'a.pdf'), 'x')
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(stale, twoHoursAgo, twoHoursAgo)
    const other = createBridge({ app: ws.app, token: TOKEN })
    try {
      await expect.poll(() => readdir(uploads), { timeout: 5000 }).toEqual(['fresh-upload'])
    } finally {
      other.close()
    }
  })

  it('refuses an upload over the size limit with 413 and a message, declared or streamed, and keeps nothing', async () => {
    const LIMIT = 64 * 1024
    const small = createBridge({ app: ws.app, token: TOKEN, maxUploadBytes: LIMIT })
    const smallPort = await listen(small)
    const uploads = join(ws.app.ctx.paths.data, 'uploads')
    const before = await readdir(uploads).catch((): string[] => [])
    /** Posts `chunks`; with `declare` the length is sent up front, otherwise the body is chunked. */
    const post = (chunks: Buffer[], declare: boolean) =>
      new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
        const total = chunks.reduce((n, c) => n + c.length, 0)
        const headers: Record<string, string | number> = { Authorization: `Bearer ${TOKEN}` }
        if (declare) headers['Content-Length'] = total
        const req = request({ host: '127.0.0.1', port: smallPort, path: '/upload?name=big.pdf', method: 'POST', headers }, (res) => {
          let body = ''
          res.on('data', (c: Buffer) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
        })
        // The server may cut the connection after answering; the answer is what counts.
        req.on('error', (err) => setTimeout(() => reject(err), 1000))
        for (const c of chunks) req.write(c)
        req.end()
      })
    try {
      const ok = await post([Buffer.alloc(LIMIT, 1)], true)
      expect(ok.status).toBe(200)
      const declared = await post([Buffer.alloc(LIMIT + 1, 1)], true)
      expect(declared.status).toBe(413)
      expect(declared.headers.connection).toBe('close')
      const envelope = JSON.parse(declared.body)
      expect(envelope).toMatchObject({ ok: false, error: { code: 'upload_too_large' } })
      expect(envelope.error.message).toContain('big.pdf')
      expect(envelope.error.message).toContain('过大')
      const streamed = await post(Array.from({ length: 4 }, () => Buffer.alloc(LIMIT / 2, 1)), false)
      expect(streamed.status).toBe(413)
      // Only the accepted upload is left (the refused ones kept nothing).
      const after = (await readdir(uploads)).filter((d) => !before.includes(d))
      expect(after).toHaveLength(1)
    } finally {
      small.close()
    }
  })

  it('refuses to serve files outside the exports folder', async () => {
    const r = await http(`/exports/..%2F..%2Freview-desk.sqlite?token=${TOKEN}`)
    expect(r.status).not.toBe(200)
  })
})

/** What the server did with a raw socket: answered a call, closed it with a code, or dropped it. */
function outcomeOf(reply: Buffer): { kind: 'answered' } | { kind: 'closed'; code: number; reason: string } | { kind: 'dropped' } {
  if (reply.length < 2) return { kind: 'dropped' }
  const opcode = reply.readUInt8(0) & 0x0f
  const length = reply.readUInt8(1) & 0x7f
  if (opcode === 1) return { kind: 'answered' }
  if (opcode === 8) return { kind: 'closed', code: length >= 2 ? reply.readUInt16BE(2) : 1005, reason: reply.subarray(4, 2 + length).toString() }
  return { kind: 'dropped' }
}

/** Sends `bytes` on a fresh raw socket; gives up on a frame the server still waits for after `patience` ms. */
async function sendRaw(bytes: Buffer, patience = 300) {
  const socket = await rawSocket(port, `/socket?token=${TOKEN}`)
  const chunks: Buffer[] = []
  socket.on('data', (d: Buffer) => chunks.push(d))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.write(bytes)
  const timer = setTimeout(() => socket.end(), patience)
  await closed
  clearTimeout(timer)
  return outcomeOf(Buffer.concat(chunks))
}

/** Sends bytes as they are on a bare TCP connection; resolves with whatever came back. */
function rawHttp(bytes: Buffer | string) {
  return new Promise<string>((resolve) => {
    const socket = tcp(port, '127.0.0.1', () => socket.write(bytes))
    let answer = ''
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')))
    socket.on('error', () => {})
    socket.once('close', () => resolve(answer))
  })
}

describe('a bridge that bad input cannot stop', () => {
  it('closes a socket with the code of what was wrong with its frame', async () => {
    expect(await sendRaw(frame(1, Buffer.from('{"id":1}'), { mask: false }))).toMatchObject({ kind: 'closed', code: 1002 })
    expect(await sendRaw(frame(1, Buffer.from([0xc3, 0x28])))).toMatchObject({ kind: 'closed', code: 1007 })
    // Over the limit as soon as the header says so: the server does not wait for 10 MiB to arrive.
    expect(await sendRaw(frame(1, Buffer.alloc(0), { declared: 10n * 1024n * 1024n + 1n }))).toMatchObject({ kind: 'closed', code: 1009 })
    expect(await sendRaw(frame(1, Buffer.alloc(0), { declared: 2n ** 63n - 1n }))).toMatchObject({ kind: 'closed', code: 1009 })
    expect(await sendRaw(frame(1, Buffer.from('{not json')))).toEqual({ kind: 'closed', code: 1007, reason: 'malformed call: not JSON' })
    expect(await sendRaw(frame(1, Buffer.from('[1]')))).toEqual({ kind: 'closed', code: 1007, reason: 'malformed call: not an object' })
    expect(await sendRaw(frame(1, Buffer.from('{"id":"7","method":"cases.squads"}')))).toEqual({ kind: 'closed', code: 1007, reason: 'malformed call: no id' })
    const deep = `{"id":1,"method":"cases.squads","input":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(await sendRaw(frame(1, Buffer.from(deep)))).toEqual({ kind: 'closed', code: 1007, reason: 'malformed call: nested too deep' })
    // An id with a method that is not a name is answered, not dropped.
    expect(await sendRaw(frame(1, Buffer.from('{"id":7,"method":{"x":1}}')))).toEqual({ kind: 'answered' })
  })

  it('keeps serving after 300 hostile frame sequences, each on its own socket', async () => {
    const frames = hostileFrames(300)
    const outcomes: Record<string, number> = {}
    for (let i = 0; i < frames.length; i += 25) {
      const batch = await Promise.all(frames.slice(i, i + 25).map((bytes) => sendRaw(bytes)))
      for (const o of batch) {
        const key = o.kind === 'closed' ? `closed ${o.code}` : o.kind
        outcomes[key] = (outcomes[key] ?? 0) + 1
      }
    }
    console.log('hostile frame outcomes', outcomes)
    // Most are refused with a close code; random bytes may also look like the start of a frame still arriving.
    expect(Object.entries(outcomes).filter(([k]) => k.startsWith('closed')).reduce((n, [, v]) => n + v, 0)).toBeGreaterThan(200)
    expect(await api('cases.squads', {})).toMatchObject({ ok: true })
    const fresh = await connect()
    if (!('socket' in fresh)) throw new Error('the socket was refused after the hostile frames')
    expect(await call(fresh.socket, 'cases.squads', {})).toMatchObject({ ok: true })
    fresh.socket.close()
  })

  it('takes the largest legitimate call and closes a socket whose message is over the limit', async () => {
    const opened = await connect()
    if (!('socket' in opened)) throw new Error('refused')
    // rubrics.importJson's 2,000,000 characters, each 3 bytes in UTF-8: about 6 MB on the wire.
    const biggest = await call(opened.socket, 'rubrics.importJson', { json: JSON.stringify('案'.repeat(1_999_998)) })
    // Answered (it is no rubric) rather than cut off: the limit leaves room for it.
    expect(biggest).toMatchObject({ ok: false, error: { code: expect.any(String) } })
    expect(opened.socket.readyState).toBe(WebSocket.OPEN)
    const closed = new Promise<number>((resolve) => opened.socket.once('close', resolve))
    opened.socket.on('error', () => {}) // the client sees the close, not an answer
    opened.socket.send(JSON.stringify({ id: 1, method: 'cases.squads', input: { pad: 'x'.repeat(10 * 1024 * 1024) } }))
    expect(await closed).toBe(1009)
    expect(await api('cases.squads', {})).toMatchObject({ ok: true })
  })

  it('answers garbage, undecodable paths and odd ranges with 4xx, drops abandoned uploads, and keeps serving', async () => {
    const garbage = await rawHttp(Buffer.concat([Buffer.from('GET / HTTP/1.1\r\nHost: \u0000'), randomBytes(300), Buffer.from('\r\n\r\n')]))
    expect(garbage).toMatch(/^HTTP\/1\.1 400/)
    for (const target of ['http://[', 'http://a:b:c/', '//%']) {
      const answer = await rawHttp(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)
      expect(answer, target).toMatch(/^HTTP\/1\.1 400/)
    }
    expect((await http(`/exports/%E0%A4%A?token=${TOKEN}`)).status).toBe(400)

    const squad = nth(await ws.call('cases.squads', {}), 0)
    const c = await ws.call('cases.create', caseInput(squad.id, { caseNumber: '沪城管执（范围）字〔2023〕第3号' }))
    const { sha256 } = (await ws.call('documents.attach', { caseId: c.id, path: join(requireFixtures(), 'rotation.pdf') })).document
    for (const range of ['bytes=abc', 'bytes=5-2', 'bytes=-0', 'bytes=99999999999999999999999-', 'bytes=0-99999999999999999999999', 'bytes=0-1,4-5', 'bytes=--1', 'bytes=']) {
      const r = await http(`/files/${sha256}?token=${TOKEN}`, { headers: { Range: range } })
      expect([200, 206, 416], range).toContain(r.status)
    }

    const uploads = join(ws.app.ctx.paths.data, 'uploads')
    const before = await readdir(uploads).catch((): string[] => [])
    await Promise.all(
      Array.from({ length: 10 }, () =>
        new Promise<void>((resolve) => {
          const req = request({ host: '127.0.0.1', port, path: '/upload?name=cut.pdf', method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Length': 1_000_000 } })
          req.on('error', () => resolve())
          req.write(Buffer.alloc(64 * 1024, 7), () => setTimeout(() => req.destroy(), 20))
          req.on('close', () => resolve())
        }),
      ),
    )
    await expect.poll(() => readdir(uploads), { timeout: 5000 }).toEqual(before)
    expect(await api('cases.squads', {})).toMatchObject({ ok: true })
  })
})
