import { GRADES } from '../scoring'
import { sumBy, type Facts, type ItemGroup } from './facts'
import { average, change, excellentGoodRate, noGrades, passRate, rankChange, rate, type GradeCounts } from './rates'
import { rankBy } from './ranking'
import { repeatProblems } from './repeats'

export interface Names {
  squad(id: number): string
  officer(id: number): { name: string; squadName: string }
  item(rubricId: number, itemId: string): { rubricName: string; title: string; titleEn: string; category: string }
}

/** Counts that are not sums over evaluated cases. */
export interface Coverage {
  sampled: number
  /** Cases closed in the period (or in the campaign's population); null when unknown. */
  closed: number | null
  /** Evaluations in scope not yet submitted. */
  open: number
  /** Double-reviewed cases whose two reviews disagree and wait for the lead. */
  awaitingAdjudication: number
}

export interface Headline extends Coverage {
  evaluated: number
  samplingRate: number | null
  average: number | null
  excellentGoodRate: number | null
  passRate: number | null
  vetoed: number
  grades: GradeCounts
}

export function headline(facts: Facts, coverage: Coverage): Headline {
  const grades = noGrades()
  let totalSum = 0
  let vetoed = 0
  for (const g of facts.cases) {
    grades[g.grade] += g.cases
    totalSum += g.totalSum
    vetoed += g.vetoed
  }
  const evaluated = GRADES.reduce((s, g) => s + grades[g], 0)
  return {
    ...coverage,
    evaluated,
    samplingRate: coverage.closed === null ? null : rate(coverage.sampled, coverage.closed),
    average: average(totalSum, evaluated),
    excellentGoodRate: excellentGoodRate(grades),
    passRate: passRate(grades),
    vetoed,
    grades,
  }
}

export interface SquadRow {
  squadId: number
  squadName: string
  rank: number | null
  cases: number
  average: number | null
  grades: GradeCounts
  passRate: number | null
  vetoed: number
  previousRank: number | null
  previousAverage: number | null
  rankChange: number | null
  averageChange: number | null
}

function squadTable(facts: Facts, names: Names): Omit<SquadRow, 'previousRank' | 'previousAverage' | 'rankChange' | 'averageChange'>[] {
  const bySquad = new Map<number, { grades: GradeCounts; totalSum: number; vetoed: number }>()
  for (const g of facts.cases) {
    const s = bySquad.get(g.squadId) ?? { grades: noGrades(), totalSum: 0, vetoed: 0 }
    bySquad.set(g.squadId, s)
    s.grades[g.grade] += g.cases
    s.totalSum += g.totalSum
    s.vetoed += g.vetoed
  }
  const rows = [...bySquad].map(([squadId, s]) => {
    const cases = GRADES.reduce((n, g) => n + s.grades[g], 0)
    return { squadId, squadName: names.squad(squadId), cases, average: average(s.totalSum, cases), grades: s.grades, passRate: passRate(s.grades), vetoed: s.vetoed }
  })
  return rankBy(rows, (r) => r.average, (a, b) => a.squadName.localeCompare(b.squadName, 'zh-CN'))
}

/** Squads ranked by average score (ties share a rank), with the move from the previous period. */
export function squadRanking(facts: Facts, previous: Facts | null, names: Names): SquadRow[] {
  const before = new Map((previous ? squadTable(previous, names) : []).map((r) => [r.squadId, r]))
  return squadTable(facts, names).map((r) => {
    const p = before.get(r.squadId)
    return {
      ...r,
      previousRank: p?.rank ?? null,
      previousAverage: p?.average ?? null,
      rankChange: r.rank === null ? null : rankChange(r.rank, p?.rank),
      averageChange: change(r.average, p?.average),
    }
  })
}

export interface OfficerRow {
  officerId: number
  officerName: string
  squadName: string
  cases: number
  average: number | null
  /** Deductions (case × item) in the officer's cases. */
  problems: number
  pointsLost: number
}

export function officerTable(facts: Facts, names: Names): OfficerRow[] {
  const cases = sumBy(facts.officers, (r) => String(r.officerId), (into, r) => {
    into.cases += r.cases
    into.totalSum += r.totalSum
    into.pointsTenths += r.pointsTenths
  })
  const problems = new Map<number, number>()
  for (const r of facts.officerItems) problems.set(r.officerId, (problems.get(r.officerId) ?? 0) + r.cases)
  return cases
    .map((r) => ({
      officerId: r.officerId,
      ...(({ name, squadName }) => ({ officerName: name, squadName }))(names.officer(r.officerId)),
      cases: r.cases,
      average: average(r.totalSum, r.cases),
      problems: problems.get(r.officerId) ?? 0,
      pointsLost: r.pointsTenths / 10,
    }))
    .sort((a, b) => b.problems - a.problems || (a.average ?? 0) - (b.average ?? 0) || a.officerName.localeCompare(b.officerName, 'zh-CN'))
}

