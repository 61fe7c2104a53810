import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { CamelCasePlugin, Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/backend/db/connection'
import { Sqlite3Dialect } from '../../electron/backend/db/driver'
import type { DB } from '../../electron/backend/db/schema'
import { migrate } from '../../electron/backend/db/migrate'
import { MIGRATIONS } from '../../electron/backend/db/migrations'
import { appendAudit, auditRowHash, GENESIS_HASH } from '../../electron/backend/services/audit/log'
import { verifyAuditChain } from '../../electron/backend/services/audit/verify'
import { nth } from '../support/defined'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-migrations-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A database file as an older version of the app left it: only the first `count` migrations. */
async function openAtMigration(file: string, count: number) {
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)))
  })
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect(raw), plugins: [new CamelCasePlugin()] })
  await sql`PRAGMA foreign_keys = ON`.execute(db)
  await migrate(db as never, { migrations: MIGRATIONS.slice(0, count) })
  return db
}

const columns = async (db: Kysely<DB>, table: string) =>
  (await sql<{ name: string; type: string; notnull: number }>`SELECT name, type, "notnull" FROM pragma_table_info(${table})`.execute(db)).rows

const tables = async (db: { getExecutor(): unknown }) =>
  (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db as never)).rows.map((r) => r.name)

/** One case of a squad, reviewed in a March campaign of the year: what an older database holds. */
async function seedReview(db: Kysely<DB>, year: string, result: { total: number; grade: string }) {
  const now = `${year}-03-01T00:00:00.000Z`
  const squad = await db.insertInto('squads').values({ name: '夏阳街道中队', kind: 'street', sortOrder: 1 }).returning('id').executeTakeFirstOrThrow()
  const kase = await db
    .insertInto('cases')
    .values({ caseNumber: `青城管罚〔${year}〕1号`, party: '张三', partyType: 'individual', procedure: 'ordinary', caseType: 'penalty', domain: 'street_appearance', squadId: squad.id, createdAt: now, updatedAt: now } as never)
    .returning('id')
    .executeTakeFirstOrThrow()
  const rubric = await db.insertInto('rubrics').values({ code: 'penalty-ordinary', version: 1, name: 'r', body: '{}', publishedAt: now }).returning('id').executeTakeFirstOrThrow()
  const reviewer = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' } as never).returning('id').executeTakeFirstOrThrow()
  const campaign = await db.insertInto('campaigns').values({ name: '3月抽查', kind: 'monthly', rubricId: rubric.id, startsOn: `${year}-03-01`, endsOn: `${year}-03-31`, createdAt: now } as never).returning('id').executeTakeFirstOrThrow()
  const assignment = await db.insertInto('assignments').values({ campaignId: campaign.id, caseId: kase.id, reviewerId: reviewer.id }).returning('id').executeTakeFirstOrThrow()
  const evaluation = await db.insertInto('evaluations').values({ assignmentId: assignment.id, rubricId: rubric.id, ...result, startedAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow()
  return { kase, rubric, campaign, evaluation }
}

describe('migrations', () => {
  it('0001-initial creates the whole schema on a real file, with the pragmas set', async () => {
    const file = join(dir, 'a.sqlite')
    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(MIGRATIONS.map((m) => m.id))
    expect(migration.backupPath).toBeNull() // nothing to back up in a new file
    expect(await tables(db)).toEqual(
      expect.arrayContaining(['squads', 'officers', 'cases', 'case_officers', 'files', 'documents', 'page_rotations', 'page_tags', 'rubrics', 'reviewers', 'campaigns', 'assignments', 'evaluations', 'item_states', 'deductions', 'veto_findings', 'audit_log', 'settings', 'schema_migrations']),
    )
    const pragma = async (name: string) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(db)).rows[0] as object)[0]
    expect(await pragma('journal_mode')).toBe('wal')
    expect(await pragma('foreign_keys')).toBe(1)
    expect(await pragma('synchronous')).toBe(2)
    await close()
    // Reopening applies nothing twice.
    const again = await openDatabase(file)
    expect(again.migration.applied).toEqual([])
    await again.close()
  })

  it('0002-viewer-state adds evidence rectangles and view states to a database holding 0001 data', async () => {
    const file = join(dir, 'v1.sqlite')
    const old = await openAtMigration(file, 1)
    const now = '2023-03-01T00:00:00.000Z'
    const squad = await old.insertInto('squads').values({ name: '夏阳街道中队', kind: 'street', sortOrder: 1 }).returning('id').executeTakeFirstOrThrow()
    const kase = await old
      .insertInto('cases')
      .values({ caseNumber: 'A-1', party: '钱某', partyType: 'person', procedure: 'general', caseType: 'penalty', domain: 'x', squadId: squad.id, violation: '', legalBasis: '', isMajor: 0, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const rubric = await old.insertInto('rubrics').values({ code: 'R', version: 1, name: 'R', body: '{}', publishedAt: now }).returning('id').executeTakeFirstOrThrow()
    const reviewer = await old.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
    const campaign = await old.insertInto('campaigns').values({ name: 'C', kind: 'monthly', rubricId: rubric.id, createdAt: now }).returning('id').executeTakeFirstOrThrow()
    const assignment = await old.insertInto('assignments').values({ campaignId: campaign.id, caseId: kase.id, reviewerId: reviewer.id }).returning('id').executeTakeFirstOrThrow()
    const evaluation = await old
      .insertInto('evaluations')
      .values({ assignmentId: assignment.id, rubricId: rubric.id, total: 98, grade: 'excellent', startedAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    // Written as 0001 knew the table: no rectangle columns yet.
    await sql`INSERT INTO deductions (evaluation_id, item_id, points_tenths, reason, page, created_at)
      VALUES (${evaluation.id}, 'S1.2', 20, '超期立案', 3, ${now})`.execute(old)
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied.slice(0, 1)).toEqual(['0002-viewer-state'])
    expect(migration.backupPath).toMatch(/before-0002-viewer-state/)
    expect(await readdir(dir)).toContain(migration.backupPath!.slice(dir.length + 1))
    expect(await db.selectFrom('deductions').selectAll().execute()).toEqual([
      expect.objectContaining({ itemId: 'S1.2', pointsTenths: 20, reason: '超期立案', page: 3, rectX: null, rectY: null, rectW: null, rectH: null }),
    ])
    expect((await columns(db, 'deductions')).filter((c) => c.name.startsWith('rect_'))).toEqual(
      ['rect_x', 'rect_y', 'rect_w', 'rect_h'].map((name) => ({ name, type: 'REAL', notnull: 0 })),
    )
    expect(await tables(db)).toContain('view_states')
    expect((await columns(db, 'view_states')).map((c) => [c.name, c.type, c.notnull])).toEqual([
      ['document_id', 'INTEGER', 0],
      ['page', 'INTEGER', 1],
      ['zoom', 'TEXT', 1],
      ['updated_at', 'TEXT', 1],
    ])
    await close()

    // The backup is the 0001 database with its data.
    const backup = new sqlite3.Database(migration.backupPath!)
    const backupDb = new Kysely<DB>({ dialect: new Sqlite3Dialect(backup), plugins: [new CamelCasePlugin()] })
    expect(await tables(backupDb)).not.toContain('view_states')
    expect((await columns(backupDb, 'deductions')).map((c) => c.name)).not.toContain('rect_x')
    expect(await backupDb.selectFrom('deductions').select(['itemId', 'page']).execute()).toEqual([{ itemId: 'S1.2', page: 3 }])
    await backupDb.destroy()
  })

  it('0003-checks-and-calendar adds finding decisions and calendar overrides to a 0002 database', async () => {
    const file = join(dir, 'v2.sqlite')
    const old = await openAtMigration(file, 2)
    await old.insertInto('settings').values({ key: 'locale', value: 'zh-CN' }).execute()
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0003-checks-and-calendar', '0004-campaign-workflow', '0005-meeting-outputs', '0006-audit-anchors', '0007-change-ids', '0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    expect(migration.backupPath).toMatch(/before-0003-checks-and-calendar/)
    expect(await db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'locale', value: 'zh-CN' }])
    expect((await columns(db, 'check_decisions')).map((c) => c.name)).toEqual(['evaluation_id', 'finding_key', 'decision', 'reason', 'deduction_id', 'decided_at'])
    await db.insertInto('calendarOverrides').values({ date: '2027-01-01', kind: 'holiday', note: '元旦' }).execute()
    await expect(db.insertInto('calendarOverrides').values({ date: '2027-01-02', kind: 'rest' as never }).execute()).rejects.toThrow(/CHECK/)
    await close()
  })

  it('0004-campaign-workflow rebuilds campaigns under a 0003 database without losing a review', async () => {
    const file = join(dir, 'v3.sqlite')
    const old = await openAtMigration(file, 3)
    const now = '2023-03-01T00:00:00.000Z'
    const { kase, rubric, campaign } = await seedReview(old, '2023', { total: 96, grade: 'excellent' })
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0004-campaign-workflow', '0005-meeting-outputs', '0006-audit-anchors', '0007-change-ids', '0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    // The rebuilt table keeps its rows and its references; nothing cascaded away.
    expect(await db.selectFrom('campaigns').select(['id', 'name', 'status', 'doubleReview']).execute()).toEqual([{ id: campaign.id, name: '3月抽查', status: 'in_progress', doubleReview: 0 }])
    expect(await db.selectFrom('evaluations').select('total').execute()).toEqual([{ total: 96 }])
    expect(await db.selectFrom('campaignCases').select(['caseId', 'rubricId', 'origin']).execute()).toEqual([{ caseId: kase.id, rubricId: rubric.id, origin: 'manual' }])
    expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([])
    expect(Object.values((await sql.raw('PRAGMA foreign_keys').execute(db)).rows[0] as object)[0]).toBe(1)
    await db.insertInto('campaigns').values({ name: '回头看', kind: 'follow_up', rubricId: rubric.id, startsOn: null, endsOn: null, createdAt: now }).execute()
    await expect(db.deleteFrom('rubrics').execute()).rejects.toThrow(/FOREIGN KEY/)
    await close()
  })

  it('0005-meeting-outputs ties a typical mark to one deduction or one veto finding and drops it with them', async () => {
    const file = join(dir, 'v4.sqlite')
    const old = await openAtMigration(file, 4)
    const now = '2024-03-01T00:00:00.000Z'
    const { campaign, evaluation } = await seedReview(old, '2024', { total: 90, grade: 'good' })
    const deduction = await old.insertInto('deductions').values({ evaluationId: evaluation.id, itemId: 'S1.2', optionId: null, pointsTenths: 20, documentId: null, page: 3, createdAt: now } as never).returning('id').executeTakeFirstOrThrow()
    await old.insertInto('vetoFindings').values({ evaluationId: evaluation.id, vetoId: 'V4', documentId: null, page: 5, createdAt: now }).execute()
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0005-meeting-outputs', '0006-audit-anchors', '0007-change-ids', '0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    const mark = { evaluationId: evaluation.id, kind: 'bad' as const, markedBy: '王敏', markedAt: now }
    await db.insertInto('typicalMarks').values({ ...mark, deductionId: deduction.id, vetoId: null }).execute()
    await db.insertInto('typicalMarks').values({ ...mark, deductionId: null, vetoId: 'V4' }).execute()
    await expect(db.insertInto('typicalMarks').values({ ...mark, deductionId: deduction.id, vetoId: null }).execute()).rejects.toThrow(/UNIQUE/)
    await expect(db.insertInto('typicalMarks').values({ ...mark, deductionId: null, vetoId: null }).execute()).rejects.toThrow(/CHECK/)
    await expect(db.insertInto('typicalMarks').values({ ...mark, deductionId: null, vetoId: 'V9' }).execute()).rejects.toThrow(/FOREIGN KEY/)
    await db.deleteFrom('deductions').execute()
    await db.deleteFrom('vetoFindings').execute()
    expect(await db.selectFrom('typicalMarks').selectAll().execute()).toEqual([])
    await db.insertInto('bulletinDrafts').values({ scopeKey: `campaign:${campaign.id}`, content: '{}', updatedBy: '王敏', updatedAt: now }).execute()
    await close()
  })

  it('0006-audit-anchors gives audit rows a data hash; rows written before keep verifying', async () => {
    const file = join(dir, 'v5.sqlite')
    const old = await openAtMigration(file, MIGRATIONS.findIndex((m) => m.id === '0006-audit-anchors'))
    // Two rows as the previous version wrote them: no data hash, the hash over the row alone.
    let prevHash = GENESIS_HASH
    for (const [i, action] of ['case.create', 'case.update'].entries()) {
      const row = { at: `2024-03-0${i + 1}T00:00:00.000Z`, actor: '王敏', action, entity: 'case', entityId: '1', before: null, after: '{"party":"张三"}', prevHash, dataHash: null }
      const { dataHash: _none, ...stored } = row
      prevHash = auditRowHash(row)
      await old.insertInto('auditLog').values({ ...stored, hash: prevHash } as never).execute()
    }
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0006-audit-anchors', '0007-change-ids', '0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    expect((await columns(db, 'audit_log')).find((c) => c.name === 'data_hash')).toEqual({ name: 'data_hash', type: 'TEXT', notnull: 0 })
    expect(await db.selectFrom('auditLog').select('dataHash').execute()).toEqual([{ dataHash: null }, { dataHash: null }])
    await db.transaction().execute((trx) => appendAudit(trx, new Date('2024-03-03T00:00:00.000Z'), { actor: '王敏', action: 'calendar.set_overrides', entity: 'calendar', entityId: null, before: [], after: [] }))
    const [newest] = await db.selectFrom('auditLog').select(['dataHash', 'prevHash']).orderBy('id', 'desc').limit(1).execute()
    expect(newest).toEqual({ dataHash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash })
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 3, firstBrokenId: null, reason: null })
    await close()
  })

  it('0007-change-ids records a change id once per evaluation, dropped with its evaluation', async () => {
    const file = join(dir, 'v6.sqlite')
    const old = await openAtMigration(file, MIGRATIONS.findIndex((m) => m.id === '0007-change-ids'))
    const now = '2024-03-01T00:00:00.000Z'
    const { evaluation } = await seedReview(old, '2024', { total: 90, grade: 'good' })
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0007-change-ids', '0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    expect((await columns(db, 'change_ids')).map((c) => [c.name, c.type, c.notnull])).toEqual([
      ['id', 'TEXT', 0],
      ['evaluation_id', 'INTEGER', 1],
      ['method', 'TEXT', 1],
      ['input_hash', 'TEXT', 1],
      ['answered_at', 'TEXT', 1],
    ])
    const change = { id: '7d3f6c1e-2f4b-4a8e-9c61-0b5d2e8f4a10', evaluationId: evaluation.id, method: 'evaluations.addDeduction', inputHash: 'h', answeredAt: now }
    await db.insertInto('changeIds').values(change).execute()
    await expect(db.insertInto('changeIds').values(change).execute()).rejects.toThrow(/UNIQUE/)
    await expect(db.insertInto('changeIds').values({ ...change, id: 'other', evaluationId: 999 }).execute()).rejects.toThrow(/FOREIGN KEY/)
    await db.deleteFrom('evaluations').execute()
    expect(await db.selectFrom('changeIds').selectAll().execute()).toEqual([])
    await close()
  })

  it('0008-accounts gives reviewers of a 0007 database accounts, one each, logins unique in any letter case', async () => {
    const file = join(dir, 'v7.sqlite')
    const old = await openAtMigration(file, MIGRATIONS.findIndex((m) => m.id === '0008-accounts'))
    await seedReview(old, '2024', { total: 90, grade: 'good' })
    const { id: reviewerId } = await old.selectFrom('reviewers').select('id').executeTakeFirstOrThrow()
    await old.destroy()

    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0008-accounts', '0009-key-slots', '0010-rectification', '0011-party-tokens', '0012-av-records-and-complaints', '0013-campaign-targets', '0014-complaint-tokens'])
    // The review written before accounts keeps verifying: no account existed, none is made up.
    expect(await db.selectFrom('accounts').selectAll().execute()).toEqual([])
    const at = '2024-03-01T00:00:00.000Z'
    const account = { login: 'WangMin', reviewerId, passwordHash: 'scrypt$x', createdAt: at, passwordChangedAt: at }
    await db.insertInto('accounts').values(account).execute()
    await expect(db.insertInto('accounts').values({ ...account, login: 'wangmin', reviewerId: null, name: '信息科' }).execute()).rejects.toThrow(/UNIQUE/)
    await expect(db.insertInto('accounts').values({ ...account, login: 'other' }).execute()).rejects.toThrow(/UNIQUE/)
    await expect(db.insertInto('accounts').values({ ...account, login: 'nobody', reviewerId: null }).execute()).rejects.toThrow(/CHECK/)
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true })
    await close()
  })

  it('backs the database up before applying a new migration to existing data', async () => {
    const file = join(dir, 'b.sqlite')
    const first = await openDatabase(file)
    await first.db.insertInto('settings').values({ key: 'k', value: 'v' }).execute()
    const extended = [...MIGRATIONS, { id: '9001-test', statements: ['CREATE TABLE extra (id INTEGER PRIMARY KEY)'] }]
    const result = await migrate(first.db as never, { migrations: extended, backupPath: (id) => join(dir, `backup-${id}.sqlite`) })
    expect(result.applied).toEqual(['9001-test'])
    expect(result.backupPath).toBe(join(dir, 'backup-9001-test.sqlite'))
    await first.close()
    expect(await readdir(dir)).toContain('backup-9001-test.sqlite')
    // The backup is the database as it was: data kept, new table absent.
    const backup = await openDatabase(join(dir, 'backup-9001-test.sqlite'))
    expect(await backup.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'k', value: 'v' }])
    expect(await tables(backup.db)).not.toContain('extra')
    await backup.close()
  })

  it('fails loudly when an applied migration was edited', async () => {
    const file = join(dir, 'c.sqlite')
    const { db, close } = await openDatabase(file)
    const edited = [{ id: '0001-initial', statements: [...nth(MIGRATIONS, 0).statements, 'CREATE TABLE sneaky (id INTEGER)'] }]
    await expect(migrate(db as never, { migrations: edited })).rejects.toThrow(/0001-initial.*checksum/)
    await close()
  })

  it('refuses a database migrated by a newer version', async () => {
    const file = join(dir, 'd.sqlite')
    const { db, close } = await openDatabase(file)
    await sql`INSERT INTO schema_migrations VALUES ('0099-future', 'x', '2030-01-01')`.execute(db)
    await close()
    await expect(openDatabase(file)).rejects.toThrow(/newer version/)
  })

  it('rolls a failing migration back entirely', async () => {
    const file = join(dir, 'e.sqlite')
    const { db, close } = await openDatabase(file)
    const broken = [...MIGRATIONS, { id: '9001-broken', statements: ['CREATE TABLE half (id INTEGER)', 'THIS IS NOT SQL'] }]
    await expect(migrate(db as never, { migrations: broken })).rejects.toThrow()
    expect(await tables(db)).not.toContain('half')
    await close()
  })
})
