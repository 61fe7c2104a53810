import type { EvaluationSheet, SheetState } from '../../../../shared/contract/sheets'
import { adjudicatedReview, itemOutcomes, type ItemDecision, type Review, type VetoDecision } from '../../../../shared/domain/agreement'
import type { Rubric } from '../../../../shared/domain/rubric'
import { scoreEvaluation, type Grade } from '../../../../shared/domain/scoring'
import type { CampaignData } from '../exports/campaign-data'
import type { CaseResult } from '../adjudication/results'
import { rectOf } from '../evaluations/rect'

type Assignment = CampaignData['assignments'][number]
type Evaluation = CampaignData['evaluations'][number]
type Deduction = CampaignData['deductions'][number]
type VetoRow = CampaignData['vetoes'][number]

/** One round of the case with its evaluation's rows, already grouped by the caller. */
export interface RoundRows {
  assignment: Assignment
  evaluation: Evaluation | undefined
  rubric: Rubric
  deductions: Deduction[]
  vetoes: VetoRow[]
  notes: { itemId: string; note: string }[]
  notApplicable: string[]
  /** Another reviewer's round of a case still under blind double review: named, not shown. */
  withheld: boolean
}

export interface SheetInput {
  facts: EvaluationSheet['case']
  documents: EvaluationSheet['documents']
  rubricId: number
  rubric: Rubric
  rounds: RoundRows[]
  doubleReview: boolean
  /** The double review's campaign result (results.ts); undefined for a single review or an unassigned case. */
  double: CaseResult | undefined
  adjudication: { decidedBy: string; decidedAt: string; reason: string; total: number; grade: Grade; items: ItemDecision[]; vetoes: VetoDecision[] } | undefined
}

const NOT_DEDUCTED = { deducted: 0, notApplicable: false }

function reviewOf(r: RoundRows): Review {
  return {
    deductions: r.deductions.map((d) => ({ itemId: d.itemId, points: d.pointsTenths / 10 })),
    notApplicable: r.notApplicable,
    vetoes: r.vetoes.map((v) => v.vetoId),
  }
}

/**
 * The lead's ruling per item. A round reopened after the ruling no longer lines up with it
 * (adjudicatedReview refuses): the ruling's total and grade still stand, its items are not shown.
 */
function ruledReview(input: SheetInput, reviews: Review[]): Review | null {
  const [a, b, ...more] = reviews
  if (!input.adjudication || !a || !b || more.length > 0) return null
  try {
    return adjudicatedReview(input.rubric, a, b, input.adjudication.items, input.adjudication.vetoes)
  } catch {
    return null
  }
}

/** Where the case's result stands, and its total and grade when there is one to show. */
function resultOf(input: SheetInput, reviews: EvaluationSheet['reviews'], ruled: Review | null, anyVeto: boolean): EvaluationSheet['result'] {
  const { double } = input
  if (input.doubleReview && double) {
    const final = double.state === 'agreed' || double.state === 'decided'
    const vetoed = double.state === 'decided' ? (ruled ? ruled.vetoes.length > 0 : anyVeto && double.grade === 'fail') : anyVeto
    return { state: double.state, final, total: final ? double.total : null, grade: final ? double.grade : null, vetoed }
  }
  // A single review: the last submitted round counts (as in the workbook), else the round under way.
  const submitted = reviews.filter((r) => r.status === 'submitted').at(-1)
  if (submitted) return { state: 'submitted', final: true, total: submitted.total, grade: submitted.grade, vetoed: anyVeto }
  const started = reviews.find((r) => r.status === 'in_progress')
  const state: SheetState = started ? 'in_progress' : 'not_started'
  return { state, final: false, total: started?.total ?? null, grade: null, vetoed: anyVeto }
}

/** One 案卷评查表 from a case's rows: every rubric item with each review's outcome and deductions. */
export function buildSheet(input: SheetInput): EvaluationSheet {
  const shown = input.rounds.map((r) => (r.withheld ? { ...r, deductions: [], vetoes: [], notes: [], notApplicable: [] } : r))
  const reviewed = shown.map((r) => [r, reviewOf(r)] as const)
  const outcomes = reviewed.map(([r, review]) => itemOutcomes(r.rubric, review))
  const ruled = ruledReview(input, reviewed.map(([, review]) => review))
  const ruledOutcomes = ruled ? itemOutcomes(input.rubric, ruled) : null

  const reviews: EvaluationSheet['reviews'] = reviewed.map(([r, review]) => {
    const { assignment: a, evaluation: e } = r
    const score = scoreEvaluation(r.rubric, review)
    return {
      round: a.round,
      reviewerName: a.reviewerName,
      status: a.evaluationStatus,
      withheld: r.withheld,
      total: r.withheld ? null : a.total,
      grade: r.withheld ? null : ((a.grade as Grade | null) ?? null),
      applicableMax: score.applicableMax,
      earned: score.earned,
      updatedAt: e?.updatedAt ?? null,
      submittedAt: e?.submittedAt ?? null,
    }
  })

  const sections = input.rubric.sections.map((s) => ({
    id: s.id,
    title: s.title,
    titleEn: s.titleEn,
    points: s.points,
    items: s.items.map((item) => ({
      id: item.id,
      title: item.title,
      titleEn: item.titleEn,
      maxPoints: item.maxPoints,
      outcomes: outcomes.map((o) => o.get(item.id) ?? NOT_DEDUCTED),
      ruled: ruledOutcomes?.get(item.id) ?? null,
      deductions: shown.flatMap((r, review) =>
        r.deductions
          .filter((d) => d.itemId === item.id)
          .map((d) => {
            const option = item.deductions.find((o) => o.id === d.optionId)
            return {
              id: d.id,
              review,
              points: d.pointsTenths / 10,
              reason: d.reason,
              optionLabel: option?.label ?? null,
              optionLabelEn: option?.labelEn ?? null,
              documentId: d.documentId,
              page: d.page,
              rect: rectOf(d),
            }
          }),
      ),
      notes: shown.flatMap((r, review) => r.notes.filter((n) => n.itemId === item.id).map((n) => ({ review, note: n.note }))),
    })),
  }))

  const vetoes = shown.flatMap((r, review) =>
    r.vetoes.map((v) => {
      const veto = r.rubric.vetoes.find((x) => x.id === v.vetoId)
      return {
        review,
        vetoId: v.vetoId,
        title: veto?.title ?? v.vetoId,
        titleEn: veto?.titleEn ?? null,
        article: veto?.article ?? null,
        reason: v.reason,
        documentId: v.documentId,
        page: v.page,
      }
    }),
  )

  const { adjudication } = input
  return {
    case: input.facts,
    rubric: { id: input.rubricId, name: input.rubric.name, nameEn: input.rubric.nameEn ?? null, version: input.rubric.version, totalPoints: input.rubric.totalPoints },
    documents: input.documents,
    reviews,
    sections,
    vetoes,
    result: resultOf(input, reviews, ruled, vetoes.length > 0),
    adjudication: adjudication
      ? { decidedBy: adjudication.decidedBy, decidedAt: adjudication.decidedAt, reason: adjudication.reason, total: adjudication.total, grade: adjudication.grade }
      : null,
  }
}
