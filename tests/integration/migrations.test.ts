import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/db/connection'
import { migrate } from '../../electron/db/migrate'
import { MIGRATIONS } from '../../electron/db/migrations'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-migrations-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const tables = async (db: { getExecutor(): unknown }) =>
  (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db as never)).rows.map((r) => r.name)

describe('migrations', () => {
  it('0001-initial creates the whole schema on a real file, with the pragmas set', async () => {
    const file = join(dir, 'a.sqlite')
    const { db, migration, close } = await openDatabase(file)
    expect(migration.applied).toEqual(['0001-initial'])
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

  it('backs the database up before applying a new migration to existing data', async () => {
    const file = join(dir, 'b.sqlite')
    const first = await openDatabase(file)
    await first.db.insertInto('settings').values({ key: 'k', value: 'v' }).execute()
    const extended = [...MIGRATIONS, { id: '0002-test', statements: ['CREATE TABLE extra (id INTEGER PRIMARY KEY)'] }]
    const result = await migrate(first.db as never, { migrations: extended, backupPath: (id) => join(dir, `backup-${id}.sqlite`) })
    expect(result.applied).toEqual(['0002-test'])
    expect(result.backupPath).toBe(join(dir, 'backup-0002-test.sqlite'))
    await first.close()
    expect(await readdir(dir)).toContain('backup-0002-test.sqlite')
    // The backup is the database as it was: data kept, new table absent.
    const backup = await openDatabase(join(dir, 'backup-0002-test.sqlite'))
    expect(await backup.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'k', value: 'v' }])
    expect(await tables(backup.db)).not.toContain('extra')
    await backup.close()
  })

  it('fails loudly when an applied migration was edited', async () => {
    const file = join(dir, 'c.sqlite')
    const { db, close } = await openDatabase(file)
    const edited = [{ id: '0001-initial', statements: [...MIGRATIONS[0].statements, 'CREATE TABLE sneaky (id INTEGER)'] }]
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
    const broken = [...MIGRATIONS, { id: '0002-broken', statements: ['CREATE TABLE half (id INTEGER)', 'THIS IS NOT SQL'] }]
    await expect(migrate(db as never, { migrations: broken })).rejects.toThrow()
    expect(await tables(db)).not.toContain('half')
    await close()
  })
})