export interface SquadShare {
  squadName: string
  cases: number
}

export interface CategoryRow {
  category: string
  cases: number
  share: number | null
  pointsLost: number
  squads: SquadShare[]
}

function squadsOf(rows: readonly { squadId: number; cases: number }[], names: Names): SquadShare[] {
  return rows.map((r) => ({ squadName: names.squad(r.squadId), cases: r.cases })).sort((a, b) => b.cases - a.cases || a.squadName.localeCompare(b.squadName, 'zh-CN'))
}

/** Cases per squad, summed over the rows of each squad. */
function casesBySquad(rows: readonly { squadId: number; cases: number }[]) {
  return sumBy(rows, (r) => String(r.squadId), (into, r) => {
    into.cases += r.cases
  })
}

/** Problem categories by the cases they occur in (a case is in one squad, so squads add up). */
export function categoryTable(facts: Facts, evaluated: number, names: Names): CategoryRow[] {
  const byCategory = new Map<string, typeof facts.categories>()
  for (const r of facts.categories) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r])
  const points = new Map<string, number>()
  for (const r of facts.categoryPoints) points.set(r.category, (points.get(r.category) ?? 0) + r.pointsTenths)
  return [...byCategory]
    .map(([category, rows]) => {
      const squads = casesBySquad(rows)
      const cases = squads.reduce((n, r) => n + r.cases, 0)
      return { category, cases, share: rate(cases, evaluated), pointsLost: (points.get(category) ?? 0) / 10, squads: squadsOf(squads, names) }
    })
    .sort((a, b) => b.cases - a.cases || b.pointsLost - a.pointsLost || a.category.localeCompare(b.category, 'zh-CN'))
}

/** An item with its own category (an option may file a deduction under another: the category table counts that). */
export interface ItemRow extends CategoryRow {
  rubricId: number
  rubricName: string
  itemId: string
  title: string
  titleEn: string
}

export function itemTable(facts: Facts, evaluated: number, names: Names): ItemRow[] {
  const byItem = new Map<string, [ItemGroup, ...ItemGroup[]]>()
  for (const r of facts.items) {
    const k = `${r.rubricId}/${r.itemId}`
    const rows = byItem.get(k)
    if (rows) rows.push(r)
    else byItem.set(k, [r])
  }
  const points = new Map<string, number>()
  for (const r of facts.itemPoints) {
    const k = `${r.rubricId}/${r.itemId}`
    points.set(k, (points.get(k) ?? 0) + r.pointsTenths)
  }
  return [...byItem]
    .map(([key, rows]) => {
      const [{ rubricId, itemId }] = rows
      const squads = casesBySquad(rows)
      const cases = squads.reduce((n, r) => n + r.cases, 0)
      return {
        rubricId,
        itemId,
        ...names.item(rubricId, itemId),
        cases,
        share: rate(cases, evaluated),
        pointsLost: (points.get(key) ?? 0) / 10,
        squads: squadsOf(squads, names),
      }
    })
    .sort((a, b) => b.cases - a.cases || b.pointsLost - a.pointsLost || a.rubricId - b.rubricId || a.itemId.localeCompare(b.itemId))
}

export interface RepeatRow {
  by: 'squad' | 'officer'
  ownerId: number
  ownerName: string
  rubricId: number
  rubricName: string
  itemId: string
  title: string
  titleEn: string
  cases: number
}

/** The same item deducted in ≥ 3 cases of one squad, or of one officer, in the scope. */
export function repeatTable(facts: Facts, names: Names): RepeatRow[] {
  const add = (into: { cases: number }, r: { cases: number }) => {
    into.cases += r.cases
  }
  const squads = sumBy(facts.items, (r) => `${r.squadId}/${r.rubricId}/${r.itemId}`, add).map((r) => ({ ...r, ownerId: r.squadId }))
  const officers = sumBy(facts.officerItems, (r) => `${r.officerId}/${r.rubricId}/${r.itemId}`, add).map((r) => ({ ...r, ownerId: r.officerId }))
  const row = (by: RepeatRow['by'], ownerName: string, r: { ownerId: number; rubricId: number; itemId: string; cases: number }): RepeatRow => {
    const { rubricName, title, titleEn } = names.item(r.rubricId, r.itemId)
    return { by, ownerId: r.ownerId, ownerName, rubricId: r.rubricId, rubricName, itemId: r.itemId, title, titleEn, cases: r.cases }
  }
  return [
    ...repeatProblems(squads).map((r) => row('squad', names.squad(r.ownerId), r)),
    ...repeatProblems(officers).map((r) => row('officer', names.officer(r.ownerId).name, r)),
  ]
}
