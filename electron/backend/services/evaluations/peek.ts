import type { Database } from '../../db/connection'
import type { ServiceContext } from '../context'
import { assertMayOpen } from '../adjudication/blind'
import { AppError, notFound } from '../errors'

/** An assignment as opening its evaluation needs it: the case's rubric in the campaign, and whether scoring may start. */
export async function assignmentToOpen(db: Database, assignmentId: number) {
  const assignment = await db
    .selectFrom('assignments')
    .innerJoin('campaigns', 'campaigns.id', 'assignments.campaignId')
    // The case's own rubric in the campaign's sample; campaigns without a sample use their default.
    .leftJoin('campaignCases', (j) => j.onRef('campaignCases.campaignId', '=', 'assignments.campaignId').onRef('campaignCases.caseId', '=', 'assignments.caseId'))
    .select((eb) => ['assignments.id', 'assignments.caseId', eb.fn.coalesce('campaignCases.rubricId', 'campaigns.rubricId').as('rubricId'), 'campaigns.status as campaignStatus', 'campaigns.name as campaignName'])
    .where('assignments.id', '=', assignmentId)
    .executeTakeFirst()
  if (!assignment) throw notFound('assignment', assignmentId)
  return assignment
}

/** Why a campaign not under way starts no evaluation: a draft is not reviewed yet, a closed one starts nothing new. */
export function notUnderWay(assignment: { campaignStatus: string; campaignName: string }): AppError {
  return new AppError(assignment.campaignStatus === 'draft' ? 'campaign_not_started' : 'campaign_closed', { name: assignment.campaignName })
}

/**
 * What opening an assignment will show, read without opening it: nothing is started or written,
 * and it fails where opening would. The review screen reads the next case of the queue ahead.
 */
export async function peekEvaluation(ctx: ServiceContext, assignmentId: number) {
  const assignment = await assignmentToOpen(ctx.db, assignmentId)
  await assertMayOpen(ctx, assignmentId)
  const started = await ctx.db.selectFrom('evaluations').select('id').where('assignmentId', '=', assignmentId).executeTakeFirst()
  if (assignment.campaignStatus !== 'in_progress' && !started) throw notUnderWay(assignment)
  return { caseId: assignment.caseId, rubricId: assignment.rubricId, evaluationId: started?.id ?? null }
}
