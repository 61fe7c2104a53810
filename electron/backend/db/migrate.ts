import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { MIGRATIONS, type Migration } from './migrations'

export function migrationChecksum(m: Migration): string {
  return createHash('sha256').update(m.statements.join('\n;\n')).digest('hex')
}

export interface MigrateResult {
  applied: string[]
  backupPath: string | null
}

/**
 * Applies pending migrations, each in its own transaction. An applied migration whose text has
 * changed since is refused: the database would no longer match the code.
 * Before migrating a database that already holds data, a copy is written with VACUUM INTO.
 */
export async function migrate(
  db: Kysely<unknown>,
  options: { backupPath?: (migrationId: string) => string; migrations?: readonly Migration[] } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db)
  const { rows } = await sql<{ id: string; checksum: string }>`SELECT id, checksum FROM schema_migrations`.execute(db)
  const applied = new Map(rows.map((r) => [r.id, r.checksum]))

  for (const id of applied.keys()) {
    const known = migrations.find((m) => m.id === id)
    if (!known) throw new Error(`The database was migrated by a newer version of the app (migration ${id}).`)
    if (migrationChecksum(known) !== applied.get(id)) {
      throw new Error(`Migration ${id} was changed after it was applied: checksum mismatch.`)
    }
  }

  const pending = migrations.filter((m) => !applied.has(m.id))
  const [firstPending] = pending
  let backupPath: string | null = null
  if (firstPending && applied.size > 0 && options.backupPath) {
    backupPath = options.backupPath(firstPending.id)
    await sql`VACUUM INTO ${backupPath}`.execute(db)
  }

  for (const m of pending) {
    // SQLite's way to rebuild a referenced table: foreign keys off outside the transaction,
    // every reference checked before the commit, on again after.
    if (m.rebuildsTables) await sql`PRAGMA foreign_keys = OFF`.execute(db)
    try {
      await db.transaction().execute(async (trx) => {
        for (const statement of m.statements) await sql.raw(statement).execute(trx)
        if (m.rebuildsTables) {
          const { rows: broken } = await sql`PRAGMA foreign_key_check`.execute(trx)
          if (broken.length > 0) throw new Error(`Migration ${m.id} would leave ${broken.length} broken references.`)
        }
        await sql`INSERT INTO schema_migrations (id, checksum, applied_at)
          VALUES (${m.id}, ${migrationChecksum(m)}, ${new Date().toISOString()})`.execute(trx)
      })
    } finally {
      if (m.rebuildsTables) await sql`PRAGMA foreign_keys = ON`.execute(db)
    }
  }
  return { applied: pending.map((m) => m.id), backupPath }
}
