import { type Rubric, type RubricItem, type RubricSection } from '../../../../shared/domain/rubric'
import type { Grade } from '../../../../shared/domain/scoring'
import { average, excellentGoodRate, noGrades, passRate } from '../../../../shared/domain/statistics/rates'
import { rankBy } from '../../../../shared/domain/statistics/ranking'
import { groupBy, type CampaignData } from './campaign-data'

/** A case's one result for the campaign; only counted results enter averages and rates. */
export interface CaseResult {
  caseId: number
  squadName: string
  counted: boolean
  total: number | null
  grade: Grade | null
  vetoed: boolean
}

export interface Tally {
  cases: number
  counted: number
  /** Cases not yet counted: not started, in review, or waiting for the lead's ruling. */
  open: number
  average: number | null
  grades: Record<Grade, number>
  /** 优良率 and 合格率, as fractions of the counted cases. */
  goodRate: number | null
  passRate: number | null
  vetoed: number
  min: number | null
  max: number | null
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** Counts, average and rates by the statistics' own rules (shared/domain/statistics), so the workbook and 统计与讲评 agree. */
export function tally(results: readonly CaseResult[]): Tally {
  const counted = results.filter((r) => r.counted)
  const grades = noGrades()
  let sum = 0
  let min: number | null = null
  let max: number | null = null
  for (const r of counted) {
    if (r.grade) grades[r.grade]++
    const total = r.total ?? 0
    sum += total
    min = min === null ? total : Math.min(min, total)
    max = max === null ? total : Math.max(max, total)
  }
  const n = counted.length
  return {
    cases: results.length,
    counted: n,
    open: results.length - n,
    average: average(sum, n),
    grades,
    goodRate: excellentGoodRate(grades),
    passRate: passRate(grades),
    vetoed: counted.filter((r) => r.vetoed).length,
    min,
    max,
  }
}

/** Ranked by average, highest first (equal averages share a rank); groups with nothing counted last, unranked. */
function byAverage<T extends { tally: Tally; name: string }>(rows: readonly T[]) {
  return rankBy(rows, (r) => r.tally.average, (a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

export interface ProblemTally {
  deductions: number
  points: number
}

/** Items of every rubric the campaign uses, with their section. */
function itemIndex(rubrics: Map<number, Rubric>) {
  const index = new Map<number, Map<string, { item: RubricItem; section: RubricSection }>>()
  for (const [id, rubric] of rubrics) {
    const items = new Map<string, { item: RubricItem; section: RubricSection }>()
    for (const section of rubric.sections) for (const item of section.items) items.set(item.id, { item, section })
    index.set(id, items)
  }
  return index
}

/** Per-case results, tallies per squad, officer and problem category, computed once from grouped rows. */
export function campaignFigures(data: CampaignData) {
  const { assignments, evaluations, deductions, vetoes, officers, rubrics, doubleResults } = data
  const items = itemIndex(rubrics)
  const evaluationOfAssignment = new Map(evaluations.map((e) => [e.assignmentId, e]))
  const rubricOfEvaluation = new Map(evaluations.map((e) => [e.id, e.rubricId]))
  const deductionsOf = groupBy(deductions, (d) => d.evaluationId)
  const vetoesOf = groupBy(vetoes, (v) => v.evaluationId)
  const assignmentsOf = groupBy(assignments, (a) => a.case.id)

  /** The deduction's rubric item, section and problem category (an option may override the item's). */
  const describe = (d: { evaluationId: number; itemId: string; optionId: string | null }) => {
    const found = items.get(rubricOfEvaluation.get(d.evaluationId) ?? data.campaign.rubricId)?.get(d.itemId)
    const option = found?.item.deductions.find((o) => o.id === d.optionId)
    return { ...found, option, category: option?.category ?? found?.item.category ?? '' }
  }

  const results: CaseResult[] = []
  // The submitted evaluations a counted case's problems are read from.
  const countedEvaluations = new Map<number, number[]>()
  for (const [caseId, rows] of assignmentsOf) {
    const submitted = rows.filter((a) => a.evaluationStatus === 'submitted').map((a) => evaluationOfAssignment.get(a.assignmentId)!.id)
    const double = doubleResults.get(caseId)
    const last = rows.filter((a) => a.evaluationStatus === 'submitted').at(-1)
    const counted = double ? double.state === 'agreed' || double.state === 'decided' : last !== undefined
    const total = double ? double.total : (last?.total ?? null)
    const grade = double ? double.grade : ((last?.grade as Grade | undefined) ?? null)
    const hasVeto = submitted.some((id) => vetoesOf.has(id))
    // A lead who overruled every veto leaves the case above 不合格.
    const vetoed = counted && hasVeto && (double?.state !== 'decided' || grade === 'fail')
    results.push({ caseId, squadName: rows[0].case.squadName, counted, total: counted ? total : null, grade: counted ? grade : null, vetoed })
    if (counted) countedEvaluations.set(caseId, double ? submitted : [submitted.at(-1)!])
  }
  const resultOf = new Map(results.map((r) => [r.caseId, r]))

  const problemsOfCase = (caseId: number): ProblemTally => {
    let n = 0
    let tenths = 0
    for (const id of countedEvaluations.get(caseId) ?? []) {
      for (const d of deductionsOf.get(id) ?? []) {
        n++
        tenths += d.pointsTenths
      }
    }
    return { deductions: n, points: tenths / 10 }
  }
  const sumProblems = (caseIds: Iterable<number>): ProblemTally => {
    const total = { deductions: 0, points: 0 }
    for (const id of caseIds) {
      const p = problemsOfCase(id)
      total.deductions += p.deductions
      total.points = round1(total.points + p.points)
    }
    return total
  }

  const bySquad = [...groupBy(results, (r) => r.squadName)].map(([name, rows]) => ({ name, tally: tally(rows) }))
  const squadOrder = new Map(data.squads.map((s, i) => [s.name, i]))

  const casesOfOfficer = groupBy(officers, (o) => o.id)
  const officerRows = byAverage(
    [...casesOfOfficer.values()].map((rows) => {
      const caseIds = [...new Set(rows.map((r) => r.caseId))]
      return {
        name: rows[0].name,
        badgeNumber: rows[0].badgeNumber,
        squadName: rows[0].squadName,
        tally: tally(caseIds.map((id) => resultOf.get(id)!)),
        problems: sumProblems(caseIds),
      }
    }),
  )

  // Problem categories in the rubrics' own order; counted cases only.
  const categoryOrder = [...new Set([...rubrics.values()].flatMap((r) => r.problemCategories))]
  const categories = new Map(categoryOrder.map((c) => [c, { name: c, cases: new Set<number>(), deductions: 0, tenths: 0, squads: new Map<string, number>() }]))
  for (const [caseId, ids] of countedEvaluations) {
    const squad = resultOf.get(caseId)!.squadName
    for (const id of ids) {
      for (const d of deductionsOf.get(id) ?? []) {
        const name = describe(d).category
        let c = categories.get(name)
        if (!c) categories.set(name, (c = { name, cases: new Set(), deductions: 0, tenths: 0, squads: new Map() }))
        if (!c.cases.has(caseId)) c.squads.set(squad, (c.squads.get(squad) ?? 0) + 1)
        c.cases.add(caseId)
        c.deductions++
        c.tenths += d.pointsTenths
      }
    }
  }
  const problemCategories = [...categories.values()]
    .map((c) => ({ name: c.name, cases: c.cases.size, deductions: c.deductions, points: c.tenths / 10, squads: [...c.squads].sort((a, b) => b[1] - a[1]) }))
    .sort((a, b) => b.cases - a.cases || b.points - a.points || categoryOrder.indexOf(a.name) - categoryOrder.indexOf(b.name))

  return {
    results,
    overall: tally(results),
    /** Ranked by average, for the 汇总 sheet. */
    squads: byAverage(bySquad),
    /** In the bureau's order of squads, for the per-squad sheet. */
    squadsInOrder: [...bySquad].sort((a, b) => (squadOrder.get(a.name) ?? Infinity) - (squadOrder.get(b.name) ?? Infinity)),
    officers: officerRows,
    problemCategories,
    describe,
    deductionsOf,
    vetoesOf,
    evaluationOfAssignment,
  }
}

export type CampaignFigures = ReturnType<typeof campaignFigures>
