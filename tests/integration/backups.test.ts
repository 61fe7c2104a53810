import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openBackend, DATABASE_FILE, type Backend, type OpenBackendOptions } from '../../electron/backend/services/backend'
import { checkDatabaseFile } from '../../electron/backend/db/backup'
import { openReadOnly } from '../../electron/backend/db/read-only'
import { verifyAuditChain } from '../../electron/backend/services/audit/verify'
import { storedPath } from '../../electron/backend/services/documents/store'
import { BACKUP_FILES_DIR, backupDatabasePath } from '../../electron/backend/services/backups/catalog'
import { MARKER_FILE } from '../../electron/backend/services/data-folder'
import type { Contract, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import type { AppErrorShape } from '../../shared/contract/errors'
import { buildPdf } from '../support/pdf-bytes'
import { damagePages } from '../support/damage'
import { REPO_ROOT, RESOURCES_DIR } from '../support/paths'
import { caseInput, readScan, TEST_PASSWORD } from '../support/workspace'
import { sha256Of } from '../../electron/backend/services/documents/store'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { nth, only } from '../support/defined'

const run = promisify(execFile)
const dirs: string[] = []
const apps: Backend[] = []
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close().catch(() => {})
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function tempDir(prefix = 'review-desk-backups-') {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

async function open(dataDir: string, options: Partial<OpenBackendOptions> = {}) {
  const app = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR, ...options })
  apps.push(app)
  // One window on this opening: signed in by the empty start, as a person would be.
  const caller = newCaller()
  const call = async <M extends MethodName>(method: M, input: InputOf<Contract, M>): Promise<OutputOf<Contract, M>> => {
    const r = await app.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value as never
  }
  const fail = async (method: MethodName, input: unknown): Promise<AppErrorShape> => {
    const r = await app.dispatch(method, input, caller)
    if (r.ok) throw new Error(`${method} was expected to fail`)
    return r.error
  }
  const close = async () => {
    apps.splice(apps.indexOf(app), 1)
    await app.close()
  }
  const dispatch = (method: string, input: unknown) => app.dispatch(method, input, caller)
  // A reopened workspace signs its window in again as its administrator (refused, and harmless, before the first start).
  await dispatch('auth.signIn', { login: 'wangmin', password: TEST_PASSWORD })
  return { app, call, fail, dispatch, close }
}
type Opened = Awaited<ReturnType<typeof open>>

/** An empty start with 王敏 as lead, and the first squad's id for new cases. */
async function startWorkspace(w: Opened) {
  await w.call('workspace.startEmpty', { reviewerName: '王敏', login: 'wangmin', password: TEST_PASSWORD })
  // These tests move the clock by days between calls: no idle lock.
  await w.call('auth.setIdleLock', { minutes: 0 })
  return nth(await w.call('cases.squads', {}), 0).id
}

const caseNumber = (n: number) => `青城管罚字〔2024〕第${String(n).padStart(5, '0')}号`
const addCase = (w: Opened, squadId: number, n: number) => w.call('cases.create', caseInput(squadId, { caseNumber: caseNumber(n) }))

async function casesIn(file: string): Promise<string[]> {
  const reader = await openReadOnly(file)
  try {
    return (await reader.db.selectFrom('cases').select('caseNumber').orderBy('caseNumber').execute()).map((r) => r.caseNumber)
  } finally {
    await reader.close()
  }
}

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')

