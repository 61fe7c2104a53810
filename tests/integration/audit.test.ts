import { execFile } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import sqlite3 from 'sqlite3'
import { CamelCasePlugin, Kysely, sql } from 'kysely'
import { storedForm } from '../../electron/backend/db/open-values'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBackend, DATABASE_FILE } from '../../electron/backend/services/backend'
import { Sqlite3Dialect } from '../../electron/backend/db/driver'
import type { DB } from '../../electron/backend/db/schema'
import { auditRowHash, GENESIS_HASH } from '../../electron/backend/services/audit/log'
import { ANCHOR_FILE } from '../../electron/backend/services/audit/anchor'
import { evaluationsHandlers } from '../../electron/backend/services/evaluations/handlers'
import type { AuditReport } from '../../shared/contract/audit'
import { anchorText, auditReportText } from '../../shared/i18n/audit-report-text'
import { plainPdf } from '../support/pdf-bytes'
import { REPO_ROOT, RESOURCES_DIR } from '../support/paths'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, TEST_ADMIN, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { nth, only } from '../support/defined'

const run = promisify(execFile)

let ws: TestWorkspace
let caseId: number
let documentId: number
let evaluationId: number

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  const path = join(ws.dir, '案卷扫描件.pdf')
  await writeFile(path, plainPdf())
  documentId = (await ws.call('documents.attach', { caseId, path })).document.id
  const { assignmentIds } = await seedCampaign(ws, [caseId])
  evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S1.2', points: 1, reason: '超期立案' })
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S5.2', points: 4, reason: '无送达回证', documentId, page: 1, rect: { x: 0.1 + 0.02, y: 0.2, w: 0.3, h: 0.1 } })
  await ws.call('evaluations.submit', { evaluationId })
})
afterEach(() => ws.close())

const verify = () => ws.call('audit.verify', {})
/** Backups are an administrator's: the test workspace's own. */
const asAdmin = () => ws.call('auth.signIn', { login: TEST_ADMIN.login, password: TEST_PASSWORD })
const auditRows = () => ws.app.ctx.db.selectFrom('auditLog').selectAll().orderBy('id').execute()
/** Where the first deduction's row stands in the log (after the sign-ins, the case and its file). */
const FIRST_DEDUCTION = 4
const readAnchorFile = async () => JSON.parse(await readFile(join(ws.dir, ANCHOR_FILE), 'utf8')) as { rows: number; lastId: number; hash: string }

/** Closes the app (its anchor written on close), changes the database file as someone with a SQLite tool would, and opens the app again. */
async function tamperOffline(work: (db: Kysely<DB>) => Promise<unknown>) {
  await ws.app.close()
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(join(ws.dir, DATABASE_FILE), (err) => (err ? reject(err) : resolve(db)))
  })
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect(raw), plugins: [new CamelCasePlugin()] })
  await work(db)
  await db.destroy()
  ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: RESOURCES_DIR })
}

/** What a forger with the source code does: every row's link and hash computed again from the first. */
async function recomputeChain(db: Kysely<DB>) {
  let prevHash = GENESIS_HASH
  for (const row of await db.selectFrom('auditLog').selectAll().orderBy('id').execute()) {
    const hash = auditRowHash({ ...row, prevHash })
    await db.updateTable('auditLog').set({ prevHash, hash }).where('id', '=', row.id).execute()
    prevHash = hash
  }
}

const says = (report: AuditReport) => auditReportText(report, 'zh-CN')

