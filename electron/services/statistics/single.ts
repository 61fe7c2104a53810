import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../shared/domain/rubric'
import type { Grade } from '../../../shared/domain/scoring'
import type { Facts } from '../../../shared/domain/statistics/facts'
import type { Window } from './window'

/** Submitted evaluations of single-review campaigns in the window: one per case and campaign. */
export function countedSingle(db: Kysely<DB>, w: Window) {
  let q = db
    .selectFrom('evaluations as e')
    .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .innerJoin('cases as k', 'k.id', 'a.caseId')
    .where('e.status', '=', 'submitted')
    .where('c.doubleReview', '=', 0)
  if (w.kind === 'campaign') q = q.where('a.campaignId', '=', w.campaignId)
  else q = q.where('e.submittedAt', '>=', w.fromInstant).where('e.submittedAt', '<', w.toInstant)
  return q
}

/**
 * A deduction's problem category, in SQL: the option's own category where the rubric gives one,
 * else the item's. Every shipped rubric (and the rubric schema) gives each item a category, so no
 * fallback to sections is needed; an unknown item reads as its id.
 */
function categoryOf(rubrics: ReadonlyMap<number, Rubric>) {
  const whens = []
  for (const [rubricId, rubric] of rubrics) {
    const byCategory = new Map<string, string[]>()
    for (const item of rubric.sections.flatMap((s) => s.items)) {
      byCategory.set(item.category, [...(byCategory.get(item.category) ?? []), item.id])
      for (const o of item.deductions) {
        if (o.category) whens.push(sql`when e.rubric_id = ${rubricId} and d.item_id = ${item.id} and d.option_id = ${o.id} then ${o.category}`)
      }
    }
    // Option overrides come first: CASE takes the first matching WHEN.
    for (const [category, ids] of byCategory) whens.push(sql`when e.rubric_id = ${rubricId} and d.item_id in (${sql.join(ids)}) then ${category}`)
  }
  return whens.length ? sql<string>`case ${sql.join(whens, sql` `)} else d.item_id end` : sql<string>`d.item_id`
}

/** The rubrics the window's single-review evaluations were scored on. */
export async function singleRubricIds(db: Kysely<DB>, w: Window): Promise<number[]> {
  const rows = await countedSingle(db, w).select('e.rubricId').distinct().execute()
  return rows.map((r) => r.rubricId)
}

/**
 * Which aggregates a caller needs: all of them, only the scores (a previous period: headline and
 * squad ranking) or only the problems per item (repeats over the rolling twelve months). The
 * deduction joins cost most, so they run only when asked for.
 */
export type FactParts = 'all' | 'scores' | 'problems'

/** Aggregates over single-review evaluations, computed by the database. */
export async function singleFacts(db: Kysely<DB>, w: Window, rubrics: ReadonlyMap<number, Rubric>, parts: FactParts = 'all'): Promise<Facts> {
  const base = countedSingle(db, w)
  const withDeductions = base.innerJoin('deductions as d', 'd.evaluationId', 'e.id')
  const vetoed = sql<number>`sum(case when exists (select 1 from veto_findings v where v.evaluation_id = e.id) then 1 else 0 end)`
  const casesCount = sql<number>`count(distinct e.id)`
  const tenths = sql<number>`sum(d.points_tenths)`
  const category = categoryOf(rubrics)
  const scores = parts !== 'problems'
  const problems = parts !== 'scores'
  const [cases, officers, items, categories, officerItems] = await Promise.all([
    scores
      ? base
          .select(['k.squadId', 'e.grade', sql<number>`count(*)`.as('cases'), sql<number>`sum(e.total)`.as('totalSum'), vetoed.as('vetoed')])
          .groupBy(['k.squadId', 'e.grade'])
          .execute()
      : [],
    scores
      ? base
          .innerJoin('caseOfficers as co', 'co.caseId', 'k.id')
          .select(['co.officerId', sql<number>`count(*)`.as('cases'), sql<number>`sum(e.total)`.as('totalSum')])
          .groupBy('co.officerId')
          .execute()
      : [],
    problems
      ? withDeductions.select(['k.squadId', 'e.rubricId', 'd.itemId', casesCount.as('cases'), tenths.as('pointsTenths')]).groupBy(['k.squadId', 'e.rubricId', 'd.itemId']).execute()
      : [],
    parts === 'all'
      ? withDeductions.select(['k.squadId', category.as('category'), casesCount.as('cases'), tenths.as('pointsTenths')]).groupBy(['k.squadId', category]).execute()
      : [],
    problems
      ? withDeductions
          .innerJoin('caseOfficers as co', 'co.caseId', 'k.id')
          .select(['co.officerId', 'e.rubricId', 'd.itemId', casesCount.as('cases'), tenths.as('pointsTenths')])
          .groupBy(['co.officerId', 'e.rubricId', 'd.itemId'])
          .execute()
      : [],
  ])
  const n = Number
  return {
    cases: cases.map((r) => ({ squadId: r.squadId, grade: r.grade as Grade, cases: n(r.cases), totalSum: n(r.totalSum), vetoed: n(r.vetoed) })),
    officers: officers.map((r) => ({ officerId: r.officerId, cases: n(r.cases), totalSum: n(r.totalSum) })),
    items: items.map((r) => ({ squadId: r.squadId, rubricId: r.rubricId, itemId: r.itemId, cases: n(r.cases), pointsTenths: n(r.pointsTenths) })),
    categories: categories.map((r) => ({ squadId: r.squadId, category: r.category, cases: n(r.cases), pointsTenths: n(r.pointsTenths) })),
    officerItems: officerItems.map((r) => ({ officerId: r.officerId, rubricId: r.rubricId, itemId: r.itemId, cases: n(r.cases), pointsTenths: n(r.pointsTenths) })),
  }
}
