import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AssignmentRow } from '../../../shared/contract/campaigns'
import { caseSummaryColumns } from '../cases/queries'

/** Assignments with their case summary and evaluation progress. */
export async function listAssignments(db: Kysely<DB>, where: { campaignId?: number; reviewerId?: number; caseId?: number }) {
  let q = db
    .selectFrom('assignments')
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .innerJoin('reviewers', 'reviewers.id', 'assignments.reviewerId')
    .innerJoin('campaigns', 'campaigns.id', 'assignments.campaignId')
    .leftJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
    .select([
      'assignments.id as assignmentId',
      'assignments.position',
      'assignments.reviewerId',
      'assignments.campaignId',
      'campaigns.name as campaignName',
      'reviewers.name as reviewerName',
      'evaluations.status as evaluationStatus',
      'evaluations.total',
      'evaluations.grade',
      ...caseSummaryColumns,
    ])
  if (where.campaignId) q = q.where('assignments.campaignId', '=', where.campaignId)
  if (where.reviewerId) q = q.where('assignments.reviewerId', '=', where.reviewerId)
  if (where.caseId) q = q.where('assignments.caseId', '=', where.caseId)
  const rows = await q.orderBy('assignments.campaignId', 'desc').orderBy('assignments.position').orderBy('assignments.id').execute()
  return rows.map((r) => ({
    assignmentId: r.assignmentId,
    position: r.position,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewerName,
    campaignId: r.campaignId,
    campaignName: r.campaignName,
    evaluationStatus: (r.evaluationStatus ?? 'not_started') as AssignmentRow['evaluationStatus'],
    total: r.total,
    grade: r.grade,
    case: {
      id: r.id,
      caseNumber: r.caseNumber,
      party: r.party,
      procedure: r.procedure,
      caseType: r.caseType,
      domain: r.domain,
      squadId: r.squadId,
      squadName: r.squadName,
      filedOn: r.filedOn,
      decidedOn: r.decidedOn,
      penaltyFen: r.penaltyFen,
      status: r.status,
      documentCount: Number(r.documentCount),
    } as AssignmentRow['case'],
  }))
}

export async function listCampaigns(db: Kysely<DB>, id?: number) {
  let q = db
    .selectFrom('campaigns')
    .select([
      'campaigns.id',
      'campaigns.name',
      'campaigns.kind',
      'campaigns.rubricId',
      'campaigns.startsOn',
      'campaigns.endsOn',
      (eb) =>
        eb
          .selectFrom('assignments')
          .whereRef('assignments.campaignId', '=', 'campaigns.id')
          .select((sub) => sub.fn.count<number>('assignments.caseId').distinct().as('n'))
          .as('caseCount'),
      (eb) =>
        eb
          .selectFrom('assignments')
          .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
          .whereRef('assignments.campaignId', '=', 'campaigns.id')
          .where('evaluations.status', '=', 'submitted')
          .select(eb.fn.countAll<number>().as('n'))
          .as('submittedCount'),
    ])
  if (id) q = q.where('campaigns.id', '=', id)
  const rows = await q.orderBy('campaigns.id', 'desc').execute()
  return rows.map((r) => ({ ...r, caseCount: Number(r.caseCount), submittedCount: Number(r.submittedCount) }))
}
