import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { DB } from '../../db/schema'
import type { ReviewerRow, reviewerFields } from '../../../../shared/contract/people'
import { AppError, notFound } from '../errors'
import type { Log, Trx } from './guard'

type Fields = z.output<typeof reviewerFields>

function reviewerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('reviewers as r')
    .leftJoin('squads as s', 's.id', 'r.squadId')
    .leftJoin('officers as o', 'o.id', 'r.officerId')
    .select(['r.id', 'r.name', 'r.role', 'r.squadId', 's.name as squadName', 'r.officerId', 'o.name as officerName', 'r.active'])
    .orderBy('r.id')
}

type ReviewerQueryRow = Awaited<ReturnType<ReturnType<typeof reviewerQuery>['execute']>>[number]

/** `current`: the reviewer the caller is signed in as. */
function toReviewerRow(r: ReviewerQueryRow, currentId: number | null): ReviewerRow {
  return { ...r, active: r.active === 1, current: r.id === currentId }
}

export async function listReviewers(db: Kysely<DB>, currentId: number | null): Promise<ReviewerRow[]> {
  return (await reviewerQuery(db).execute()).map((r) => toReviewerRow(r, currentId))
}

export async function readReviewer(db: Kysely<DB>, id: number, currentId: number | null = null): Promise<ReviewerRow> {
  const row = await reviewerQuery(db).where('r.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('reviewer', id)
  return toReviewerRow(row, currentId)
}

function recordOf(r: ReviewerRow) {
  return { name: r.name, role: r.role, squad: r.squadName, officer: r.officerName, active: r.active }
}

async function checkFields(trx: Trx, fields: Fields, exceptId?: number) {
  let q = trx.selectFrom('reviewers').select('id').where('name', '=', fields.name)
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
  if (await q.executeTakeFirst()) throw new AppError('duplicate_name', { what: 'reviewer', name: fields.name })
  if (fields.squadId !== null && !(await trx.selectFrom('squads').select('id').where('id', '=', fields.squadId).executeTakeFirst()))
    throw notFound('squad', fields.squadId)
  if (fields.officerId !== null && !(await trx.selectFrom('officers').select('id').where('id', '=', fields.officerId).executeTakeFirst()))
    throw notFound('officer', fields.officerId)
}

/** Someone must always be able to change people: the last active lead stays a lead and active. */
async function assertNotLastLead(trx: Trx, r: ReviewerRow) {
  if (r.role !== 'lead' || !r.active) return
  const other = await trx.selectFrom('reviewers').select('id').where('role', '=', 'lead').where('active', '=', 1).where('id', '!=', r.id).executeTakeFirst()
  if (!other) throw new AppError('last_lead', { name: r.name })
}

export async function createReviewer(trx: Trx, log: Log, fields: Fields) {
  await checkFields(trx, fields)
  const { id } = await trx.insertInto('reviewers').values(fields).returning('id').executeTakeFirstOrThrow()
  const row = await readReviewer(trx, id)
  await log({ action: 'reviewer.create', entity: 'reviewer', entityId: id, after: recordOf(row) })
  return row
}

export async function updateReviewer(trx: Trx, log: Log, id: number, fields: Fields) {
  const before = await readReviewer(trx, id)
  await checkFields(trx, fields, id)
  if (fields.role !== 'lead') await assertNotLastLead(trx, before)
  await trx.updateTable('reviewers').set(fields).where('id', '=', id).execute()
  const after = await readReviewer(trx, id)
  await log({ action: 'reviewer.update', entity: 'reviewer', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}

/** An inactive reviewer is not offered for new assignments; the one signed in cannot deactivate themselves. */
export async function setReviewerActive(trx: Trx, log: Log, id: number, active: boolean, currentId: number | null) {
  const before = await readReviewer(trx, id, currentId)
  if (before.active === active) return before
  if (!active) {
    if (before.current) throw new AppError('current_reviewer', { name: before.name })
    await assertNotLastLead(trx, before)
  }
  await trx.updateTable('reviewers').set({ active: active ? 1 : 0 }).where('id', '=', id).execute()
  const after = await readReviewer(trx, id)
  await log({ action: active ? 'reviewer.activate' : 'reviewer.deactivate', entity: 'reviewer', entityId: id, before: recordOf(before), after: recordOf(after) })
  return after
}
