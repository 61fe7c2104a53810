import { sql, type RawBuilder } from 'kysely'

/** `text` with LIKE's wildcards escaped, to be found as written. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Whether the column (snake_case, as stored) contains `text` as written: LIKE with its wildcards escaped, as PostgreSQL also reads it. */
export function contains(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} LIKE ${`%${likeEscaped(text)}%`} ESCAPE '\\'`
}
