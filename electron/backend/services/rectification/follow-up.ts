import { randomInt } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { seededRandom } from '../../../../shared/domain/seeded-random'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { campaignProblems } from './found'

/** A random `percent` of the cases (all at 100), in case order, drawn with `seed`. */
function sampleCases(caseIds: readonly number[], percent: number, seed: number): number[] {
  if (percent >= 100) return [...caseIds]
  const random = seededRandom(seed)
  const keyed = caseIds.map((id) => ({ id, key: random() }))
  const count = Math.max(1, Math.ceil((caseIds.length * percent) / 100))
  const chosen = new Set(keyed.sort((a, b) => a.key - b.key).slice(0, count).map((k) => k.id))
  return caseIds.filter((id) => chosen.has(id))
}

/**
 * 回头看: a draft follow-up campaign on the cases of the notices' problems verified as rectified
 * and not yet followed up (a share of them, drawn at random, when asked); each case keeps the
 * rubric it was scored on. The lead assigns and starts it as any campaign.
 */
export async function createFollowUp(trx: Transaction<DB>, at: Date, actor: string, input: { noticeIds: number[]; name: string; percent: number }) {
  const problems = await trx
    .selectFrom('rectificationProblems as p')
    .innerJoin('evaluations as e', 'e.id', 'p.evaluationId')
    .innerJoin('rectificationNotices as n', 'n.id', 'p.noticeId')
    .innerJoin('campaigns as c', 'c.id', 'n.campaignId')
    .select(['p.id', 'p.caseId', 'e.rubricId', 'c.rubricId as campaignRubricId'])
    .where('p.noticeId', 'in', input.noticeIds)
    .where('p.verdict', '=', 'rectified')
    .where('p.followupCampaignId', 'is', null)
    .orderBy('p.caseId')
    .execute()
  const first = problems[0]
  if (!first) throw new AppError('nothing_to_follow_up')
  const seed = randomInt(1, 2 ** 31 - 1)
  const cases = sampleCases([...new Set(problems.map((p) => p.caseId))], input.percent, seed)
  const now = at.toISOString()
  const { id: campaignId } = await trx
    .insertInto('campaigns')
    .values({ name: input.name, kind: 'follow_up', rubricId: first.campaignRubricId, status: 'draft', createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  const followed = problems.filter((p) => cases.includes(p.caseId))
  await trx
    .insertInto('campaignCases')
    .values(cases.map((caseId) => ({ campaignId, caseId, rubricId: followed.find((p) => p.caseId === caseId)!.rubricId, origin: 'manual' as const, note: '回头看', addedAt: now })))
    .execute()
  await trx.updateTable('rectificationProblems').set({ followupCampaignId: campaignId }).where('id', 'in', followed.map((p) => p.id)).execute()
  await appendAudit(trx, at, {
    actor,
    action: 'rectification.follow_up',
    entity: 'campaign',
    entityId: campaignId,
    after: { name: input.name, noticeIds: input.noticeIds, percent: input.percent, seed, cases: cases.length, problems: followed.map((p) => p.id) },
  })
  return { campaignId, cases: cases.length, problems: followed.length }
}

/**
 * At the close of a follow-up campaign: each problem it checked is closed, or reopened where its
 * case's result fails the same item again (a repeat problem). A reopening of the campaign sets them
 * back to waiting. Each notice touched gets its audit row.
 */
export async function settleFollowUps(trx: Transaction<DB>, at: Date, actor: string, campaignId: number, closing: boolean) {
  const checked = await trx.selectFrom('rectificationProblems').select(['id', 'noticeId', 'caseId', 'itemId', 'followupResult']).where('followupCampaignId', '=', campaignId).execute()
  if (!checked.length) return
  const found = closing ? new Set((await campaignProblems(trx, campaignId)).map((p) => `${p.caseId}\u0000${p.itemId}`)) : new Set<string>()
  for (const noticeId of new Set(checked.map((p) => p.noticeId))) {
    const mine = checked.filter((p) => p.noticeId === noticeId)
    const results = mine.map((p) => ({ problemId: p.id, result: closing ? (found.has(`${p.caseId}\u0000${p.itemId}`) ? ('reopened' as const) : ('closed' as const)) : null }))
    for (const r of results) await trx.updateTable('rectificationProblems').set({ followupResult: r.result }).where('id', '=', r.problemId).execute()
    await appendAudit(trx, at, {
      actor,
      action: 'rectification.follow_up_result',
      entity: 'rectification_notice',
      entityId: noticeId,
      before: { campaignId, results: mine.map((p) => ({ problemId: p.id, result: p.followupResult })) },
      after: { campaignId, results },
    })
  }
}
