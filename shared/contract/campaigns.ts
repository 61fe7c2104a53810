import { z } from 'zod'
import { method, domain } from './define'
import { id, isoDate, empty } from './common'
import { caseSummary } from './cases'

export const CAMPAIGN_KINDS = ['monthly', 'centralized', 'special', 'follow_up'] as const
export const EVALUATION_STATUSES = ['not_started', 'in_progress', 'submitted'] as const

export const campaignSummary = z.object({
  id,
  name: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  rubricId: id,
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  caseCount: z.number().int(),
  submittedCount: z.number().int(),
})

export const assignmentRow = z.object({
  assignmentId: id,
  position: z.number().int(),
  reviewerId: id,
  reviewerName: z.string(),
  case: caseSummary,
  evaluationStatus: z.enum(EVALUATION_STATUSES),
  total: z.number().nullable(),
  grade: z.string().nullable(),
})
export type AssignmentRow = z.output<typeof assignmentRow>

export const campaignsContract = domain('campaigns', {
  list: method(empty, z.array(campaignSummary)),
  get: method(z.object({ id }), campaignSummary.extend({ assignments: z.array(assignmentRow) })),
  /** The assignments of the reviewer at this PC, across campaigns: the 工作台. */
  mine: method(empty, z.array(assignmentRow.extend({ campaignId: id, campaignName: z.string() }))),
  forCase: method(z.object({ caseId: id }), z.array(assignmentRow.extend({ campaignId: id, campaignName: z.string() }))),
})
