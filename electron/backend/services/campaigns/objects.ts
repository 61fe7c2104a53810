import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { planAssignments, type AssignableCase } from '../../../../shared/domain/assignment'
import { seededRandom } from '../../../../shared/domain/seeded-random'
import { officerCover } from '../../../../shared/domain/av-records/officer-cover'
import { allRepeatFlags } from '../complaints/repeats'
import { readRepeatRule } from '../complaints/repeat-rule'
import { reviewersByIds, noEligibleReviewer } from './assign'

/** The registers a campaign may review besides case files (ADR 0013), and each one's column. */
export type ObjectKind = 'av_record' | 'complaint'
export const OBJECT_COLUMN = { av_record: 'avRecordId', complaint: 'complaintId' } as const

export interface ObjectPopulation {
  from?: string
  to?: string
  /** These objects alone, whatever their date (a campaign's own): no repeat rule is worked out for them. */
  ids?: readonly number[]
  squadIds?: number[]
  /** Complaints only: the repeat complaints alone. */
  repeatsOnly?: boolean
  /** A/V records only: mandatory, the records that show every officer not yet reviewed in the period. */
  coverOfficers?: boolean
}

/** An object as sampling and assignment see it: its number, squad, date, and the officers who made it. */
export interface ReviewObject {
  id: number
  label: string
  squadId: number
  squadName: string
  date: string
  officerIds: number[]
  /** A repeat complaint: always reviewed (the plan's 重复投诉件督察). */
  mandatory: boolean
}

/** The register's objects of the period (and squads), oldest first. */
export async function objectPopulation(db: Kysely<DB>, kind: ObjectKind, p: ObjectPopulation): Promise<ReviewObject[]> {
  if (kind === 'av_record') {
    let q = db
      .selectFrom('avRecords')
      .innerJoin('squads', 'squads.id', 'avRecords.squadId')
      .select(['avRecords.id', 'avRecords.recordNumber as label', 'avRecords.squadId', 'squads.name as squadName', 'avRecords.recordedOn as date'])
    if (p.from) q = q.where('avRecords.recordedOn', '>=', p.from)
    if (p.to) q = q.where('avRecords.recordedOn', '<=', p.to)
    if (p.ids) q = q.where('avRecords.id', 'in', p.ids.length ? [...p.ids] : [0])
    if (p.squadIds?.length) q = q.where('avRecords.squadId', 'in', p.squadIds)
    const rows = await q.orderBy('avRecords.recordedOn').orderBy('avRecords.id').execute()
    const links = rows.length ? await db.selectFrom('avRecordOfficers').select(['avRecordId', 'officerId']).where('avRecordId', 'in', rows.map((r) => r.id)).execute() : []
    const records = rows.map((r) => ({ ...r, officerIds: links.filter((l) => l.avRecordId === r.id).map((l) => l.officerId), mandatory: false }))
    if (!p.coverOfficers) return records
    const cover = officerCover(records, await officersReviewed(db, p))
    return records.map((r) => ({ ...r, mandatory: cover.has(r.id) }))
  }
  let q = db
    .selectFrom('complaints')
    .innerJoin('squads', 'squads.id', 'complaints.squadId')
    .select(['complaints.id', 'complaints.ticketNumber as label', 'complaints.squadId', 'squads.name as squadName', 'complaints.receivedOn as date'])
  if (p.from) q = q.where('complaints.receivedOn', '>=', p.from)
  if (p.to) q = q.where('complaints.receivedOn', '<=', p.to)
  if (p.ids) q = q.where('complaints.id', 'in', p.ids.length ? [...p.ids] : [0])
  if (p.squadIds?.length) q = q.where('complaints.squadId', 'in', p.squadIds)
  const rows = await q.orderBy('complaints.receivedOn').orderBy('complaints.id').execute()
  const flags = p.ids ? new Map() : await allRepeatFlags(db, await readRepeatRule(db))
  const objects = rows.map((r) => ({ ...r, officerIds: [], mandatory: flags.has(r.id) }))
  return p.repeatsOnly ? objects.filter((o) => o.mandatory) : objects
}