/** A one-page PDF of its own size, so each has its own SHA-256 in the store. */
async function scan(dir: string, n: number) {
  const path = join(dir, `scan-${n}.pdf`)
  await writeFile(path, buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${200 + n} 300] >>`]))
  return path
}

describe('writing backups', () => {
  it('copies a consistent database while calls keep being answered and writing goes on', async () => {
    const dir = await tempDir()
    const w = await open(dir, { backupPagesPerStep: 2 })
    const squadId = await startWorkspace(w)
    // About 3 MB of settings rows: enough pages that the backup takes many chunks.
    await w.app.ctx.db
      .insertInto('settings')
      .values(Array.from({ length: 1500 }, (_, i) => ({ key: `filler.${i}`, value: 'x'.repeat(2000) })))
      .execute()
    for (let n = 1; n <= 5; n++) await addCase(w, squadId, n)

    const written: string[] = []
    let backupDone = false
    const backup = w.call('backups.run', {}).finally(() => (backupDone = true))
    let n = 100
    // Writes through the same services while the backup runs: each answered between chunks.
    while (!backupDone) written.push((await addCase(w, squadId, n++)).caseNumber)
    const info = await backup
    expect(written.length).toBeGreaterThan(5)
    expect(info).toMatchObject({ reason: 'manual', verified: true, scanCount: 0, scansMissing: 0 })
    const copy = backupDatabasePath(join(dir, 'backups'), info.name)
    expect(await checkDatabaseFile(copy, 'integrity')).toEqual([])
    // Consistent: the five cases before, then a prefix of those written during the backup, and the
    // audit chain in the copy matches its data.
    const inCopy = await casesIn(copy)
    const during = inCopy.filter((c) => !/第0000[1-5]号$/.test(c))
    expect(inCopy.length - during.length).toBe(5)
    expect(during).toEqual(written.slice(0, during.length).sort())
    const reader = await openReadOnly(copy)
    expect((await verifyAuditChain(reader.db)).ok).toBe(true)
    const audited = await reader.db.selectFrom('auditLog').select('entityId').where('action', '=', 'case.create').execute()
    expect(audited.length).toBe(inCopy.length)
    // One self-contained file, readable from a read-only drive without WAL side files.
    expect(await reader.all<{ journalMode: string }>('PRAGMA journal_mode')).toEqual([{ journalMode: 'delete' }])
    await reader.close()
    // The backup itself is in the audit log, after it.
    const entry = await w.app.ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'backup.create').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ actor: '王敏', entityId: info.name })
  })

  it('copies only the scans the backup folder does not have yet', async () => {
    const dir = await tempDir()
    const folder = join(await tempDir('review-desk-usb-'), 'backups')
    const w = await open(dir)
    const squadId = await startWorkspace(w)
    await mkdir(folder)
    await w.call('backups.configure', { folder, keepDays: 14 })
    const caseId = (await addCase(w, squadId, 1)).id
    const first = await w.call('documents.attach', { caseId, path: await scan(dir, 1) })
    const one = await w.call('backups.run', {})
    expect(one).toMatchObject({ scanCount: 1, scansMissing: 0 })
    const firstCopy = storedPath(join(folder, BACKUP_FILES_DIR), first.document.sha256)
    const before = await stat(firstCopy)
    const second = await w.call('documents.attach', { caseId, path: await scan(dir, 2) })
    const two = await w.call('backups.run', {})
    expect(two).toMatchObject({ scanCount: 2, scansMissing: 0 })
    // The first scan was not copied again; the second is there, byte for byte.
    const after = await stat(firstCopy)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect(sha256Of(await readScan(w, second.document.sha256, join(folder, BACKUP_FILES_DIR)))).toBe(second.document.sha256)
    // Listed in the chosen folder; of one day's backups the newest is kept.
    const overview = await w.call('backups.overview', {})
    expect(overview).toMatchObject({ folder, keepDays: 14, lastBackupAt: two.createdAt })
    expect(overview.backups.map((b) => b.name)).toEqual([two.name])

    // The drive unplugged: said so, and nothing is written where it was mounted.
    await rm(folder, { recursive: true, force: true })
    expect((await w.call('backups.overview', {})).folderProblem).toBe('ENOENT')
    const gone = await w.fail('backups.run', {})
    expect(gone.code).toBe('backup_folder_unusable')
    expect(gone.message).toContain(folder)
    expect(await stat(folder).then(() => true, () => false)).toBe(false)
    expect((await w.fail('backups.configure', { folder: join(folder, 'elsewhere'), keepDays: 14 })).code).toBe('backup_folder_unusable')
    expect((await w.fail('backups.configure', { folder: 'relative/path', keepDays: 14 })).code).toBe('invalid_input')
  })

  it('keeps the newest backup of each of the last days, and every one written before a campaign closed', async () => {
    const dir = await tempDir()
    let clock = new Date(2024, 2, 1, 18, 0, 0)
    const w = await open(dir, { now: () => clock })
    const squadId = await startWorkspace(w)
    await w.call('backups.configure', { folder: null, keepDays: 3 })
    const names: string[] = []
    for (let day = 1; day <= 5; day++) {
      for (const hour of [9, 17]) {
        clock = new Date(2024, 2, day, hour, 0, 0)
        names.push((await w.call('backups.run', {})).name)
      }
      if (day === 2) {
        // A campaign in progress, closed by the lead on day 2 at 18:00.
        clock = new Date(2024, 2, 2, 18, 0, 0)
        const rubric = await w.app.ctx.db.selectFrom('rubrics').select('id').executeTakeFirstOrThrow()
        const campaign = await w.app.ctx.db
          .insertInto('campaigns')
          .values({ name: '2024年3月抽查', kind: 'monthly', rubricId: rubric.id, startsOn: '2024-03-01', endsOn: '2024-03-31', createdAt: clock.toISOString(), status: 'in_progress' })
          .returning('id')
          .executeTakeFirstOrThrow()
        await addCase(w, squadId, day)
        await w.call('campaigns.close', { campaignId: campaign.id })
      }
    }
    const kept = (await w.call('backups.overview', {})).backups
    expect(kept.map((b) => `${b.name} ${b.reason}`)).toEqual([
      '2024-03-05_17-00-00 manual',
      '2024-03-04_17-00-00 manual',
      '2024-03-03_17-00-00 manual',
      '2024-03-02_18-00-00 campaign_close',
    ])
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual(kept.map((b) => b.name).sort())
    // The campaign-close backup holds the workspace as it was before the close.
    const before = await openReadOnly(backupDatabasePath(join(dir, 'backups'), '2024-03-02_18-00-00'))
    expect((await before.db.selectFrom('campaigns').select('status').executeTakeFirstOrThrow()).status).toBe('in_progress')
    await before.close()
  })

  it('runs daily when the newest backup is a day old, and on closing the app', async () => {
    const dir = await tempDir()
    let clock = new Date(2024, 4, 6, 8, 0, 0)
    const first = await open(dir, { now: () => clock })
    await startWorkspace(first)
    await first.close()
    const backupsIn = async () => {
      const reader = await openReadOnly(join(dir, DATABASE_FILE))
      const rows = await reader.db.selectFrom('auditLog').select(['entityId', 'after']).where('action', '=', 'backup.create').orderBy('id').execute()
      await reader.close()
      return rows.map((r) => `${r.entityId} ${JSON.parse(r.after!).reason}`)
    }
    // No backup yet: one is written shortly after opening, another on closing.
    const scheduled = await open(dir, { now: () => clock, scheduleBackups: { firstLookMs: 50 } })
    for (let i = 0; i < 100 && (await scheduled.call('backups.overview', {})).backups.length === 0; i++) await new Promise((r) => setTimeout(r, 50))
    clock = new Date(2024, 4, 6, 17, 30, 0)
    await scheduled.close()
    expect(await backupsIn()).toEqual(['2024-05-06_08-00-00 daily', '2024-05-06_17-30-00 close'])
    // The next morning the newest is less than a day old: none on opening, one on closing.
    clock = new Date(2024, 4, 7, 9, 0, 0)
    const nextDay = await open(dir, { now: () => clock, scheduleBackups: { firstLookMs: 50 } })
    await new Promise((r) => setTimeout(r, 500))
    await nextDay.close()
    expect(await backupsIn()).toEqual(['2024-05-06_08-00-00 daily', '2024-05-06_17-30-00 close', '2024-05-07_09-00-00 close'])
  })

  it('is the administrator’s to run, configure and restore', async () => {
    const dir = await tempDir()
    const w = await open(dir)
    await startWorkspace(w)
    const reviewer = await w.call('people.createReviewer', { name: '李强', role: 'lead' })
    await w.call('accounts.create', { reviewerId: reviewer.id, login: 'liqiang', password: 'initial-pass', isAdmin: false })
    await w.call('auth.signOut', {})
    await w.call('auth.signIn', { login: 'liqiang', password: 'initial-pass' })
    await w.call('auth.changePassword', { current: 'initial-pass', next: TEST_PASSWORD })
    expect((await w.fail('backups.run', {})).code).toBe('admin_only')
    expect((await w.fail('backups.configure', { folder: null, keepDays: 7 })).code).toBe('admin_only')
    expect((await w.fail('backups.restore', { name: '2024-03-05_17-00-00' })).code).toBe('admin_only')
    expect((await w.call('backups.overview', {})).backups).toEqual([])
  })
})

describe('opening a damaged or missing database', () => {
  /** A workspace with cases 1–3 backed up, then case 4 written after the backup; closed. */
  async function backedUpWorkspace() {
    const dir = await tempDir()
    const w = await open(dir)
    const squadId = await startWorkspace(w)
    for (let n = 1; n <= 3; n++) await addCase(w, squadId, n)
    const backup = await w.call('backups.run', {})
    await addCase(w, squadId, 4)
    await w.close()
    return { dir, backup, file: join(dir, DATABASE_FILE) }
  }

  it('finds interior pages overwritten with junk with quick_check, and never writes to that file', async () => {
    const { dir, file } = await backedUpWorkspace()
    const copy = join(dir, 'copy.sqlite')
    await copyFile(file, copy)
    expect(await checkDatabaseFile(copy, 'quick')).toEqual([])
    await damagePages(copy)
    expect((await checkDatabaseFile(copy, 'quick')).length).toBeGreaterThan(0)

    await damagePages(file)
    const damaged = await sha(file)
    const w = await open(dir)
    expect(w.app.health()).toMatchObject({ state: 'recovery', reason: 'damaged', dataFolder: dir })
    // Every method but the recovery screen's is refused, and nothing reaches the file.
    for (const [method, input] of [
      ['workspace.status', {}],
      ['cases.create', caseInput(1, { caseNumber: caseNumber(9) })],
      ['workspace.setLocale', { locale: 'en' }],
      ['backups.run', {}],
    ] as const) {
      const error = await w.fail(method, input)
      expect(error.code).toBe('workspace_recovery')
      expect(error.message).toContain('从备份恢复')
    }
    expect(await w.app.ctx.db.selectFrom('cases').selectAll().execute().catch((e: { code: string }) => e.code)).toBe('workspace_recovery')
    expect(await w.call('backups.health', {})).toMatchObject({ state: 'recovery', reason: 'damaged' })
    await w.close()
    expect(await sha(file)).toBe(damaged)
  })

  it('restores the latest backup: everything up to it is back, the damaged file is kept aside', async () => {
    const { dir, backup, file } = await backedUpWorkspace()
    await damagePages(file)
    const damaged = await sha(file)
    const w = await open(dir)
    const overview = await w.call('backups.overview', {})
    expect(overview.backups.map((b) => b.name)).toEqual([backup.name])
    const result = await w.call('backups.restore', { name: backup.name })
    expect(result.restored).toBe(backup.name)
    expect(result.previousDatabase).toMatch(/^review-desk\.before-restore .+\.sqlite$/)
    // Open again behind the same dispatch: the cases up to the backup, not the one after it. The
    // window was never signed in (accounts live in the database that could not be read): now it is.
    expect(w.app.health()).toEqual({ state: 'open' })
    await w.dispatch('auth.signIn', { login: 'wangmin', password: TEST_PASSWORD })
    const cases = await w.call('cases.list', {})
    expect(cases.items.map((c) => c.caseNumber).sort()).toEqual([1, 2, 3].map(caseNumber))
    expect(await sha(join(dir, result.previousDatabase!))).toBe(damaged)
    const restoreDirs = await readdir(join(dir, 'restores'))
    expect(restoreDirs).toHaveLength(1)
    // The restore is audited in the restored database, whose chain still verifies.
    const entry = await w.app.ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'backup.restore').executeTakeFirstOrThrow()
    expect(JSON.parse(entry.before!)).toEqual({ database: result.previousDatabase, state: 'damaged' })
    expect((await w.call('audit.verify', {})).ok).toBe(true)
    // And it keeps working: a new case is saved.
    const squadId = nth(await w.call('cases.squads', {}), 0).id
    await addCase(w, squadId, 5)
    await w.close()
    expect(await casesIn(file)).toEqual([1, 2, 3, 5].map(caseNumber))
  })

  it('restores from the settings page while open: the services reopen on the backup', async () => {
    const dir = await tempDir()
    const w = await open(dir)
    const squadId = await startWorkspace(w)
    await addCase(w, squadId, 1)
    const caseId = (await addCase(w, squadId, 2)).id
    const sha256 = (await w.call('documents.attach', { caseId, path: await scan(dir, 1) })).document.sha256
    const backup = await w.call('backups.run', {})
    await addCase(w, squadId, 3)
    const result = await w.call('backups.restore', { name: backup.name })
    expect(result.previousDatabase).not.toBeNull()
    const cases = await w.call('cases.list', {})
    expect(cases.items.map((c) => c.caseNumber).sort()).toEqual([1, 2].map(caseNumber))
    expect((await w.call('documents.list', { caseId })).map((d) => d.sha256)).toEqual([sha256])
    // The key this opening holds still opens the restored scans: a backup of this workspace has the same key.
    expect(sha256Of(await readScan(w, sha256))).toBe(sha256)
    // The replaced database is still there, with case 3 in it.
    expect(await casesIn(join(dir, result.previousDatabase!))).toEqual([1, 2, 3].map(caseNumber))
  })

  it('refuses a backup that fails its check, and changes nothing', async () => {
    const { dir, backup, file } = await backedUpWorkspace()
    await damagePages(backupDatabasePath(join(dir, 'backups'), backup.name))
    const before = await casesIn(file)
    const w = await open(dir)
    expect(w.app.health()).toEqual({ state: 'open' })
    const error = await w.fail('backups.restore', { name: backup.name })
    expect(error.code).toBe('backup_damaged')
    expect(error.message).toContain(backup.name)
    const restores = await w.app.ctx.db.selectFrom('auditLog').select('id').where('action', '=', 'backup.restore').execute()
    await w.close()
    // Only the administrator's sign-in was written: the same cases, and no restore.
    expect(await casesIn(file)).toEqual(before)
    expect(restores).toEqual([])
  })

  it('reports a database that is gone instead of starting a new, empty workspace', async () => {
    const { dir, file, backup } = await backedUpWorkspace()
    expect(await stat(join(dir, MARKER_FILE)).then(() => true)).toBe(true)
    await rm(file)
    const w = await open(dir)
    expect(w.app.health()).toMatchObject({ state: 'recovery', reason: 'missing' })
    expect((await w.fail('workspace.status', {})).code).toBe('workspace_recovery')
    expect(await stat(file).then(() => true, () => false)).toBe(false)
    await w.call('backups.restore', { name: backup.name })
    expect((await w.call('workspace.status', {})).caseCount).toBe(3)
  })

  it('a new data folder still starts empty', async () => {
    const w = await open(await tempDir())
    expect(w.app.health()).toEqual({ state: 'open' })
    expect((await w.call('workspace.status', {})).needsSetup).toBe(true)
  })
})

describe('a folder that cannot be written, a disk that is full', () => {
  it('starts in its recovery state in a data folder it may not write', async () => {
    const dir = await tempDir()
    const w = await open(dir)
    await startWorkspace(w)
    await w.close()
    await chmod(dir, 0o555)
    // Readable by the other user, as a shared folder they may not write would be (the app keeps it the owner's).
    await chmod(join(dir, DATABASE_FILE), 0o644)
    // root writes anywhere: the app runs as nobody then, as a user without write access would.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : []
    const [command, ...args] = [...asUser, process.execPath, '--import', 'tsx', join(REPO_ROOT, 'tests/support/open-health-cli.ts'), dir]
    const { stdout } = await run(command, args, { cwd: REPO_ROOT })
    await chmod(dir, 0o755)
    const answer = JSON.parse(stdout.trim().split('\n').pop()!)
    expect(answer.health).toMatchObject({ state: 'recovery', reason: 'read_only', dataFolder: dir })
    expect(answer.write.error.code).toBe('workspace_recovery')
  }, 60_000)

  it('says so in the UI language instead of a raw SQLite code', async () => {
    const w = await open(await tempDir())
    const squadId = await startWorkspace(w)
    await sql`PRAGMA query_only = ON`.execute(w.app.ctx.db)
    const readOnly = await w.fail('cases.create', caseInput(squadId, { caseNumber: caseNumber(1) }))
    expect(readOnly.code).toBe('folder_read_only')
    expect(readOnly.message).toContain('只读')
    expect(readOnly.message).not.toContain('SQLITE')
    await sql`PRAGMA query_only = OFF`.execute(w.app.ctx.db)

    // The file may not grow by another page: SQLite's own "database or disk is full", said in English now.
    await w.call('workspace.setLocale', { locale: 'en' })
    const { pageCount } = only((await sql<{ pageCount: number }>`PRAGMA page_count`.execute(w.app.ctx.db)).rows)
    await sql.raw(`PRAGMA max_page_count = ${pageCount}`).execute(w.app.ctx.db)
    let full: AppErrorShape | null = null
    for (let n = 2; n < 500 && !full; n++) {
      const r = await w.dispatch('cases.create', caseInput(squadId, { caseNumber: caseNumber(n), violation: '占道经营'.repeat(100) }))
      if (!r.ok) full = r.error
    }
    expect(full?.code).toBe('disk_full')
    expect(full?.message).toMatch(/^The disk holding ".+" is full, so the operation did not complete\./)
  })
})
