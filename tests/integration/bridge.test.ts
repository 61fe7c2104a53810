import { request } from 'node:http'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBridge, listen } from '../../electron/bridge/server'
import { caseInput, openTestWorkspace, seedRegistry, type TestWorkspace } from '../support/workspace'
import { requireFixtures } from '../support/paths'

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

function http(path: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    if (options.body !== undefined) req.end(typeof options.body === 'string' ? options.body : JSON.stringify(options.body))
    else req.end()
  })
}

const api = (method: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) =>
  http(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
const json = (r: { body: Buffer }) => JSON.parse(r.body.toString('utf8'))

describe('HTTP bridge', () => {
  it('answers a valid call with the ok envelope', async () => {
    const r = await api('cases.squads', {})
    expect(r.status).toBe(200)
    expect(json(r)).toMatchObject({ ok: true, value: [{ name: '夏阳街道中队' }, { name: '朱家角镇中队' }] })
  })

  it('rejects a missing or wrong token with the error envelope', async () => {
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong-token-0123456789' }, { Authorization: `Bearer ${TOKEN}x` }]) {
      const r = await api('cases.squads', {}, headers)
      expect(r.status).toBe(401)
      expect(json(r)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
  })

  it('rejects a foreign origin and a foreign host name, even with the token', async () => {
    const foreign = await api('cases.squads', {}, { Authorization: `Bearer ${TOKEN}`, Origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    expect(json(foreign)).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } })
    const rebinding = await api('cases.squads', {}, { Authorization: `Bearer ${TOKEN}`, Host: `evil.example:${port}` })
    expect(rebinding.status).toBe(403)
    const own = await api('cases.squads', {}, { Authorization: `Bearer ${TOKEN}`, Origin: `http://127.0.0.1:${port}` })
    expect(own.status).toBe(200)
  })

  it('validates input with the contract schema and says which field is wrong', async () => {
    const r = await api('cases.get', { id: 'seven' })
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(json(r).error.message).toContain('id')
    expect(json(await api('cases.nope', {}))).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(json(await api('cases.get', '{not json'))).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('serves stored scans by SHA-256 with range requests, behind the token', async () => {
    const squad = json(await api('cases.squads', {})).value[0]
    const c = json(await api('cases.create', caseInput(squad.id))).value
    const attached = json(await api('documents.attach', { caseId: c.id, path: join(requireFixtures(), 'rotation.pdf') })).value.document
    const full = await http(`/files/${attached.sha256}?token=${TOKEN}`)
    expect(full.status).toBe(200)
    expect(full.body.length).toBe(attached.byteSize)
    const part = await http(`/files/${attached.sha256}`, { headers: { Authorization: `Bearer ${TOKEN}`, Range: 'bytes=0-7' } })
    expect(part.status).toBe(206)
    expect(part.body.toString('latin1').startsWith('%PDF-')).toBe(true)
    expect(part.headers['content-range']).toBe(`bytes 0-7/${attached.byteSize}`)
    expect((await http(`/files/${attached.sha256}`)).status).toBe(401)
    expect((await http(`/files/${'0'.repeat(64)}?token=${TOKEN}`)).status).toBe(404)
  })

  it('streams progress events to the page, behind the token', async () => {
    expect((await http('/events')).status).toBe(401)
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${TOKEN}` }, (res) => {
        let text = ''
        res.on('data', (chunk) => {
          text += chunk
          if (text.includes('event: progress') && text.endsWith('\n\n')) {
            req.destroy()
            resolve(text)
          }
        })
        ws.app.ctx.progress({ task: 'workspace.loadDemo', done: 3, total: 120 })
      })
      req.on('error', reject)
      req.end()
    })
    expect(await received).toContain('event: progress\ndata: {"task":"workspace.loadDemo","done":3,"total":120}')
  })

  it('refuses to serve files outside the exports folder', async () => {
    const r = await http(`/exports/..%2F..%2Freview-desk.sqlite?token=${TOKEN}`)
    expect(r.status).not.toBe(200)
  })
})
