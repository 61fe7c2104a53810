import type { TestWorkspace } from './workspace'
import { scoreAs, type Scoring } from './double-review'

/**
 * A monthly campaign under way on the first shipped rubric, each case assigned to the lead and
 * scored as given, through the real contract: what a section has after a month's reviewing.
 */
export async function seedScoredCampaign(ws: TestWorkspace, input: { name: string; leadId: number; startsOn: string; endsOn: string; cases: { caseId: number; scoring: Scoring }[] }) {
  const db = ws.app.ctx.db
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name: input.name, kind: 'monthly', rubricId: rubric.id, startsOn: input.startsOn, endsOn: input.endsOn, status: 'in_progress', createdAt: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  const assignments = await db
    .insertInto('assignments')
    .values(input.cases.map(({ caseId }, i) => ({ campaignId: campaign.id, caseId, reviewerId: input.leadId, position: i + 1 })))
    .returning('id')
    .execute()
  for (const [i, { scoring }] of input.cases.entries()) await scoreAs(ws, input.leadId, assignments[i]!.id, scoring)
  return campaign.id
}
