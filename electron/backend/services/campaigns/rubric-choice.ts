import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'

/** The rubric codes a case's procedure and type call for. */
export function rubricCodeFor(c: { caseType: string; procedure: string }): string | null {
  if (c.caseType === 'compulsion') return 'compulsion'
  if (c.procedure === 'simple') return 'penalty-simple'
  return null
}

/**
 * Picks each case's rubric: the latest published version of the code its type or procedure calls
 * for (行政强制 → compulsion, 简易程序 → penalty-simple), otherwise the campaign's default rubric,
 * which is also the fallback when that code has no published rubric.
 */
export async function rubricChooser(db: Kysely<DB>, defaultRubricId: number) {
  const rows = await db.selectFrom('rubrics').select(['id', 'code', 'version']).orderBy('code').orderBy('version', 'desc').execute()
  const latest = new Map<string, number>()
  for (const r of rows) if (!latest.has(r.code)) latest.set(r.code, r.id)
  return (c: { caseType: string; procedure: string }) => {
    const code = rubricCodeFor(c)
    return (code === null ? undefined : latest.get(code)) ?? defaultRubricId
  }
}
