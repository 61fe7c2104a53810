import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ObjectAssignmentRow } from '../../../../shared/contract/campaigns'
import { evaluationScored, shownScore } from '../evaluations/shown-score'
import { objectPopulation, type ObjectKind, type ReviewObject } from './objects'

/** Assignments of A/V records and complaints (ADR 0013), with their object and evaluation progress. */
export async function listObjectAssignments(db: Kysely<DB>, where: { campaignId?: number; reviewerId?: number; inProgressOnly?: boolean }): Promise<ObjectAssignmentRow[]> {
  let q = db
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
      'assignments.avRecordId',
      'assignments.complaintId',
      'campaigns.name as campaignName',
      'reviewers.name as reviewerName',
      'evaluations.status as evaluationStatus',
      'evaluations.total',
      'evaluations.grade',
      evaluationScored.as('scored'),
    ])
    .where('assignments.caseId', 'is', null)
  if (where.campaignId) q = q.where('assignments.campaignId', '=', where.campaignId)
  if (where.reviewerId) q = q.where('assignments.reviewerId', '=', where.reviewerId)
  if (where.inProgressOnly) q = q.where('campaigns.status', '=', 'in_progress')
  const rows = await q.orderBy('assignments.campaignId', 'desc').orderBy('assignments.position').orderBy('assignments.round').orderBy('assignments.id').execute()
  const objects = await objectsOf(db, rows)
  return rows.map((r) => {
    const [kind, objectId] = r.avRecordId !== null ? (['av_record', r.avRecordId] as const) : (['complaint', r.complaintId!] as const)
    const o = objects[kind].get(objectId)!
    return {
      assignmentId: r.assignmentId,
      position: r.position,
      round: r.round,
      reviewerId: r.reviewerId,
      reviewerName: r.reviewerName,
      campaignId: r.campaignId,
      campaignName: r.campaignName,
      object: { kind, id: o.id, label: o.label, squadName: o.squadName, date: o.date },
      evaluationStatus: (r.evaluationStatus ?? 'not_started') as ObjectAssignmentRow['evaluationStatus'],
      ...shownScore(r),
    }
  })
}

/** The objects the rows name, read once per register. */
async function objectsOf(db: Kysely<DB>, rows: readonly { avRecordId: number | null; complaintId: number | null }[]) {
  const read = async (kind: ObjectKind, ids: number[]) => new Map<number, ReviewObject>(ids.length ? (await objectPopulation(db, kind, { ids })).map((o) => [o.id, o]) : [])
  return {
    av_record: await read('av_record', [...new Set(rows.flatMap((r) => (r.avRecordId === null ? [] : [r.avRecordId])))]),
    complaint: await read('complaint', [...new Set(rows.flatMap((r) => (r.complaintId === null ? [] : [r.complaintId])))]),
  }
}
