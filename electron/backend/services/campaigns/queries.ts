import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AssignmentRow, CampaignCase } from '../../../../shared/contract/campaigns'
import { DEFAULT_PAGES } from '../../../../shared/domain/assignment'
import { caseSummaryColumns } from '../cases/queries'
import { assignmentRows, progressOf, type AssignmentFilter } from './assignment-rows'
import { notFound } from '../errors'

interface CaseSummaryRow {
  id: number
  caseNumber: string
  party: string
  procedure: string
  caseType: string
  domain: string
  squadId: number
  squadName: string
  filedOn: string | null
  decidedOn: string | null
  penaltyFen: number | null
  status: unknown
  documentCount: unknown
}

function caseSummaryOf(r: CaseSummaryRow): AssignmentRow['case'] {
  return {
    id: r.id,
    caseNumber: r.caseNumber,
    party: r.party,
    procedure: r.procedure,
    caseType: r.caseType,
    domain: r.domain,
    squadId: r.squadId,
    squadName: r.squadName,
    filedOn: r.filedOn,
    decidedOn: r.decidedOn,
    penaltyFen: r.penaltyFen,
    status: r.status,
    documentCount: Number(r.documentCount),
  } as AssignmentRow['case']
}

/** Assignments of cases with their case summary and evaluation progress. */
export async function listAssignments(db: Kysely<DB>, where: AssignmentFilter & { caseId?: number; caseIds?: readonly number[] }) {
  const rows = await assignmentRows(db, where)
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .select(caseSummaryColumns)
    .$if(where.caseId !== undefined, (q) => q.where('assignments.caseId', '=', where.caseId!))
    .$if(where.caseIds !== undefined, (q) => q.where('assignments.caseId', 'in', where.caseIds!.length ? [...where.caseIds!] : [0]))
    .orderBy('assignments.campaignId', 'desc')
    .orderBy('assignments.reviewerId')
    .orderBy('assignments.position')
    .orderBy('assignments.id')
    .execute()
  return rows.map((r) => ({ ...progressOf(r), case: caseSummaryOf(r) }))
}

/** Pages of a case's scans, a case without scans counting as DEFAULT_PAGES: the measure assignment balances. */
export const casePages = sql<number>`coalesce((select sum(files.page_count) from documents join files on files.sha256 = documents.sha256 where documents.case_id = cases.id), ${DEFAULT_PAGES})`

/** The campaign's sample: each case with its rubric, how it came in and whether it is already judged. */
export async function listCampaignCases(db: Kysely<DB>, campaignId: number): Promise<CampaignCase[]> {
  const rows = await db
    .selectFrom('campaignCases')
    .innerJoin('cases', 'cases.id', 'campaignCases.caseId')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .where('campaignCases.campaignId', '=', campaignId)
    .select([
      'campaignCases.rubricId',
      'campaignCases.origin',
      'campaignCases.note',
      casePages.as('pages'),
      (eb) =>
        eb
          .selectFrom('assignments')
          .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
          .whereRef('assignments.campaignId', '=', 'campaignCases.campaignId')
          .whereRef('assignments.caseId', '=', 'campaignCases.caseId')
          .where('evaluations.status', '=', 'submitted')
          .select(eb.fn.countAll<number>().as('n'))
          .as('submittedCount'),
      ...caseSummaryColumns,
    ])
    .orderBy('cases.caseNumber')
    .execute()
  return rows.map((r) => ({
    case: caseSummaryOf(r),
    rubricId: r.rubricId,
    origin: r.origin,
    note: r.note,
    pages: Number(r.pages),
    submitted: Number(r.submittedCount) > 0,
  }))
}

export async function listCampaigns(db: Kysely<DB>, id?: number) {
  let q = db
    .selectFrom('campaigns')
    .select([
      'campaigns.id',
      'campaigns.name',
      'campaigns.kind',
      'campaigns.target',
      'campaigns.status',
      'campaigns.rubricId',
      'campaigns.startsOn',
      'campaigns.endsOn',
      'campaigns.doubleReview',
      'campaigns.toleranceTenths',
      'campaigns.population',
      'campaigns.sampling',
      'campaigns.closedAt',
      // Campaigns made before samples were kept have assignments only.
      // One kind of object per campaign (ADR 0013): whichever column holds it.
      sql<number>`(select count(*) from (select coalesce(case_id, av_record_id, complaint_id) from campaign_cases where campaign_id = campaigns.id
        union select coalesce(case_id, av_record_id, complaint_id) from assignments where campaign_id = campaigns.id))`.as('caseCount'),
      (eb) =>
        eb
          .selectFrom('assignments')
          .innerJoin('evaluations', 'evaluations.assignmentId', 'assignments.id')
          .whereRef('assignments.campaignId', '=', 'campaigns.id')
          .where('evaluations.status', '=', 'submitted')
          .select(eb.fn.countAll<number>().as('n'))
          .as('submittedCount'),
      (eb) =>
        eb
          .selectFrom('assignments')
          .whereRef('assignments.campaignId', '=', 'campaigns.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('assignmentCount'),
    ])
  if (id) q = q.where('campaigns.id', '=', id)
  const rows = await q.orderBy('campaigns.id', 'desc').execute()
  return rows.map(({ toleranceTenths, doubleReview, caseCount, submittedCount, assignmentCount, population, sampling, closedAt, ...r }) => ({
    summary: {
      ...r,
      doubleReview: doubleReview === 1,
      tolerance: toleranceTenths / 10,
      caseCount: Number(caseCount),
      submittedCount: Number(submittedCount),
      evaluationCount: Math.max(Number(assignmentCount), Number(caseCount) * (doubleReview === 1 ? 2 : 1)),
    },
    population,
    sampling,
    closedAt,
  }))
}

export async function campaignSummaryOf(db: Kysely<DB>, id: number) {
  const [row] = await listCampaigns(db, id)
  if (!row) throw notFound('campaign', id)
  return row.summary
}
