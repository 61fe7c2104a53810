import type { Database } from '../../db/connection'

const PER_ITEM = 3

/**
 * The reviewer's own deduction reasons used more than once, per rubric item, most used
 * (then most recent) first: offered as quick phrases next to the rubric's own wording.
 */
export async function frequentReasons(db: Database, reviewerId: number | null): Promise<Record<string, string[]>> {
  if (reviewerId === null) return {}
  const rows = await db
    .selectFrom('deductions')
    .innerJoin('evaluations', 'evaluations.id', 'deductions.evaluationId')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .select((eb) => ['deductions.itemId', 'deductions.reason', eb.fn.countAll<number>().as('uses'), eb.fn.max('deductions.createdAt').as('lastUsed')])
    .where('assignments.reviewerId', '=', reviewerId)
    .where('deductions.reason', '!=', '')
    .groupBy(['deductions.itemId', 'deductions.reason'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('uses', 'desc')
    .orderBy('lastUsed', 'desc')
    .execute()
  const byItem: Record<string, string[]> = {}
  for (const row of rows) {
    const list = (byItem[row.itemId] ??= [])
    if (list.length < PER_ITEM) list.push(row.reason)
  }
  return byItem
}
