import { allItems, isRangeOption, toTenths, type Rubric, type RubricItem } from './rubric'

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const // 优秀 / 良好 / 合格 / 不合格
export type Grade = (typeof GRADES)[number]

export interface ScoreInput {
  deductions: { itemId: string; points: number }[]
  notApplicable: string[]
  vetoes: string[]
}

export interface ItemScore {
  itemId: string
  maxPoints: number
  deducted: number
  earned: number
  notApplicable: boolean
  basicElementProblem: boolean
}

export interface SectionScore {
  sectionId: string
  maxPoints: number
  applicableMax: number
  earned: number
}

export interface ScoreResult {
  items: ItemScore[]
  sections: SectionScore[]
  earned: number
  applicableMax: number
  /** earned / applicableMax scaled to totalPoints, one decimal. */
  total: number
  grade: Grade
  vetoed: boolean
  basicElementProblem: boolean
}

/** Converts to tenths, rejecting values that are not a multiple of 0.1 (beyond float noise). */
function tenthsOf(points: number, what: string): number {
  const t = Math.round(points * 10)
  if (!Number.isFinite(points) || Math.abs(points * 10 - t) > 1e-6) {
    throw new Error(`${what}: ${points} is not a multiple of 0.1 points`)
  }
  return t
}

/** Integer division rounded half up; exact, unlike rounding a float quotient. */
function divRoundHalfUp(numerator: number, denominator: number): number {
  const rem = numerator % denominator
  const quotient = (numerator - rem) / denominator
  return 2 * rem >= denominator ? quotient + 1 : quotient
}

export function scoreEvaluation(rubric: Rubric, input: ScoreInput): ScoreResult {
  const items = allItems(rubric)
  const byId = new Map(items.map((it) => [it.id, it]))

  const notApplicable = new Set<string>()
  for (const id of input.notApplicable) {
    const item = byId.get(id)
    if (!item) throw new Error(`Not-applicable mark on unknown item ${id}`)
    if (!item.notApplicableAllowed) throw new Error(`Item ${id} cannot be marked not applicable`)
    notApplicable.add(id)
  }

  const vetoIds = new Set(rubric.vetoes.map((v) => v.id))
  for (const id of input.vetoes) {
    if (!vetoIds.has(id)) throw new Error(`Unknown veto item ${id}`)
  }

  const deductedTenths = new Map<string, number>()
  for (const d of input.deductions) {
    if (!byId.has(d.itemId)) throw new Error(`Deduction on unknown item ${d.itemId}`)
    if (notApplicable.has(d.itemId)) throw new Error(`Deduction on item ${d.itemId}, which is marked not applicable`)
    const t = tenthsOf(d.points, `Deduction on ${d.itemId}`)
    if (t < 0) throw new Error(`Deduction on ${d.itemId} is negative: ${d.points}`)
    deductedTenths.set(d.itemId, (deductedTenths.get(d.itemId) ?? 0) + t)
  }

  const itemScores: ItemScore[] = []
  const sections: SectionScore[] = []
  let earnedT = 0
  let applicableT = 0
  for (const section of rubric.sections) {
    let sectionEarnedT = 0
    let sectionApplicableT = 0
    for (const item of section.items) {
      const maxT = toTenths(item.maxPoints)
      const na = notApplicable.has(item.id)
      // 扣完为止: deductions never take an item below zero.
      const dedT = na ? 0 : Math.min(deductedTenths.get(item.id) ?? 0, maxT)
      const itemEarnedT = na ? 0 : maxT - dedT
      itemScores.push({
        itemId: item.id,
        maxPoints: item.maxPoints,
        deducted: dedT / 10,
        earned: itemEarnedT / 10,
        notApplicable: na,
        basicElementProblem: item.basicElement && dedT > 0,
      })
      sectionEarnedT += itemEarnedT
      if (!na) sectionApplicableT += maxT
    }
    sections.push({
      sectionId: section.id,
      maxPoints: section.points,
      applicableMax: sectionApplicableT / 10,
      earned: sectionEarnedT / 10,
    })
    earnedT += sectionEarnedT
    applicableT += sectionApplicableT
  }

  // total in tenths = earned / applicable × totalPoints, computed on integers.
  const totalT = applicableT === 0 ? 0 : divRoundHalfUp(earnedT * toTenths(rubric.totalPoints), applicableT)
  const vetoed = input.vetoes.length > 0
  const basicElementProblem = itemScores.some((s) => s.basicElementProblem)

  return {
    items: itemScores,
    sections,
    earned: earnedT / 10,
    applicableMax: applicableT / 10,
    total: totalT / 10,
    grade: gradeFor(rubric, totalT / 10, vetoed, basicElementProblem),
    vetoed,
    basicElementProblem,
  }
}

export function gradeFor(rubric: Rubric, total: number, vetoed: boolean, basicElementProblem: boolean): Grade {
  const t = toTenths(total)
  const cut = rubric.gradeCutoffs
  if (vetoed || t < toTenths(cut.pass)) return 'fail'
  if (t >= toTenths(cut.excellent)) return basicElementProblem ? 'good' : 'excellent'
  if (t >= toTenths(cut.good)) return 'good'
  return 'pass'
}

/**
 * Points for one recorded deduction: a fixed option counts per occurrence, a range option takes
 * an amount within [min, max]. Not capped here; the item cap applies when scoring.
 */
export function deductionPoints(
  item: RubricItem,
  optionId: string,
  { occurrences, amount }: { occurrences?: number; amount?: number } = {},
): number {
  const option = item.deductions.find((o) => o.id === optionId)
  if (!option) throw new Error(`Item ${item.id} has no deduction option ${optionId}`)

  if (isRangeOption(option)) {
    if (occurrences !== undefined) throw new Error(`Option ${item.id}/${optionId} takes an amount, not occurrences`)
    if (amount === undefined) throw new Error(`Option ${item.id}/${optionId} needs an amount between ${option.min} and ${option.max}`)
    const t = tenthsOf(amount, `Amount for ${item.id}/${optionId}`)
    if (t < toTenths(option.min) || t > toTenths(option.max)) {
      throw new Error(`Amount ${amount} for ${item.id}/${optionId} is outside ${option.min}–${option.max}`)
    }
    return t / 10
  }

  if (amount !== undefined) throw new Error(`Option ${item.id}/${optionId} has fixed points; give occurrences, not an amount`)
  const n = occurrences ?? 1
  if (!Number.isInteger(n) || n < 1) throw new Error(`Occurrences for ${item.id}/${optionId} must be a positive integer, got ${n}`)
  return (toTenths(option.points) * n) / 10
}
