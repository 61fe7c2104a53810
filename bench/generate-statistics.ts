import type { BareSqlite } from './bare-sqlite'
import { allItems, type Rubric } from '../shared/domain/rubric'
import { gradeFor } from '../shared/domain/scoring'
import { seededRandom } from './seeded-random'
import { insertRows, REVIEWERS } from './bulk-insert'
import { nth } from '../tests/support/defined'

export interface StatisticsData {
  /** The first month of results (YYYY-MM) and how many months they span. */
  firstMonth: string
  months: number
  campaigns: number
  evaluations: number
  submitted: number
  deductions: number
}

/**
 * A year of monthly spot checks over a generated registry: one campaign a month, `evaluations`
 * spread evenly over them, each of a distinct case and submitted in its month or the first days of
 * the next (the last month's campaign partly still in review), `perEvaluation` deductions each on
 * random items and options of the rubric, a veto in one evaluation of 40. Squads differ in how
 * many points they lose, so their ranking means something. Cases get a closing date, so the
 * periods have a sampling rate. Multi-row INSERTs in one transaction; no audit rows (the
 * statistics do not read them).
 */
export async function generateStatistics(bare: BareSqlite, rubricId: number, rubric: Rubric, caseCount: number, evaluations: number, perEvaluation: number): Promise<StatisticsData> {
  const random = seededRandom(12)
  const items = allItems(rubric)
  const firstYear = 2023
  const firstMonthIndex = 6 // July
  const months = 12
  const perCampaign = Math.ceil(evaluations / months)
  const stride = Math.floor(caseCount / evaluations)
  return bare.transaction(async (s) => {
    // Closed a few weeks after the decision: cases closed in a month are the ones its check samples.
    await s.run(`update cases set closed_on = date(decided_on, '+' || (id % 30) || ' days')`)
    const squadOf = new Map((await s.all<{ id: number; squad_id: number }>('select id, squad_id from cases')).map((c) => [c.id, c.squad_id]))
    await insertRows(s, 'reviewers', ['id', 'name', 'role'], REVIEWERS.map((name, i) => [i + 1, name, i === 0 ? 'lead' : 'reviewer']))
    const campaigns: unknown[][] = []
    const sample: unknown[][] = []
    const assignments: unknown[][] = []
    const evaluationRows: unknown[][] = []
    const deductions: unknown[][] = []
    const vetoes: unknown[][] = []
    let deductionId = 0
    let submitted = 0
    for (let e = 1; e <= evaluations; e++) {
      const m = Math.floor((e - 1) / perCampaign)
      const year = firstYear + Math.floor((firstMonthIndex + m) / 12)
      const month = ((firstMonthIndex + m) % 12) + 1
      const campaignId = m + 1
      if ((e - 1) % perCampaign === 0) {
        const from = `${year}-${String(month).padStart(2, '0')}-01`
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
        campaigns.push([campaignId, `${year}年${month}月案卷月度抽查`, 'monthly', rubricId, from, `${from.slice(0, 8)}${lastDay}`, m === months - 1 ? 'in_progress' : 'closed', `${from}T01:00:00.000Z`])
      }
      const caseId = (e - 1) * stride + 1
      const squad = squadOf.get(caseId)!
      const at = new Date(Date.UTC(year, month - 1, 1, 2) + Math.floor(random() * 33 * 24) * 3_600_000).toISOString()
      sample.push([campaignId, caseId, rubricId, 'sample', at])
      assignments.push([e, campaignId, caseId, 1 + (e % REVIEWERS.length), Math.floor(((e - 1) % perCampaign) / REVIEWERS.length) + 1])
      let tenths = 0
      for (let k = 0; k < perEvaluation; k++) {
        const item = nth(items, Math.floor(random() * items.length))
        const option = item.deductions.length ? nth(item.deductions, Math.floor(random() * item.deductions.length)) : null
        // Squads further down the list lose a little more.
        const points = 1 + Math.floor(random() * (10 + squad))
        tenths += points
        deductionId++
        deductions.push([deductionId, e, item.id, option?.id ?? null, points, `扣分理由${deductionId % 97}：${item.title}`, random() < 0.6 ? 1 + Math.floor(random() * 120) : null, at])
      }
      const vetoed = e % 40 === 7
      if (vetoed) vetoes.push([e, 'V6', '罚款超出法定幅度', 18, at])
      const total = Math.max(0, 1000 - tenths) / 10
      const done = m < months - 1 || e % 10 !== 0
      if (done) submitted++
      evaluationRows.push([e, e, rubricId, done ? 'submitted' : 'in_progress', total, gradeFor(rubric, total, vetoed, false), at, at, done ? at : null])
    }
    await insertRows(s, 'campaigns', ['id', 'name', 'kind', 'rubric_id', 'starts_on', 'ends_on', 'status', 'created_at'], campaigns)
    await insertRows(s, 'campaign_cases', ['campaign_id', 'case_id', 'rubric_id', 'origin', 'added_at'], sample)
    await insertRows(s, 'assignments', ['id', 'campaign_id', 'case_id', 'reviewer_id', 'position'], assignments)
    await insertRows(s, 'evaluations', ['id', 'assignment_id', 'rubric_id', 'status', 'total', 'grade', 'started_at', 'updated_at', 'submitted_at'], evaluationRows)
    await insertRows(s, 'deductions', ['id', 'evaluation_id', 'item_id', 'option_id', 'points_tenths', 'reason', 'page', 'created_at'], deductions)
    await insertRows(s, 'veto_findings', ['evaluation_id', 'veto_id', 'reason', 'page', 'created_at'], vetoes)
    return { firstMonth: `${firstYear}-${String(firstMonthIndex + 1).padStart(2, '0')}`, months, campaigns: campaigns.length, evaluations: evaluationRows.length, submitted, deductions: deductions.length }
  })
}
