import { caseInput, seedRegistry, type TestWorkspace } from './workspace'
import { nth } from './defined'

/**
 * A centralized campaign under blind double review: four cases, each assigned to 张三 (round 1)
 * and 李四 (round 2), with 王敏 as the lead; nobody has scored yet and the lead sits at this PC.
 */
export async function seedDoubleReviewCampaign(ws: TestWorkspace, { toleranceTenths = 50 } = {}) {
  const db = ws.app.ctx.db
  const { squadIds } = await seedRegistry(ws)
  const numbers = ['第02001号', '第02002号', '第02003号', '第02004号']
  const cases: { id: number }[] = []
  for (const [i, n] of numbers.entries()) {
    cases.push(await ws.call('cases.create', caseInput(nth(squadIds, i % 2), { caseNumber: `青城管罚字〔2023〕${n}`, party: `当事人${i + 1}` })))
  }
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  const reviewers = await db
    .insertInto('reviewers')
    .values([
      { name: '王敏', role: 'lead' },
      { name: '张三', role: 'reviewer' },
      { name: '李四', role: 'reviewer' },
    ])
    .returning(['id', 'name'])
    .execute()
  const [lead, first, second] = [nth(reviewers, 0), nth(reviewers, 1), nth(reviewers, 2)]
  await db.insertInto('settings').values({ key: 'currentReviewerId', value: String(lead.id) }).execute()
  const now = new Date().toISOString()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name: '2023年上半年案卷集中评查', kind: 'centralized', rubricId: rubric.id, startsOn: '2023-07-01', endsOn: '2023-07-31', doubleReview: 1, toleranceTenths, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('campaignCases')
    .values(cases.map((c) => ({ campaignId: campaign.id, caseId: c.id, rubricId: rubric.id, origin: 'sample' as const, addedAt: now })))
    .execute()
  const assignments = await db
    .insertInto('assignments')
    .values(
      cases.flatMap((c, position) => [
        { campaignId: campaign.id, caseId: c.id, reviewerId: first.id, round: 1, position },
        { campaignId: campaign.id, caseId: c.id, reviewerId: second.id, round: 2, position },
      ]),
    )
    .returning(['id', 'caseId', 'round'])
    .execute()
  const assignmentOf = (caseIndex: number, round: 1 | 2) => assignments.find((a) => a.caseId === nth(cases, caseIndex).id && a.round === round)!.id
  const fourCases = [nth(cases, 0), nth(cases, 1), nth(cases, 2), nth(cases, 3)] as const
  return { campaignId: campaign.id, cases: fourCases, reviewers: { lead, first, second }, assignmentOf }
}

export interface Scoring {
  deductions?: { itemId: string; points: number; reason?: string; page?: number }[]
  vetoes?: string[]
  submit?: boolean
}

/** Scores an assignment through the real contract as the given reviewer (switched to at this PC). */
export async function scoreAs(ws: TestWorkspace, reviewerId: number, assignmentId: number, { deductions = [], vetoes = [], submit = true }: Scoring) {
  await ws.signInAs(reviewerId)
  const e = await ws.call('evaluations.open', { assignmentId })
  for (const d of deductions) await ws.call('evaluations.addDeduction', { evaluationId: e.id, reason: '扣分', ...d })
  for (const vetoId of vetoes) await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId, on: true, reason: '否决' })
  return submit ? ws.call('evaluations.submit', { evaluationId: e.id }) : ws.call('evaluations.open', { assignmentId })
}