/** Officers shown in a recording of the period that a submitted review has already covered. */
async function officersReviewed(db: Kysely<DB>, p: ObjectPopulation): Promise<Set<number>> {
  let q = db
    .selectFrom('avRecordOfficers')
    .innerJoin('avRecords', 'avRecords.id', 'avRecordOfficers.avRecordId')
    .innerJoin('assignments', 'assignments.avRecordId', 'avRecords.id')
    .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
    .where('evaluations.status', '=', 'submitted')
    .select('avRecordOfficers.officerId')
    .distinct()
  if (p.from) q = q.where('avRecords.recordedOn', '>=', p.from)
  if (p.to) q = q.where('avRecords.recordedOn', '<=', p.to)
  return new Set((await q.execute()).map((r) => r.officerId))
}

/**
 * The sample: every mandatory object, then at random (seeded) as many others as `percent` of the
 * population asks for beyond them, at least one when there are any.
 */
export function sampleObjects(population: readonly ReviewObject[], percent: number, seed: number): { object: ReviewObject; origin: 'always' | 'sample' }[] {
  const always = population.filter((o) => o.mandatory)
  const others = population.filter((o) => !o.mandatory)
  const wanted = Math.max(0, Math.ceil((population.length * percent) / 100 - 1e-9) - always.length)
  const random = seededRandom(seed)
  const drawn = new Set(
    others
      .map((o) => ({ o, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, others.length && wanted === 0 && always.length === 0 ? 1 : wanted)
      .map((k) => k.o.id),
  )
  return population.flatMap((o): { object: ReviewObject; origin: 'always' | 'sample' }[] => (o.mandatory ? [{ object: o, origin: 'always' }] : drawn.has(o.id) ? [{ object: o, origin: 'sample' }] : []))
}

/** The campaign's objects as assignment reads them. */
async function assignableObjects(db: Kysely<DB>, campaignId: number, kind: ObjectKind): Promise<(AssignableCase & { squadName: string })[]> {
  const column = OBJECT_COLUMN[kind]
  const ids = (await db.selectFrom('campaignCases').select(column).where('campaignId', '=', campaignId).execute()).flatMap((r) => (r[column] === null ? [] : [r[column]!]))
  if (!ids.length) return []
  const objects = await objectPopulation(db, kind, { ids })
  return objects.map((o) => ({ id: o.id, caseNumber: o.label, squadId: o.squadId, squadName: o.squadName, pages: 1, officerIds: o.officerIds }))
}

/**
 * Assigns a campaign's A/V records or complaints to the reviewers, balanced by count, no one on
 * their own squad's or their own recording (the cases' rule).
 */
export async function assignObjects(trx: Transaction<DB>, campaignId: number, kind: ObjectKind, reviewerIds: number[], rounds: 1 | 2) {
  const reviewers = await reviewersByIds(trx, reviewerIds)
  const objects = await assignableObjects(trx, campaignId, kind)
  const plan = planAssignments(objects, reviewers, rounds)
  const [first] = plan.unassignable
  if (first) throw noEligibleReviewer(first, objects.find((o) => o.id === first.caseId)!, reviewers, rounds)
  await trx.deleteFrom('assignments').where('campaignId', '=', campaignId).execute()
  const byReviewer = new Map<number, number>()
  // Each reviewer's queue follows the register's order (oldest first).
  const order = new Map(objects.map((o, i) => [o.id, i]))
  for (const a of plan.assignments.sort((x, y) => order.get(x.caseId)! - order.get(y.caseId)!)) {
    const position = (byReviewer.get(a.reviewerId) ?? 0) + 1
    byReviewer.set(a.reviewerId, position)
    await trx.insertInto('assignments').values({ campaignId, caseId: null, [OBJECT_COLUMN[kind]]: a.caseId, reviewerId: a.reviewerId, round: a.round, position }).execute()
  }
  return plan
}
