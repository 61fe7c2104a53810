import type { BareSession } from './bare-sqlite'

// Generated benchmark databases are written in multi-row inserts: one statement per 500 rows.
const ROWS_PER_INSERT = 500

/** The reviewers every generated workspace has; the first is the lead. */
export const REVIEWERS = ['王敏', '李静', '张强', '刘洋', '陈杰', '杨帆', '黄磊', '赵丽', '吴涛', '周平']

export async function insertRows(s: BareSession, table: string, columns: string[], rows: unknown[][]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT)
    const values = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')
    await s.run(`insert into ${table} (${columns.join(', ')}) values ${values}`, batch.flat())
  }
}
