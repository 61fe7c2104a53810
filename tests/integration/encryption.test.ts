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
import { caseInput, openWorkspaceWithCase, readScan, TEST_ADMIN, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { openReadOnly } from '../../electron/backend/db/read-only'
import { storedForm } from '../../electron/backend/db/open-values'
import { verifyAudit } from '../../electron/backend/services/audit/verify'
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

  it('seals party names in the cases and their audit rows, finds them through keyed tokens, and verifies without the key', async () => {
    const { ws, caseId } = await opened()
    const squadId = (await ws.call('cases.get', { id: caseId })).squadId
    await ws.call('cases.create', caseInput(squadId, { caseNumber: '青城管罚字〔2023〕第01002号', party: '张三丰', partyType: 'individual' }))
    await ws.call('cases.update', { id: caseId, fields: { ...caseInput(squadId), party: '上海某某渣土运输有限公司（更名）' } })

    expect((await ws.call('cases.get', { id: caseId })).party).toBe('上海某某渣土运输有限公司（更名）')
    const found = async (search: string) => (await ws.call('cases.list', { search })).items.map((c: { party: string }) => c.party)
    expect(await found('张三')).toEqual(['张三丰'])
    expect(await found('三')).toEqual(['张三丰'])
    expect(await found('渣土运输')).toEqual(['上海某某渣土运输有限公司（更名）'])
    expect(await found('三张')).toEqual([])
    expect(await found('01002')).toEqual(['张三丰'])
    const history = await ws.call('audit.history', { entity: 'case', entityId: String(caseId) })
    expect(history.at(-1)).toMatchObject({ action: 'case.update', after: { party: '上海某某渣土运输有限公司（更名）' } })

    // The folder as someone without a password finds it.
    await ws.app.close()
    const file = join(ws.dir, DATABASE_FILE)
    const onDisk = Buffer.concat([await readFile(file), await readFile(`${file}-wal`).catch(() => Buffer.alloc(0))])
    for (const name of ['渣土运输有限公司', '张三丰']) expect(onDisk.includes(Buffer.from(name))).toBe(false)
    const reader = await openReadOnly(file)
    try {
      const stored = await reader.db.selectFrom('cases').select(['party', 'partyTokens']).execute()
      expect(stored.every((c) => c.party.startsWith('enc1:') && /^ (\S+ )+$/.test(c.partyTokens ?? ''))).toBe(true)
      const sides = await reader.db.selectFrom('auditLog').select(['before', 'after']).where('entity', '=', 'case').execute()
      expect(sides.flatMap((r) => [r.before, r.after]).filter((v) => v !== null).every((v) => v!.startsWith('enc1:'))).toBe(true)
      // Checked as stored, without the key.
      expect(await verifyAudit(reader.db, ws.dir)).toMatchObject({ ok: true, entitiesChecked: expect.any(Number) })
    } finally {
      await reader.close()
    }
  })

  it('seals, at the first sign-in, the party names of cases written before encryption, each vouched for in the audit', async () => {
    const { ws, caseId } = await opened()
    // As stored before the workspace had a key.
    const plainCase = { ...(await ws.app.ctx.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow()), id: undefined }
    const { id: oldId } = await ws.app.ctx.db
      .insertInto('cases')
      .values({ ...plainCase, caseNumber: '青城管罚字〔2022〕第00001号', party: '李四', partyTokens: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await ws.app.ctx.db.updateTable('accounts').set({ keySlot: null }).execute()
    expect((await ws.call('audit.verify', {})).ok).toBe(true)

    const app = await reopened(ws)
    await app.signIn(TEST_ADMIN.login, TEST_PASSWORD)
    const storedParty = async () => (await storedForm(ws.app.ctx.db).selectFrom('cases').select('party').where('id', '=', oldId).executeTakeFirstOrThrow()).party
    await expect.poll(storedParty).toMatch(/^enc1:/)
    const sealRows = await ws.app.ctx.db.selectFrom('auditLog').select('entityId').where('action', '=', 'case.seal').execute()
    expect(sealRows).toEqual([{ entityId: String(oldId) }])
    expect(await app.call('audit.verify', {})).toMatchObject({ ok: true })
    expect((await app.call('cases.list', { search: '李四' })) as { items: { id: number }[] }).toMatchObject({ items: [{ id: oldId }] })
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
