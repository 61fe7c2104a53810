import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AssignmentRow } from '../../../../shared/contract/campaigns'
import { evaluationScored, shownScore } from '../evaluations/shown-score'

export interface AssignmentFilter {
  campaignId?: number
  reviewerId?: number
  /** Only campaigns under way: a reviewer's queue. */
  inProgressOnly?: boolean
}

/** Assignments with their reviewer, campaign and evaluation progress: what every list of them starts from. */
export function assignmentRows(db: Kysely<DB>, where: AssignmentFilter) {
  return db
    .selectFrom('assignments')
    .innerJoin('reviewers', 'reviewers.id', 'assignments.reviewerId')
    .innerJoin('campaigns', 'campaigns.id', 'assignments.campaignId')
    .leftJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
    .select([
      'assignments.id as assignmentId',
      'assignments.position',
      'assignments.round',
      'assignments.reviewerId',
      'assignments.campaignId',
      'campaigns.name as campaignName',
      'reviewers.name as reviewerName',
      'evaluations.status as evaluationStatus',
      'evaluations.total',
      'evaluations.grade',
      evaluationScored.as('scored'),
    ])
    .$if(where.campaignId !== undefined, (q) => q.where('assignments.campaignId', '=', where.campaignId!))
    .$if(where.reviewerId !== undefined, (q) => q.where('assignments.reviewerId', '=', where.reviewerId!))
    .$if(where.inProgressOnly === true, (q) => q.where('campaigns.status', '=', 'in_progress'))
}

interface ProgressRow {
  assignmentId: number
  position: number
  round: number
  reviewerId: number
  reviewerName: string
  campaignId: number
  campaignName: string
  evaluationStatus: string | null
  total: number | null
  grade: string | null
  scored: number | null
}

/** A row's place, reviewer and campaign, and the score a list may show. */
export function progressOf(r: ProgressRow) {
  return {
    assignmentId: r.assignmentId,
    position: r.position,
    round: r.round,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewerName,
    campaignId: r.campaignId,
    campaignName: r.campaignName,
    evaluationStatus: (r.evaluationStatus ?? 'not_started') as AssignmentRow['evaluationStatus'],
    ...shownScore(r),
  }
}
