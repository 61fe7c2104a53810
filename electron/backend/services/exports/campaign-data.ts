import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Rubric } from '../../../../shared/domain/rubric'
import type { AuditAction } from '../../../../shared/contract/audit-actions'
import { listAssignments } from '../campaigns/queries'
import { loadRubric } from '../rubrics/load'
import { notFound } from '../errors'
import { doubleReviewResults } from '../adjudication/results'

/** The audit actions that create a deduction (their `after` names it) or set a veto. */
const DEDUCTING = ['evaluation.deduct', 'evaluation.check_confirm'] as const satisfies readonly AuditAction[]
const VETOING = 'evaluation.veto' satisfies AuditAction

/** Groups rows once by a key, keeping their order: the workbook never filters a whole table per case. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, [T, ...T[]]> {
  const groups = new Map<K, [T, ...T[]]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/**
 * Who made each deduction and set each veto. Deductions keep no column for their maker, so it is
 * the actor of the audit row that created them, read in one query over the campaign's
 * evaluations (entity 'evaluation', entity id = the evaluation) and matched by the `deductionId`
 * (or `vetoId`) that row's `after` records.
 */
async function makers(db: Kysely<DB>, campaignId: number, caseIds: number[] | null) {
  const rows = await db
    .selectFrom('auditLog')
    .select(['entityId', 'action', 'actor', 'after'])
    .where('entity', '=', 'evaluation')
    .where('action', 'in', [...DEDUCTING, VETOING])
    .where(
      'entityId',
      'in',
      db
        .selectFrom('evaluations')
        .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
        .where('assignments.campaignId', '=', campaignId)
        .$if(caseIds !== null, (q) => q.where('assignments.caseId', 'in', caseIds!))
        .select(sql<string>`cast(evaluations.id as text)`.as('id')),
    )
    .orderBy('id')
    .execute()
  const deductions = new Map<number, string>()
  const vetoes = new Map<string, string>()
  for (const r of rows) {
    const after = r.after ? (JSON.parse(r.after) as { deductionId?: number; vetoId?: string; on?: boolean }) : {}
    if (r.action === VETOING) {
      if (after.on && after.vetoId) vetoes.set(`${r.entityId}|${after.vetoId}`, r.actor)
    } else if (typeof after.deductionId === 'number') deductions.set(after.deductionId, r.actor)
  }
  return { deductions, vetoes }
}

/** Which of a campaign's cases to read: all of them, or some (a page of the printed sheets). */
export interface CaseScope {
  caseIds?: readonly number[]
}

/** Everything the campaign workbook (and the printed sheets) show, one query per table. */
export async function loadCampaignData(db: Kysely<DB>, campaignId: number, scope: CaseScope = {}) {
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw notFound('campaign', campaignId)
  const caseIds = scope.caseIds ? (scope.caseIds.length ? [...scope.caseIds] : [0]) : null
  const assignments = await listAssignments(db, { campaignId, caseIds: caseIds ?? undefined })
  const ofCampaign = db
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .where('assignments.campaignId', '=', campaignId)
    .$if(caseIds !== null, (q) => q.where('assignments.caseId', 'in', caseIds!))
  const evaluations = await ofCampaign.select(['evaluations.id', 'evaluations.assignmentId', 'evaluations.rubricId', 'evaluations.updatedAt', 'evaluations.submittedAt']).execute()
  const evaluationIds = ofCampaign.select('evaluations.id')
  const deductions = await db
    .selectFrom('deductions')
    .select(['id', 'evaluationId', 'itemId', 'optionId', 'pointsTenths', 'reason', 'documentId', 'page', 'rectX', 'rectY', 'rectW', 'rectH', 'createdAt'])
    .where('evaluationId', 'in', evaluationIds)
    .orderBy('evaluationId')
    .orderBy('itemId')
    .orderBy('id')
    .execute()
  const vetoes = await db.selectFrom('vetoFindings').select(['evaluationId', 'vetoId', 'reason', 'documentId', 'page']).where('evaluationId', 'in', evaluationIds).orderBy('evaluationId').orderBy('vetoId').execute()
  const notes = await db
    .selectFrom('itemStates')
    .select(['evaluationId', 'itemId', 'note'])
    .where('evaluationId', 'in', evaluationIds)
    .where('note', '!=', '')
    .orderBy('evaluationId')
    .orderBy('itemId')
    .execute()
  const notApplicable = await db
    .selectFrom('itemStates')
    .select(['evaluationId', 'itemId'])
    .where('evaluationId', 'in', evaluationIds)
    .where('notApplicable', '=', 1)
    .orderBy('evaluationId')
    .orderBy('itemId')
    .execute()
  const officers = await db
    .selectFrom('caseOfficers')
    .innerJoin('officers', 'officers.id', 'caseOfficers.officerId')
    .innerJoin('squads', 'squads.id', 'officers.squadId')
    .where('caseOfficers.caseId', 'in', caseIds ?? db.selectFrom('assignments').where('campaignId', '=', campaignId).select('caseId'))
    .select(['caseOfficers.caseId', 'officers.id', 'officers.name', 'officers.badgeNumber', 'squads.name as squadName'])
    .orderBy('caseOfficers.caseId')
    .orderBy('caseOfficers.position')
    .execute()
  const squads = await db.selectFrom('squads').select(['id', 'name', 'sortOrder']).orderBy('sortOrder').orderBy('id').execute()
  // Each case may carry its own rubric; the campaign's default names the rest.
  const rubricIds = [...new Set([campaign.rubricId, ...evaluations.map((e) => e.rubricId)])]
  const rubrics = new Map<number, Rubric>()
  for (const id of rubricIds) rubrics.set(id, await loadRubric(db, id))
  return {
    campaign,
    assignments,
    evaluations,
    deductions,
    vetoes,
    notes,
    notApplicable,
    officers,
    squads,
    rubrics,
    makers: await makers(db, campaignId, caseIds),
    doubleResults: await doubleReviewResults(db, campaignId, caseIds ?? undefined),
  }
}

export type CampaignData = Awaited<ReturnType<typeof loadCampaignData>>