describe('audit trail', () => {
  it("shows an evaluation's history with before and after, oldest first", async () => {
    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: evaluationId })
    expect(history.map((h) => h.action)).toEqual(['evaluation.deduct', 'evaluation.deduct', 'evaluation.submit'])
    expect(history[0]).toMatchObject({ actor: '王敏', before: { total: 100 }, after: { itemId: 'S1.2', points: 1, total: 99 } })
    expect(history[2]).toMatchObject({ before: { status: 'in_progress', total: 95 }, after: { status: 'submitted', total: 95 } })
  })

  it('verifies a clean workspace: chain, anchor and the data of every audited record', async () => {
    const rows = await auditRows()
    const report = await verify()
    // The case, the document, the evaluation and the two accounts that signed in are each compared with their last audited state.
    expect(nth(rows, FIRST_DEDUCTION).action).toBe('evaluation.deduct')
    expect(report).toEqual({ ok: true, rows: rows.length, entitiesChecked: 5, firstBrokenId: null, reason: null, entity: null, anchor: expect.anything() })
    expect(report.anchor).toMatchObject({ rows: rows.length, lastId: rows.at(-1)!.id, hash: rows.at(-1)!.hash })
    expect(await ws.call('audit.anchor', {})).toEqual(report.anchor)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.dataHash!))).toBe(true)
    expect(says(report)).toBe(`审计日志完整：共 ${rows.length} 条记录，5 项数据与各自最后一条审计记录一致。`)
    // A written-down anchor, as the meeting keeps it, is found in the log.
    const witness = { rows: rows.length, hash: rows.at(-1)!.hash.slice(0, 12) }
    expect((await ws.call('audit.verify', { witness })).ok).toBe(true)
    const wrong = await ws.call('audit.verify', { witness: { rows: rows.length - 1, hash: witness.hash } })
    expect(wrong).toMatchObject({ ok: false, reason: 'witness_mismatch', firstBrokenId: rows.at(-2)!.id })
  })

  it('names the first audit row someone edited behind the app', async () => {
    const rows = await auditRows()
    const forged = nth(rows, FIRST_DEDUCTION).after!.replace('"points":1', '"points":0.5')
    expect(forged).not.toBe(nth(rows, FIRST_DEDUCTION).after)
    await sql`UPDATE audit_log SET after = ${forged} WHERE id = ${nth(rows, FIRST_DEDUCTION).id}`.execute(ws.app.ctx.db)
    const report = await verify()
    expect(report).toMatchObject({ ok: false, rows: FIRST_DEDUCTION + 1, firstBrokenId: nth(rows, FIRST_DEDUCTION).id, reason: 'hash_mismatch' })
    expect(says(report)).toBe(`第 ${nth(rows, FIRST_DEDUCTION).id} 条审计记录被改动过（哈希不符）。`)
  })

  it('notices a deleted audit row by the broken link of the next', async () => {
    const rows = await auditRows()
    await sql`DELETE FROM audit_log WHERE id = ${nth(rows, FIRST_DEDUCTION - 1).id}`.execute(ws.app.ctx.db)
    const report = await verify()
    expect(report).toMatchObject({ ok: false, firstBrokenId: nth(rows, FIRST_DEDUCTION).id, reason: 'broken_link' })
    expect(says(report)).toContain(`第 ${nth(rows, FIRST_DEDUCTION).id} 条审计记录之前有记录被删除或插入`)
  })

  it('notices a data row deleted or edited outside the app, naming the record and its last audit row', async () => {
    const rows = await auditRows()
    const lastOf = (entity: string, id: number) => rows.filter((r) => r.entity === entity && r.entityId === String(id)).at(-1)!.id
    // A deduction deleted: the evaluation is no longer what its last audit row vouched for.
    await sql`DELETE FROM deductions WHERE item_id = 'S5.2'`.execute(ws.app.ctx.db)
    let report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'data_changed', firstBrokenId: lastOf('evaluation', evaluationId), entity: { entity: 'evaluation', entityId: String(evaluationId) } })
    expect(says(report)).toBe(`评查记录（编号 ${evaluationId}）的数据与第 ${lastOf('evaluation', evaluationId)} 条审计记录不符：在本程序之外被改动过。`)
    // The whole evaluation deleted.
    await sql`DELETE FROM evaluations WHERE id = ${evaluationId}`.execute(ws.app.ctx.db)
    report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'data_missing', entity: { entity: 'evaluation', entityId: String(evaluationId) } })
    expect(says(report)).toContain('已不存在，而第')
  })

  it('notices an edited case and a deleted document; the first in audit order is named', async () => {
    const { party } = await sql<{ party: string }>`SELECT party FROM cases WHERE id = ${caseId}`.execute(storedForm(ws.app.ctx.db)).then((r) => r.rows[0]!)
    await sql`UPDATE cases SET party = '另一个当事人' WHERE id = ${caseId}`.execute(ws.app.ctx.db)
    await sql`PRAGMA foreign_keys = OFF`.execute(ws.app.ctx.db)
    await sql`DELETE FROM documents WHERE id = ${documentId}`.execute(ws.app.ctx.db)
    await sql`PRAGMA foreign_keys = ON`.execute(ws.app.ctx.db)
    expect(await verify()).toMatchObject({ ok: false, reason: 'data_changed', entity: { entity: 'case', entityId: String(caseId) } })
    // Put back as it was stored (sealed).
    await sql`UPDATE cases SET party = ${party} WHERE id = ${caseId}`.execute(ws.app.ctx.db)
    const report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'data_missing', entity: { entity: 'document', entityId: String(documentId) } })
    expect(says(report)).toContain(`案卷文件（编号 ${documentId}）已不存在`)
  })

  it('notices newest rows cut off while the app was closed, and keeps the anchor that shows it', async () => {
    const rows = await auditRows()
    const anchored = await tamperOffline(async (db) => {
      await db.deleteFrom('auditLog').where('id', '>', nth(rows, -3).id).execute()
    }).then(readAnchorFile)
    expect(anchored).toMatchObject({ rows: rows.length, lastId: rows.at(-1)!.id })
    const report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'truncated', rows: rows.length - 2, firstBrokenId: null })
    expect(says(report)).toBe(`审计日志最新的记录被截去：锚点记到第 ${rows.length} 条（编号 ${rows.at(-1)!.id}），日志现只有 ${rows.length - 2} 条。`)
    // New changes do not move the anchor off the evidence.
    await ws.call('evaluations.reopen', { evaluationId, reason: '复核后退回', changeId: crypto.randomUUID() })
    expect(await verify()).toMatchObject({ ok: false, reason: 'truncated' })
    expect(await readAnchorFile()).toEqual(expect.objectContaining(anchored))
  })

  it('notices a chain recomputed from the first row after an edit', async () => {
    const rows = await auditRows()
    await tamperOffline(async (db) => {
      const forged = nth(rows, FIRST_DEDUCTION).after!.replace('"points":1', '"points":0.5')
      expect(forged).not.toBe(nth(rows, FIRST_DEDUCTION).after)
      await db.updateTable('auditLog').set({ after: forged }).where('id', '=', nth(rows, FIRST_DEDUCTION).id).execute()
      await recomputeChain(db)
    })
    const report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'rewritten', firstBrokenId: rows.at(-1)!.id, rows: rows.length })
    expect(says(report)).toBe(`审计日志被重写：锚点所记第 ${rows.length} 条（编号 ${rows.at(-1)!.id}）的哈希已不符，哈希链被重新计算过。`)
  })

  it('notices an emptied log', async () => {
    const rows = await auditRows()
    await tamperOffline((db) => db.deleteFrom('auditLog').execute())
    const report = await verify()
    expect(report).toMatchObject({ ok: false, reason: 'emptied', rows: 0 })
    expect(says(report)).toBe(`审计日志被清空：锚点记有 ${rows.length} 条记录，日志中一条也没有。`)
  })

  it('notices an anchor file altered beside the database, and a written-down anchor shows rows cut off with it', async () => {
    const rows = await auditRows()
    await tamperOffline(() => writeFile(join(ws.dir, ANCHOR_FILE), '{"rows": "many"}'))
    expect(await verify()).toMatchObject({ ok: false, reason: 'anchor_unreadable' })
    expect(await readFile(join(ws.dir, ANCHOR_FILE), 'utf8')).toBe('{"rows": "many"}')
    // Anchor deleted and rows cut off together: the anchor made again at opening cannot tell (the
    // evaluation's data still shows it), the one written down at the meeting can.
    await tamperOffline(async (db) => {
      await rm(join(ws.dir, ANCHOR_FILE))
      await db.deleteFrom('auditLog').where('id', '>', nth(rows, FIRST_DEDUCTION).id).execute()
    })
    expect(await verify()).toMatchObject({ ok: false, reason: 'data_changed', entity: { entity: 'evaluation' }, anchor: { rows: FIRST_DEDUCTION + 1, lastId: nth(rows, FIRST_DEDUCTION).id } })
    const witness = { rows: rows.length, hash: rows.at(-1)!.hash.slice(0, 8) }
    const report = await ws.call('audit.verify', { witness })
    expect(report).toMatchObject({ ok: false, reason: 'witness_mismatch' })
    expect(auditReportText(report, 'zh-CN', witness)).toBe(`记下的锚点（第 ${rows.length} 条，哈希 ${witness.hash}…）与审计日志不符。`)
  })

  it('hashes any string as SQLite stores it: a lone surrogate that got past the contract still verifies', async () => {
    await ws.call('evaluations.reopen', { evaluationId, reason: '复核' })
    // Straight to the handler, as an older version or a script would: the contract refuses this input.
    const input = { evaluationId, itemId: 'S2.1', optionId: null, points: 1, reason: '证据\uD800不足', documentId: null, page: null, rect: null }
    const lead = { accountId: 0, login: 'script', name: '王敏', reviewerId: null, role: 'lead' as const, isAdmin: false, mustChangePassword: false }
    await evaluationsHandlers['evaluations.addDeduction']({ ...ws.app.ctx, actor: lead }, input as never)
    const stored = await ws.app.ctx.db.selectFrom('deductions').select('reason').where('itemId', '=', 'S2.1').executeTakeFirstOrThrow()
    expect(stored.reason).toBe('证据\uFFFD不足')
    expect(await verify()).toMatchObject({ ok: true })
  })

  it('refuses a lone surrogate at the contract, in names and in free text', async () => {
    const squadId = (await ws.call('cases.get', { id: caseId })).squadId
    const name = await ws.fail('cases.create', caseInput(squadId, { caseNumber: '青城管罚字〔2023〕第01002号', party: '当事人\uDC00' }))
    expect(name).toMatchObject({ code: 'invalid_input' })
    expect(name.message).toContain('surrogate')
    const reason = await ws.fail('evaluations.reopen', { evaluationId, reason: '\uD83D理由' })
    expect(reason.message).toContain('surrogate')
    // A whole character made of two surrogates is a character like any other.
    expect((await ws.call('cases.create', caseInput(squadId, { caseNumber: '青城管罚字〔2023〕第01003号', party: '当事人😀' }))).party).toBe('当事人😀')
  })

  it('keeps verifying through changes that take other records with them', async () => {
    await ws.call('evaluations.reopen', { evaluationId, reason: '复核证据' })
    const { deductions } = await ws.call('evaluations.open', { assignmentId: (await ws.app.ctx.db.selectFrom('evaluations').select('assignmentId').where('id', '=', evaluationId).executeTakeFirstOrThrow()).assignmentId })
    const marked = deductions.find((d) => d.itemId === 'S1.2')!
    await ws.call('typical.mark', { target: { type: 'deduction', deductionId: marked.id }, kind: 'bad', note: '立案超期' })
    // The deduction goes, and its typical mark with it; the evidence on the document is cleared when it is detached.
    await ws.call('evaluations.removeDeduction', { evaluationId, deductionId: marked.id })
    await ws.call('documents.detach', { id: documentId })
    const report = await verify()
    expect(report).toMatchObject({ ok: true, reason: null })
    const actions = (await auditRows()).map((r) => r.action)
    expect(actions).toEqual(expect.arrayContaining(['typical.remove_with_target', 'evaluation.evidence_detached', 'document.detach']))
  })

  it('backups carry the anchor of their copy; a restore puts it in place and keeps the one it replaces', async () => {
    await asAdmin()
    const backup = await ws.call('backups.run', {})
    const { folder } = await ws.call('backups.overview', {})
    const carried = JSON.parse(await readFile(join(folder, backup.name, ANCHOR_FILE), 'utf8')) as { rows: number; lastId: number; hash: string }
    const rows = await auditRows()
    // The copy was taken before its own backup.create row was appended.
    expect(rows.at(-1)!.action).toBe('backup.create')
    expect(carried).toMatchObject({ rows: rows.length - 1, lastId: rows.at(-2)!.id, hash: rows.at(-2)!.hash })
    await ws.call('evaluations.reopen', { evaluationId, reason: '复核' })
    const replaced = await ws.call('audit.anchor', {})

    await ws.call('backups.restore', { name: backup.name })
    const report = await verify()
    expect(report).toMatchObject({ ok: true })
    // The restored log continues from the carried anchor (the restore itself is its newest row).
    const restored = await auditRows()
    expect(restored.at(-1)!.action).toBe('backup.restore')
    expect(restored[carried.rows - 1]).toMatchObject({ id: carried.lastId, hash: carried.hash })
    expect(report.anchor).toMatchObject({ rows: restored.length, lastId: restored.at(-1)!.id })
    const kept = (await readdir(ws.dir)).filter((f) => f.startsWith('audit-anchor.before-restore '))
    expect(kept).toHaveLength(1)
    expect(JSON.parse(await readFile(join(ws.dir, only(kept)), 'utf8'))).toEqual(replaced)
  })

  it('refuses to restore a backup whose log no longer ends on the anchor it carries', async () => {
    await asAdmin()
    const backup = await ws.call('backups.run', {})
    const { folder } = await ws.call('backups.overview', {})
    const file = join(folder, backup.name, ANCHOR_FILE)
    const carried = JSON.parse(await readFile(file, 'utf8')) as { rows: number }
    await writeFile(file, JSON.stringify({ ...carried, rows: carried.rows + 5 }))
    const refused = await ws.fail('backups.restore', { name: backup.name })
    expect(refused.code).toBe('backup_damaged')
    expect(refused.message).toContain('anchor')
    expect(await verify()).toMatchObject({ ok: true })
  })

  it('audit:verify checks a closed workspace read-only, and a written-down anchor', async () => {
    const rows = await auditRows()
    await ws.app.close()
    const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'electron/backend/services/audit/verify-cli.ts'), ws.dir, ...args], { cwd: REPO_ROOT })
    const good = await cli('--anchor', `${rows.length}:${rows.at(-1)!.hash.slice(0, 8)}`)
    expect(good.stdout).toContain(`审计日志完整：共 ${rows.length} 条记录`)
    expect(good.stdout).toContain(anchorText({ rows: rows.length, lastId: rows.at(-1)!.id, hash: rows.at(-1)!.hash, at: '' }, 'zh-CN'))
    ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: RESOURCES_DIR })
    await tamperOffline((db) => db.deleteFrom('auditLog').where('id', '=', rows.at(-1)!.id).execute())
    await ws.app.close()
    const bad = await cli().then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    )
    expect(bad?.code).toBe(1)
    expect(bad?.stderr).toContain('审计日志最新的记录被截去')
    expect(bad?.stderr).toContain('The newest audit rows were cut off')
    ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: RESOURCES_DIR })
  })
})
