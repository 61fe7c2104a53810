import { expressionBuilder, sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { EMPTY_COUNTS, type QuotaCounts } from '../../../../shared/domain/quotas/figures'
import { allRepeatFlags } from '../complaints/repeats'
import { readRepeatRule } from '../complaints/repeat-rule'
import { listNotices } from '../rectification/queries'

type ObjectColumn = 'caseId' | 'avRecordId' | 'complaintId'
type Period = { from: string; to: string }

const eb = expressionBuilder<DB>()

/** Whether a submitted evaluation names the object (in any campaign): it has been reviewed. */
function reviewed(column: ObjectColumn, ref: string) {
  return eb.exists(
    eb
      .selectFrom('assignments')
      .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
      .select('assignments.id')
      .where(sql.ref(`assignments.${column}`), '=', sql.ref(ref))
      .where('evaluations.status', '=', 'submitted'),
  )
}

/** 1 where the object was reviewed, else 0: summed, a count of those reviewed (portable SQL). */
const reviewedCount = (column: ObjectColumn, ref: string) => eb.fn.sum<number>(eb.case().when(reviewed(column, ref)).then(1).else(0).end())

/** The queries of the dashboard, as built: each one aggregate per squad. */
export function quotaQueries(db: Kysely<DB>, { from, to }: Period) {
  return {
    cases: db
      .selectFrom('cases')
      .select((eb) => ['cases.squadId', eb.fn.countAll<number>().as('n'), reviewedCount('caseId', 'cases.id').as('done')])
      .where('cases.closedOn', '>=', from)
      .where('cases.closedOn', '<=', to)
      .groupBy('cases.squadId'),
    majors: db
      .selectFrom('cases')
      .select((eb) => ['cases.squadId', eb.fn.countAll<number>().as('n'), reviewedCount('caseId', 'cases.id').as('done')])
      .where('cases.isMajor', '=', 1)
      .where('cases.decidedOn', '>=', from)
      .where('cases.decidedOn', '<=', to)
      .groupBy('cases.squadId'),
    avRecords: db
      .selectFrom('avRecords')
      .select((eb) => ['avRecords.squadId', eb.fn.countAll<number>().as('n'), reviewedCount('avRecordId', 'avRecords.id').as('done')])
      .where('avRecords.recordedOn', '>=', from)
      .where('avRecords.recordedOn', '<=', to)
      .groupBy('avRecords.squadId'),
    officers: db
      .selectFrom('officers')
      .innerJoin('squads', 'squads.id', 'officers.squadId')
      .select((eb) => [
        'officers.id',
        'officers.name',
        'officers.badgeNumber',
        'officers.squadId',
        'squads.name as squadName',
        eb
          .exists(
            eb
              .selectFrom('avRecordOfficers')
              .innerJoin('avRecords', 'avRecords.id', 'avRecordOfficers.avRecordId')
              .select('avRecords.id')
              .whereRef('avRecordOfficers.officerId', '=', 'officers.id')
              .where('avRecords.recordedOn', '>=', from)
              .where('avRecords.recordedOn', '<=', to)
              .where(reviewed('avRecordId', 'avRecords.id')),
          )
          .as('covered'),
      ])
      .where('officers.active', '=', 1)
      .orderBy('squads.sortOrder')
      .orderBy('officers.name'),
    complaints: db
      .selectFrom('complaints')
      .select(['complaints.id', 'complaints.squadId', reviewed('complaintId', 'complaints.id').as('done')])
      .where('complaints.receivedOn', '>=', from)
      .where('complaints.receivedOn', '<=', to),
    campaigns: db.selectFrom('campaigns').select('startsOn').where('kind', '=', 'monthly').where('status', '!=', 'draft').where('startsOn', '>=', from).where('startsOn', '<=', to),
  }
}

export interface QuotaData {
  bySquad: Map<number, QuotaCounts>
  uncoveredOfficers: { id: number; name: string; badgeNumber: string; squadName: string }[]
  monthsWithCampaign: Set<string>
}

/** Every count of the dashboard for a period, per squad; `today` decides which notices are due. */
export async function quotaData(db: Kysely<DB>, period: Period, today: string): Promise<QuotaData> {
  const q = quotaQueries(db, period)
  const [cases, majors, avRecords, officers, complaints, campaigns, notices, flags] = await Promise.all([
    q.cases.execute(),
    q.majors.execute(),
    q.avRecords.execute(),
    q.officers.execute(),
    q.complaints.execute(),
    q.campaigns.execute(),
    listNotices(db, today),
    readRepeatRule(db).then((rule) => allRepeatFlags(db, rule)),
  ])
  const bySquad = new Map<number, QuotaCounts>()
  const of = (squadId: number) => {
    let c = bySquad.get(squadId)
    if (!c) bySquad.set(squadId, (c = { ...EMPTY_COUNTS }))
    return c
  }
  for (const r of cases) Object.assign(of(r.squadId), { closedCases: Number(r.n), reviewedCases: Number(r.done ?? 0) })
  for (const r of majors) Object.assign(of(r.squadId), { majorDecisions: Number(r.n), checkedMajorDecisions: Number(r.done ?? 0) })
  for (const r of avRecords) Object.assign(of(r.squadId), { avRecords: Number(r.n), reviewedAvRecords: Number(r.done ?? 0) })
  for (const o of officers) {
    const c = of(o.squadId)
    c.officers++
    if (o.covered) c.coveredOfficers++
  }
  for (const r of complaints) {
    const c = of(r.squadId)
    c.complaints++
    if (r.done) c.reviewedComplaints++
    if (flags.has(r.id)) {
      c.repeatComplaints++
      if (r.done) c.reviewedRepeatComplaints++
    }
  }
  for (const n of notices) {
    if (n.deadlineOn < period.from || n.deadlineOn > period.to) continue
    // A notice not yet due and not yet closed is neither on time nor late.
    if (n.state !== 'closed' && n.deadlineOn >= today) continue
    const c = of(n.squadId)
    c.dueNotices++
    if (n.state === 'closed' && n.repliedOn !== null && n.repliedOn <= n.deadlineOn) c.noticesOnTime++
  }
  return {
    bySquad,
    uncoveredOfficers: officers.filter((o) => !o.covered).map(({ id, name, badgeNumber, squadName }) => ({ id, name, badgeNumber, squadName })),
    monthsWithCampaign: new Set(campaigns.flatMap((c) => (c.startsOn ? [c.startsOn.slice(0, 7)] : []))),
  }
}
