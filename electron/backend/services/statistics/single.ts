import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../db/schema'
import { findItem, type Rubric } from '../../../../shared/domain/rubric'
import type { Grade } from '../../../../shared/domain/scoring'
import { noFacts, type Facts } from '../../../../shared/domain/statistics/facts'
import { SlotLayout } from './slots'
import { localMonth, monthBuckets, monthsOf, type MonthBucket, type Window } from './window'

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

/** The rubrics the window's single-review evaluations were scored on. */
export async function singleRubricIds(db: Kysely<DB>, w: Window): Promise<number[]> {
  const rows = await countedSingle(db, w).select('e.rubricId').distinct().execute()
  return rows.map((r) => r.rubricId)
}

/**
 * Which aggregates a caller needs: all of them (the scope), only the cases by squad and grade (a
 * previous period: headline and squad ranking), or only the cases per item by squad and by
 * officer (repeat problems over the rolling twelve months).
 */
export type FactParts = 'all' | 'scores' | 'problems'

/** The months of a window's results: a period's own, a campaign's from its first result to its last. */
async function monthsOfResults(db: Kysely<DB>, w: Window): Promise<MonthBucket[]> {
  if (w.kind === 'period') return monthsOf(w)
  const span = await countedSingle(db, w)
    .select((eb) => [eb.fn.min('e.submittedAt').as('first'), eb.fn.max('e.submittedAt').as('last')])
    .executeTakeFirst()
  return span?.first && span.last ? monthBuckets(localMonth(span.first), localMonth(span.last)) : []
}

/** The bucket of an evaluation's submission (rows of `ev`), or null with no months asked for. */
function monthOf(months: readonly MonthBucket[]): RawBuilder<string | null> {
  if (!months.length) return sql<null>`null`
  return sql<string | null>`case ${sql.join(
    months.map((m) => sql`when ev.submitted_at < ${m.endInstant} then ${m.month}`),
    sql` `,
  )} end`
}

interface Row {
  kind: number
  owner: number
  rubricId: number | null
  grade: Grade | null
  month: string | null
  n: number
  totalSum: number | null
  vetoed: number | null
  points: number | null
  [column: string]: unknown
}

const SQUAD_CASES = 0
const SQUAD_PROBLEMS = 1
const OFFICERS = 2

/**
 * Aggregates over single-review evaluations, computed by the database. One statement reads the
 * window's deductions once: per evaluation (grouped in the order the evaluations are read, without
 * a sort) the points it lost and the masks of where it lost them (see SlotLayout); the cases by
 * squad, grade and month (with `trend`), by squad and item or category, and by officer and item
 * are then sums over those evaluations. Points per item and category come from one more query,
 * for the scope only.
 */
