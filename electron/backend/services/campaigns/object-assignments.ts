import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { ObjectAssignmentRow } from '../../../../shared/contract/campaigns'
import { assignmentRows, progressOf, type AssignmentFilter } from './assignment-rows'
import { objectPopulation, type ObjectKind, type ReviewObject } from './objects'

/** Assignments of A/V records and complaints (ADR 0013), with their object and evaluation progress. */
export async function listObjectAssignments(db: Kysely<DB>, where: AssignmentFilter): Promise<ObjectAssignmentRow[]> {
  const rows = await assignmentRows(db, where)
    .select(['assignments.avRecordId', 'assignments.complaintId'])
    .where('assignments.caseId', 'is', null)
    .orderBy('assignments.campaignId', 'desc')
    .orderBy('assignments.position')
    .orderBy('assignments.round')
    .orderBy('assignments.id')
    .execute()
  const objects = await objectsOf(db, rows)
  return rows.map((r) => {
    const [kind, objectId] = r.avRecordId !== null ? (['av_record', r.avRecordId] as const) : (['complaint', r.complaintId!] as const)
    const o = objects[kind].get(objectId)!
    return { ...progressOf(r), object: { kind, id: o.id, label: o.label, squadName: o.squadName, date: o.date } }
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
