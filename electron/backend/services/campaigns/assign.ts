import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { planAssignments, queuePositions, recusalOf, type AssignableCase, type AssignableReviewer, type Unassignable } from '../../../../shared/domain/assignment'
import { AppError, notFound } from '../errors'
import { casePages } from './queries'

/** The campaign's cases as assignment reads them: squad, the officers who handled it, pages. */
export async function assignableCases(db: Kysely<DB>, campaignId: number, caseIds?: number[]): Promise<(AssignableCase & { squadName: string })[]> {
  let q = db
    .selectFrom('campaignCases')
    .innerJoin('cases', 'cases.id', 'campaignCases.caseId')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .select(['cases.id', 'cases.caseNumber', 'cases.squadId', 'squads.name as squadName', casePages.as('pages')])
    .where('campaignCases.campaignId', '=', campaignId)
  if (caseIds) q = q.where('cases.id', 'in', caseIds)
  const rows = await q.orderBy('cases.caseNumber').execute()
  const officers = await db
    .selectFrom('caseOfficers')
    .innerJoin('campaignCases', 'campaignCases.caseId', 'caseOfficers.caseId')
    .select(['caseOfficers.caseId', 'caseOfficers.officerId'])
    .where('campaignCases.campaignId', '=', campaignId)
    .execute()
  return rows.map((r) => ({ ...r, pages: Number(r.pages), officerIds: officers.filter((o) => o.caseId === r.id).map((o) => o.officerId) }))
}

export async function reviewersByIds(db: Kysely<DB>, ids: number[]): Promise<(AssignableReviewer & { squadName: string | null })[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('reviewers')
    .leftJoin('squads', 'squads.id', 'reviewers.squadId')
    .select(['reviewers.id', 'reviewers.name', 'reviewers.squadId', 'reviewers.officerId', 'reviewers.active', 'squads.name as squadName'])
    .where('reviewers.id', 'in', ids)
    .execute()
  for (const id of ids) {
    const r = rows.find((x) => x.id === id)
    if (!r) throw notFound('reviewer', id)
    if (r.active !== 1) throw new AppError('invalid_input', { detail: `${r.name}: inactive reviewer` })
  }
  return rows.map(({ active: _a, ...r }) => r)
}

/** The clear refusal when a case has no eligible reviewer: which case, and why each one is recused. */
export function noEligibleReviewer(u: Unassignable, c: { squadName: string }, reviewers: (AssignableReviewer & { squadName: string | null })[], needed: number) {
  const name = (id: number) => reviewers.find((r) => r.id === id)!
  const zh = u.recused.map((x) => (x.reason === 'handled' ? `${name(x.reviewerId).name}承办过该案` : `${name(x.reviewerId).name}属于${c.squadName}`)).join('，')
  const en = u.recused.map((x) => (x.reason === 'handled' ? `${name(x.reviewerId).name} handled it` : `${name(x.reviewerId).name} belongs to ${c.squadName}`)).join(', ')
  return new AppError('no_eligible_reviewer', { caseNumber: u.caseNumber, squad: c.squadName, recused: zh, recusedEn: en, needed })
}

/** Each reviewer's queue numbered 1…n in case-number order, after any change to the assignments. */
export async function renumber(trx: Transaction<DB>, campaignId: number) {
  const rows = await trx
    .selectFrom('assignments')
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .select(['assignments.id', 'assignments.reviewerId', 'assignments.position', 'cases.caseNumber'])
    .where('assignments.campaignId', '=', campaignId)
    .execute()
  for (const [row, position] of queuePositions(rows)) {
    if (row.position !== position) await trx.updateTable('assignments').set({ position }).where('id', '=', row.id).execute()
  }
}

/** Assigns the given cases (all of the campaign's when omitted) to the reviewers, balanced by pages on top of their current load. */
export async function assignCases(trx: Transaction<DB>, campaignId: number, reviewerIds: number[], rounds: 1 | 2, caseIds?: number[]) {
  const reviewers = await reviewersByIds(trx, reviewerIds)
  const cases = await assignableCases(trx, campaignId, caseIds)
  const current = await trx
    .selectFrom('assignments')
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .select(['assignments.reviewerId', casePages.as('pages')])
    .where('assignments.campaignId', '=', campaignId)
    .execute()
  const load = new Map<number, number>()
  for (const a of current) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + Number(a.pages))
  const plan = planAssignments(cases, reviewers, rounds, load)
  const [first] = plan.unassignable
  if (first) throw noEligibleReviewer(first, cases.find((c) => c.id === first.caseId)!, reviewers, rounds)
  if (plan.assignments.length) {
    await trx
      .insertInto('assignments')
      .values(plan.assignments.map((a) => ({ campaignId, caseId: a.caseId, reviewerId: a.reviewerId, round: a.round })))
      .execute()
  }
  await renumber(trx, campaignId)
  return plan
}

/** Refuses a reviewer who must recuse from the case, naming the reason. */
export async function checkRecusal(db: Kysely<DB>, campaignId: number, caseId: number, reviewerId: number) {
  const [reviewer] = await reviewersByIds(db, [reviewerId])
  // reviewersByIds already refuses an unknown id; this only tells the compiler.
  if (!reviewer) throw notFound('reviewer', reviewerId)
  const [c] = await assignableCases(db, campaignId, [caseId])
  if (!c) throw notFound('case', caseId)
  const reason = recusalOf(reviewer, c)
  if (reason) throw new AppError('recusal', { reviewer: reviewer.name, caseNumber: c.caseNumber, reason, squad: c.squadName })
  return { reviewer, case: c }
}
