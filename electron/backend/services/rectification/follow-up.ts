import { randomInt } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { seededRandom } from '../../../../shared/domain/seeded-random'
import { appendAudit } from '../audit/log'
import { AppError } from '../errors'
import { campaignProblems } from './found'
import { rubricChooser } from '../campaigns/rubric-choice'
import type { FollowUpScope } from '../../../../shared/contract/rectification'

/** `count` of the cases (all when there are no more), in case order, drawn at random with `seed`. */
function sampleCases(caseIds: readonly number[], count: number, seed: number): number[] {
  if (count >= caseIds.length) return [...caseIds]
  const random = seededRandom(seed)
  const keyed = caseIds.map((id) => ({ id, key: random() }))
  const chosen = new Set(keyed.sort((a, b) => a.key - b.key).slice(0, count).map((k) => k.id))
  return caseIds.filter((id) => chosen.has(id))
}

/** A share of `n` items, at least one. */
const shareCount = (n: number, percent: number) => Math.max(1, Math.ceil((n * percent) / 100))

type FollowUpInput = { noticeIds: number[]; name: string; percent: number; scope: FollowUpScope }
type Problem = { id: number; caseId: number; rubricId: number; squadId: number; since: string }

/**
 * 回头看 on later cases: per squad, as many of its cases decided after the notices' reply (or
 * issue) as it has rectified cases, times `percent`, drawn at random among those not already
 * followed; each on the rubric its kind calls for.
 */
async function laterCases(trx: Transaction<DB>, problems: Problem[], percent: number, seed: number, defaultRubricId: number) {
  const rubricOf = await rubricChooser(trx, defaultRubricId)
  const own = new Set(problems.map((p) => p.caseId))
  const chosen: { caseId: number; rubricId: number }[] = []
  for (const squadId of [...new Set(problems.map((p) => p.squadId))].sort((a, b) => a - b)) {
    const mine = problems.filter((p) => p.squadId === squadId)
    const since = mine.map((p) => p.since).sort().at(-1)!
    const later = await trx.selectFrom('cases').select(['id', 'caseType', 'procedure']).where('squadId', '=', squadId).where('decidedOn', '>', since).orderBy('id').execute()
    const pool = later.filter((c) => !own.has(c.id))
    const picked = new Set(sampleCases(pool.map((c) => c.id), shareCount(new Set(mine.map((p) => p.caseId)).size, percent), seed))
    for (const c of pool) if (picked.has(c.id)) chosen.push({ caseId: c.id, rubricId: rubricOf(c) })
  }
  if (!chosen.length) throw new AppError('no_later_cases')
  return chosen
}

/**
 * 回头看: a draft follow-up campaign on the notices' problems verified as rectified and not yet
 * followed up: their own cases again (a share of them, drawn at random, when asked), each on the
 * rubric it was scored on, or later cases of the same squads. The lead assigns and starts it as
 * any campaign.
 */
export async function createFollowUp(trx: Transaction<DB>, at: Date, actor: string, input: FollowUpInput) {
  const problems = await trx
    .selectFrom('rectificationProblems as p')
    .innerJoin('evaluations as e', 'e.id', 'p.evaluationId')
    .innerJoin('rectificationNotices as n', 'n.id', 'p.noticeId')
    .innerJoin('campaigns as c', 'c.id', 'n.campaignId')
    .select(['p.id', 'p.caseId', 'e.rubricId', 'c.rubricId as campaignRubricId', 'n.squadId', 'n.issuedOn', 'n.repliedOn'])
    .where('p.noticeId', 'in', input.noticeIds)
    .where('p.verdict', '=', 'rectified')
    .where('p.followupCampaignId', 'is', null)
    .orderBy('p.caseId')
    .execute()
  const first = problems[0]
  if (!first) throw new AppError('nothing_to_follow_up')
  const seed = randomInt(1, 2 ** 31 - 1)
  const rows = problems.map((p) => ({ ...p, since: p.repliedOn ?? p.issuedOn }))
  const cases =
    input.scope === 'later_cases'
      ? await laterCases(trx, rows, input.percent, seed, first.campaignRubricId)
      : sampleCases([...new Set(rows.map((p) => p.caseId))], shareCount(new Set(rows.map((p) => p.caseId)).size, input.percent), seed).map((caseId) => ({ caseId, rubricId: rows.find((p) => p.caseId === caseId)!.rubricId }))
  const now = at.toISOString()
  const { id: campaignId } = await trx
    .insertInto('campaigns')
    .values({ name: input.name, kind: 'follow_up', rubricId: first.campaignRubricId, status: 'draft', createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  // Later cases follow every problem of their squads; the same cases, the problems found in them.
  const drawn = new Set(cases.map((c) => c.caseId))
  const followed = input.scope === 'later_cases' ? rows : rows.filter((p) => drawn.has(p.caseId))
  await trx
    .insertInto('campaignCases')
    .values(cases.map(({ caseId, rubricId }) => ({ campaignId, caseId, rubricId, origin: 'manual' as const, note: '回头看', addedAt: now })))
    .execute()
  await trx.updateTable('rectificationProblems').set({ followupCampaignId: campaignId }).where('id', 'in', followed.map((p) => p.id)).execute()
  await appendAudit(trx, at, {
    actor,
    action: 'rectification.follow_up',
    entity: 'campaign',
    entityId: campaignId,
    after: { name: input.name, noticeIds: input.noticeIds, percent: input.percent, scope: input.scope, seed, cases: cases.length, problems: followed.map((p) => p.id) },
  })
  return { campaignId, cases: cases.length, problems: followed.length }
}

/**
 * At the close of a follow-up campaign: each problem it checked is closed, or reopened where its
 * case's result fails the same item again (a repeat problem). A reopening of the campaign sets them
 * back to waiting. Each notice touched gets its audit row.
 */
export async function settleFollowUps(trx: Transaction<DB>, at: Date, actor: string, campaignId: number, closing: boolean) {
  const checked = await trx
    .selectFrom('rectificationProblems as p')
    .innerJoin('rectificationNotices as n', 'n.id', 'p.noticeId')
    .select(['p.id', 'p.noticeId', 'p.caseId', 'p.itemId', 'p.followupResult', 'n.squadId'])
    .where('p.followupCampaignId', '=', campaignId)
    .execute()
  if (!checked.length) return
  const campaignCases = new Set((await trx.selectFrom('campaignCases').select('caseId').where('campaignId', '=', campaignId).execute()).map((c) => c.caseId))
  const problems = closing ? await campaignProblems(trx, campaignId) : []
  const found = new Set(problems.flatMap((p) => [`case\u0000${p.caseId}\u0000${p.itemId}`, `squad\u0000${p.squadId}\u0000${p.itemId}`]))
  // A problem whose case is in the campaign is judged on that case; otherwise on its squad's later cases.
  const keyOf = (p: { caseId: number; squadId: number; itemId: string }) => (campaignCases.has(p.caseId) ? `case\u0000${p.caseId}\u0000${p.itemId}` : `squad\u0000${p.squadId}\u0000${p.itemId}`)
  for (const noticeId of new Set(checked.map((p) => p.noticeId))) {
    const mine = checked.filter((p) => p.noticeId === noticeId)
    const results = mine.map((p) => ({ problemId: p.id, result: closing ? (found.has(keyOf(p)) ? ('reopened' as const) : ('closed' as const)) : null }))
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
