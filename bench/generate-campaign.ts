import type { BareSqlite } from './bare-sqlite'
import { allItems, type Rubric } from '../shared/domain/rubric'
import { seededRandom } from './seeded-random'
import { insertRows, REVIEWERS } from './bulk-insert'
import { nth } from '../tests/support/defined'

/**
 * One campaign over the first `cases` cases of a generated registry: one reviewer each, most
 * evaluations submitted (a few in review or not started), `perEvaluation` deductions each with the
 * audit row that made it, some vetoes and item notes. Multi-row INSERTs in one transaction.
 */
export async function generateCampaign(bare: BareSqlite, rubricId: number, rubric: Rubric, cases: number, perEvaluation: number) {
  const random = seededRandom(7)
  const items = allItems(rubric)
  const at = '2024-03-20T02:00:00.000Z'
  return bare.transaction(async (s) => {
    await insertRows(s, 'reviewers', ['id', 'name', 'role'], REVIEWERS.map((name, i) => [i + 1, name, i === 0 ? 'lead' : 'reviewer']))
    await s.run(`insert into campaigns (id, name, kind, rubric_id, starts_on, ends_on, status, created_at) values (1, '2024年3月案卷月度抽查', 'monthly', ?, '2024-03-01', '2024-03-31', 'in_progress', ?)`, [rubricId, at])
    await insertRows(s, 'campaign_cases', ['campaign_id', 'case_id', 'rubric_id', 'origin', 'added_at'], Array.from({ length: cases }, (_, i) => [1, i + 1, rubricId, 'sample', at]))
    await insertRows(s, 'assignments', ['id', 'campaign_id', 'case_id', 'reviewer_id', 'position'], Array.from({ length: cases }, (_, i) => [i + 1, 1, i + 1, 1 + (i % REVIEWERS.length), Math.floor(i / REVIEWERS.length)]))
    const evaluations: unknown[][] = []
    const deductions: unknown[][] = []
    const audit: unknown[][] = []
    const vetoes: unknown[][] = []
    const notes: unknown[][] = []
    let deductionId = 0
    // One in 50 not started, one in 20 still in review.
    for (let e = 1; e <= cases; e++) {
      if (e % 50 === 0) continue
      let tenths = 0
      for (let k = 0; k < perEvaluation; k++) {
        const item = nth(items, Math.floor(random() * items.length))
        const points = 1 + Math.floor(random() * 5)
        tenths += points
        deductionId++
        deductions.push([deductionId, e, item.id, points, `扣分理由${deductionId % 97}：${item.title}`, random() < 0.6 ? 1 + Math.floor(random() * 120) : null, at])
        audit.push([at, REVIEWERS[e % REVIEWERS.length], 'evaluation.deduct', 'evaluation', String(e), null, JSON.stringify({ deductionId, itemId: item.id, points: points / 10, total: 0, grade: 'good' }), '0', '0'])
      }
      const vetoed = e % 40 === 7
      if (vetoed) vetoes.push([e, 'V6', '罚款超出法定幅度', 18, at])
      if (e % 10 === 3) notes.push([e, nth(items, e % items.length).id, '材料不全，已电话核实'])
      const total = Math.max(0, 1000 - tenths) / 10
      const grade = vetoed || total < 60 ? 'fail' : total >= 90 ? 'excellent' : total >= 80 ? 'good' : 'pass'
      const submitted = e % 20 !== 0
      evaluations.push([e, e, rubricId, submitted ? 'submitted' : 'in_progress', total, grade, at, at, submitted ? at : null])
    }
    await insertRows(s, 'evaluations', ['id', 'assignment_id', 'rubric_id', 'status', 'total', 'grade', 'started_at', 'updated_at', 'submitted_at'], evaluations)
    await insertRows(s, 'deductions', ['id', 'evaluation_id', 'item_id', 'points_tenths', 'reason', 'page', 'created_at'], deductions)
    await insertRows(s, 'audit_log', ['at', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'prev_hash', 'hash'], audit)
    await insertRows(s, 'veto_findings', ['evaluation_id', 'veto_id', 'reason', 'page', 'created_at'], vetoes)
    await insertRows(s, 'item_states', ['evaluation_id', 'item_id', 'note'], notes)
    return { evaluations: evaluations.length, deductions: deductions.length }
  })
}