export async function singleFacts(db: Kysely<DB>, w: Window, rubrics: ReadonlyMap<number, Rubric>, parts: FactParts, trend: boolean): Promise<Facts> {
  const base = countedSingle(db, w)
  const vetoed = sql<number | null>`sum(case when exists (select 1 from veto_findings v where v.evaluation_id = ${sql.ref(parts === 'scores' ? 'e.id' : 'ev.id')}) then 1 else 0 end)`
  const n = Number
  if (parts === 'scores') {
    const rows = await base
      .select(['k.squadId', 'e.grade', sql<number>`count(*)`.as('cases'), sql<number>`sum(e.total)`.as('totalSum'), vetoed.as('vetoed')])
      .groupBy(['k.squadId', 'e.grade'])
      .execute()
    return { ...noFacts(), cases: rows.map((r) => ({ squadId: r.squadId, grade: r.grade as Grade, cases: n(r.cases), totalSum: n(r.totalSum), vetoed: n(r.vetoed) })) }
  }
  if (!rubrics.size) return noFacts()
  const layout = new SlotLayout(rubrics)
  const months = trend ? await monthsOfResults(db, w) : []
  const masks = Array.from({ length: layout.masks }, (_, i) => i)
  const itemColumns = Array.from({ length: layout.itemColumns }, (_, i) => i)
  const categoryColumns = parts === 'all' ? [...layout.categories.entries()] : []
  const none = sql<number | null>`null`
  const noText = sql<string | null>`null`
  const column = (count: boolean, expression: () => RawBuilder<number>): RawBuilder<number | null> => (count ? expression() : none)
  const items = (count: boolean) => itemColumns.map((i) => column(count, () => layout.itemCases(i)).as(`i${i}`))
  const categories = (count: boolean) => categoryColumns.map(([i]) => column(count, () => layout.categoryCases(i)).as(`c${i}`))

  const perEvaluation = base
    .leftJoin('deductions as d', 'd.evaluationId', 'e.id')
    .select(['e.id', 'a.caseId', 'k.squadId', 'e.rubricId', 'e.grade', 'e.total', 'e.submittedAt', sql<number>`coalesce(sum(d.points_tenths), 0)`.as('points')])
    .select(masks.map((m) => layout.bitsOf(m).as(`m${m}`)))
    .groupBy('e.id')
  const query = db
    .with((cte) => cte('ev').materialized(), () => perEvaluation)
    // Cases, totals and vetoes by squad, grade and month: the headline, the ranking and the trend.
    .selectFrom('ev')
    .select([
      sql<number>`${SQUAD_CASES}`.as('kind'),
      sql<number>`ev.squad_id`.as('owner'),
      none.as('rubricId'),
      sql<string | null>`ev.grade`.as('grade'),
      monthOf(months).as('month'),
      sql<number>`count(*)`.as('n'),
      sql<number | null>`sum(ev.total)`.as('totalSum'),
      vetoed.as('vetoed'),
      none.as('points'),
      ...items(false),
      ...categories(false),
    ])
    .groupBy(months.length ? [sql`ev.squad_id`, sql`ev.grade`, monthOf(months)] : [sql`ev.squad_id`, sql`ev.grade`])
    // Cases per item and per category, by squad.
    .unionAll((eb) =>
      eb
        .selectFrom('ev')
        .select([
          sql<number>`${SQUAD_PROBLEMS}`.as('kind'),
          sql<number>`ev.squad_id`.as('owner'),
          sql<number | null>`ev.rubric_id`.as('rubricId'),
          noText.as('grade'),
          noText.as('month'),
          sql<number>`count(*)`.as('n'),
          none.as('totalSum'),
          none.as('vetoed'),
          none.as('points'),
          ...items(true),
          ...categories(true),
        ])
        .groupBy([sql`ev.squad_id`, sql`ev.rubric_id`]),
    )
    // Cases, totals, points lost and cases per item, by officer (a case has one or more).
    .unionAll((eb) =>
      eb
        .selectFrom('ev')
        .innerJoin('caseOfficers as co', 'co.caseId', 'ev.caseId')
        .select([
          sql<number>`${OFFICERS}`.as('kind'),
          sql<number>`co.officer_id`.as('owner'),
          sql<number | null>`ev.rubric_id`.as('rubricId'),
          noText.as('grade'),
          noText.as('month'),
          sql<number>`count(*)`.as('n'),
          sql<number | null>`sum(ev.total)`.as('totalSum'),
          none.as('vetoed'),
          sql<number | null>`sum(ev.points)`.as('points'),
          ...items(true),
          ...categories(false),
        ])
        .groupBy([sql`co.officer_id`, sql`ev.rubric_id`]),
    )
  const [rows, points] = await Promise.all([
    query.execute() as Promise<Row[]>,
    parts === 'all'
      ? base
          .innerJoin('deductions as d', 'd.evaluationId', 'e.id')
          .select(['e.rubricId', 'd.itemId', 'd.optionId', sql<number>`sum(d.points_tenths)`.as('pointsTenths')])
          .groupBy(['e.rubricId', 'd.itemId', 'd.optionId'])
          .execute()
      : [],
  ])

  const facts = noFacts()
  for (const r of rows) {
    if (r.kind === SQUAD_CASES) {
      const row = { grade: r.grade as Grade, cases: n(r.n), totalSum: n(r.totalSum), vetoed: n(r.vetoed) }
      facts.cases.push({ squadId: r.owner, ...row })
      if (r.month) facts.months.push({ month: r.month, ...row })
      continue
    }
    const rubricId = r.rubricId!
    const perItem = itemColumns.flatMap((i) => {
      const itemId = layout.itemAt(rubricId, i)
      const cases = n(r[`i${i}`])
      return itemId && cases ? [{ rubricId, itemId, cases }] : []
    })
    if (r.kind === SQUAD_PROBLEMS) {
      facts.items.push(...perItem.map((x) => ({ squadId: r.owner, ...x })))
      for (const [i, category] of categoryColumns) {
        const cases = n(r[`c${i}`])
        if (cases) facts.categories.push({ squadId: r.owner, category, cases })
      }
    } else {
      facts.officers.push({ officerId: r.owner, cases: n(r.n), totalSum: n(r.totalSum), pointsTenths: n(r.points) })
      facts.officerItems.push(...perItem.map((x) => ({ officerId: r.owner, ...x })))
    }
  }
  for (const p of points) {
    const pointsTenths = n(p.pointsTenths)
    facts.itemPoints.push({ rubricId: p.rubricId, itemId: p.itemId, pointsTenths })
    facts.categoryPoints.push({ category: categoryOf(rubrics.get(p.rubricId), p.itemId, p.optionId), pointsTenths })
  }
  return facts
}

/** A deduction's problem category: its option's where the rubric gives one, else its item's (an unknown item reads as its id). */
function categoryOf(rubric: Rubric | undefined, itemId: string, optionId: string | null): string {
  const item = rubric ? findItem(rubric, itemId) : undefined
  return item?.deductions.find((o) => o.id === optionId)?.category ?? item?.category ?? itemId
}
