import { readFile, stat, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { isSealed } from '../../electron/backend/services/documents/sealed-file'
import { sha256Of, storedPath } from '../../electron/backend/services/documents/store'
import { DATABASE_FILE } from '../../electron/backend/services/data-folder'
import { openWorkspaceWithCase, readScan, TEST_ADMIN, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { RESOURCES_DIR, requireFixtures } from '../support/paths'
import { httpTo } from '../support/http'
import { plainPdf } from '../support/pdf-bytes'

const TOKEN = 'encryption-test-token'
const open: { close(): Promise<unknown> }[] = []
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close()
})

async function opened() {
  const made = await openWorkspaceWithCase()
  open.push(made.ws)
  return made
}

/** The workspace's folder opened again, as by a new process: signed out, holding no key. */
async function reopened(ws: TestWorkspace) {
  await ws.app.close()
  ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: RESOURCES_DIR })
  const caller = newCaller()
  const call = async (method: string, input: unknown) => {
    const r = await ws.app.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.code}`)
    return r.value as never
  }
  return { call, signIn: (login: string, password: string) => call('auth.signIn', { login, password }) }
}

async function bridgeOn(ws: TestWorkspace) {
  const server: Server = createBridge({ app: ws.app, token: TOKEN })
  const port = await listen(server)
  open.push({ close: () => new Promise((resolve) => server.close(resolve)) })
  return (path: string, headers: Record<string, string> = {}) => httpTo(port, `${path}?token=${TOKEN}`, { headers })
}

const isOwnerOnly = async (path: string, mode: number) => ((await stat(path)).mode & 0o777) === mode

describe('encryption at rest', () => {
  it('seals every stored scan, keeps the data folder the owner’s, and serves the plain bytes by range', async () => {
    const { ws, caseId } = await opened()
    const source = join(requireFixtures(), 'images.pdf')
    const plain = await readFile(source)
    const { document } = await ws.call('documents.attach', { caseId, path: source })
    const raw = await readFile(storedPath(ws.app.ctx.paths.files, document.sha256))
    expect(isSealed(raw)).toBe(true)
    expect(raw.includes(plain.subarray(0, 64))).toBe(false)
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false)
    expect(await readScan(ws, document.sha256)).toEqual(plain)
    if (process.platform !== 'win32') {
      expect(await isOwnerOnly(ws.dir, 0o700)).toBe(true)
      expect(await isOwnerOnly(join(ws.dir, DATABASE_FILE), 0o600)).toBe(true)
      expect(await isOwnerOnly(ws.app.ctx.paths.files, 0o700)).toBe(true)
      expect(await isOwnerOnly(storedPath(ws.app.ctx.paths.files, document.sha256), 0o400)).toBe(true)
    }

    const get = await bridgeOn(ws)
    const whole = await get(`/files/${document.sha256}`)
    expect(whole.status).toBe(200)
    expect(Buffer.compare(whole.body, plain)).toBe(0)
    // Across the first chunk boundary (64 KiB), and the very end.
    const across = await get(`/files/${document.sha256}`, { Range: 'bytes=65530-65545' })
    expect([across.status, across.headers['content-range']]).toEqual([206, `bytes 65530-65545/${plain.length}`])
    expect(across.body).toEqual(plain.subarray(65530, 65546))
    expect((await get(`/files/${document.sha256}`, { Range: 'bytes=-5' })).body).toEqual(plain.subarray(plain.length - 5))
  })

  it('opens the scans only once someone has signed in; each account’s password opens them, and follows a change and a reset', async () => {
    const { ws, caseId } = await opened()
    const path = join(ws.dir, 'scan.pdf')
    await writeFile(path, plainPdf())
    const { document } = await ws.call('documents.attach', { caseId, path })
    const reviewer = await ws.call('people.createReviewer', { name: '李强', role: 'reviewer', squadId: null, officerId: null })
    const account = await ws.call('accounts.create', { reviewerId: reviewer.id, name: null, login: 'liqiang', password: 'first-password', isAdmin: false })

    // A new process holds no key: the scan is refused in words until someone signs in.
    let app = await reopened(ws)
    const get = await bridgeOn(ws)
    const locked = await get(`/files/${document.sha256}`)
    expect(locked.status).toBe(403)
    expect(JSON.parse(locked.body.toString())).toMatchObject({ ok: false, error: { code: 'data_key_missing' } })
    await app.signIn('liqiang', 'first-password')
    expect((await get(`/files/${document.sha256}`)).body).toEqual(plainPdf())

    await app.call('auth.changePassword', { current: 'first-password', next: 'own-password-9' })
    app = await reopened(ws)
    await expect(app.signIn('liqiang', 'first-password')).rejects.toThrow(/sign_in_failed/)
    await app.signIn('liqiang', 'own-password-9')
    expect(await readScan(ws, document.sha256)).toEqual(plainPdf())

    app = await reopened(ws)
    await app.signIn(TEST_ADMIN.login, TEST_PASSWORD)
    await app.call('accounts.resetPassword', { accountId: account.id, password: 'reset-password-1' })
    app = await reopened(ws)
    await app.signIn('liqiang', 'reset-password-1')
    expect(await readScan(ws, document.sha256)).toEqual(plainPdf())
    // Every slot holds the same key, each under its own password.
    const slots = await ws.app.ctx.db.selectFrom('accounts').select('keySlot').execute()
    expect(slots.every((s) => s.keySlot?.startsWith('aes-256-gcm$'))).toBe(true)
    expect(new Set(slots.map((s) => s.keySlot)).size).toBe(slots.length)
  })

  it('seals, at the first sign-in, the scans of a workspace from before encryption', async () => {
    const { ws, caseId } = await opened()
    // As stored before the workspace had a key: plain bytes, and accounts without key slots.
    const bytes = plainPdf()
    const sha256 = sha256Of(bytes)
    const file = storedPath(ws.app.ctx.paths.files, sha256)
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, bytes)
    const at = new Date().toISOString()
    await ws.app.ctx.db.insertInto('files').values({ sha256, mime: 'application/pdf', byteSize: bytes.length, pageCount: 1, createdAt: at }).execute()
    await ws.app.ctx.db.insertInto('documents').values({ caseId, sha256, fileName: '旧扫描件.pdf', addedAt: at }).execute()
    await ws.app.ctx.db.updateTable('accounts').set({ keySlot: null }).execute()

    const app = await reopened(ws)
    await app.signIn(TEST_ADMIN.login, TEST_PASSWORD)
    await expect.poll(async () => isSealed(await readFile(file))).toBe(true)
    expect(await readScan(ws, sha256)).toEqual(bytes)
    expect((await ws.app.ctx.db.selectFrom('accounts').select('keySlot').executeTakeFirstOrThrow()).keySlot).toMatch(/^aes-256-gcm\$/)
  })
})
