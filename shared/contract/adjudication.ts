import { z } from 'zod'
import { method, domain } from './define'
import { freeText, id } from './common'
import { GRADES } from '../domain/scoring'
import { rubricSchema } from '../domain/rubric'

export const DISAGREEMENT_REASONS = ['total', 'grade', 'veto'] as const
/** waiting: both submitted, they disagree, no decision yet; decided: the lead has ruled. */
export const ADJUDICATION_STATES = ['waiting', 'decided'] as const

const grade = z.enum(GRADES)
const points = z.number().min(0).max(100).multipleOf(0.1)

/** The lead's ruling on one item where the two reviews differ. */
export const itemDecision = z.object({
  itemId: z.string().min(1).max(20),
  choice: z.enum(['a', 'b', 'own']),
  /** The lead's own deduction on the item; only with choice 'own'. */
  points: points.optional(),
})
export const vetoDecision = z.object({ vetoId: z.string().min(1).max(20), choice: z.enum(['a', 'b']) })

const reviewerOfCase = z.object({
  round: z.number().int(),
  reviewerId: id,
  reviewerName: z.string(),
  total: z.number(),
  grade,
})

export const adjudicationRow = z.object({
  caseId: id,
  caseNumber: z.string(),
  party: z.string(),
  squadName: z.string(),
  state: z.enum(ADJUDICATION_STATES),
  reasons: z.array(z.enum(DISAGREEMENT_REASONS)),
  reviews: z.tuple([reviewerOfCase, reviewerOfCase]),
  /** The adjudicated result once decided. */
  total: z.number().nullable(),
  grade: grade.nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
})
export type AdjudicationRow = z.output<typeof adjudicationRow>

const review = reviewerOfCase.extend({
  evaluationId: id,
  submittedAt: z.string().nullable(),
  deductions: z.array(
    z.object({ itemId: z.string(), optionId: z.string().nullable(), points: z.number(), reason: z.string(), documentId: id.nullable(), page: z.number().int().nullable() }),
  ),
  notApplicable: z.array(z.string()),
  notes: z.record(z.string(), z.string()),
  vetoes: z.array(z.object({ vetoId: z.string(), reason: z.string(), documentId: id.nullable(), page: z.number().int().nullable() })),
})
export type AdjudicationReview = z.output<typeof review>

export const adjudicationCase = z.object({
  campaign: z.object({ id, name: z.string(), status: z.enum(['draft', 'in_progress', 'closed']), toleranceTenths: z.number().int() }),
  case: z.object({ id, caseNumber: z.string(), party: z.string(), squadName: z.string() }),
  rubricId: id,
  rubric: rubricSchema,
  reviews: z.tuple([review, review]),
  reasons: z.array(z.enum(DISAGREEMENT_REASONS)),
  differingItems: z.array(z.string()),
  differingVetoes: z.array(z.string()),
  decision: z
    .object({
      total: z.number(),
      grade,
      items: z.array(itemDecision),
      vetoes: z.array(vetoDecision),
      reason: z.string(),
      decidedBy: z.string(),
      decidedAt: z.string(),
    })
    .nullable(),
})
export type AdjudicationCase = z.output<typeof adjudicationCase>

const kappa = {
  n: z.number().int(),
  agreement: z.number().nullable(),
  kappa: z.number().nullable(),
}

export const agreementView = z.object({
  pairs: z.array(
    z.object({
      reviewerIds: z.tuple([id, id]),
      reviewerNames: z.tuple([z.string(), z.string()]),
      cases: z.number().int(),
      meanAbsTotalDifference: z.number().nullable(),
      ...kappa,
    }),
  ),
  items: z.array(
    z.object({ itemId: z.string(), title: z.string(), titleEn: z.string(), cases: z.number().int(), meanAbsPointsDifference: z.number().nullable(), ...kappa }),
  ),
})
export type AgreementView = z.output<typeof agreementView>

const caseRef = z.object({ campaignId: id, caseId: id })

export const adjudicationContract = domain('adjudication', {
  /** The double-reviewed cases of a campaign whose two submitted reviews disagree (lead only). */
  list: method(z.object({ campaignId: id }), z.array(adjudicationRow)),
  /** One disagreement side by side, item by item, with the rubric and any decision (lead only). */
  get: method(caseRef, adjudicationCase),
  /** The lead rules on every differing item and veto with a reason; revisable until the campaign closes. */
  decide: method(
    caseRef.extend({
      items: z.array(itemDecision).max(200),
      vetoes: z.array(vetoDecision).max(50),
      reason: freeText(2000).min(1),
    }),
    adjudicationCase,
  ),
  /** Agreement between the two blind reviews: per reviewer pair and per rubric item. */
  agreement: method(z.object({ campaignId: id }), agreementView),
})
