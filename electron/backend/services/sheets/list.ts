import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Locale } from '../../../../shared/contract/workspace'
import type { SheetsPage } from '../../../../shared/contract/sheets'
import type { Rubric } from '../../../../shared/domain/rubric'
import { EXPORT_LABELS } from '../../../../shared/i18n/export-labels'
import { adjudicationsOf } from '../adjudication/record'
import { groupBy, loadCampaignData } from '../exports/campaign-data'
import { ISSUING_UNIT_SETTING } from '../exports/campaign-workbook'
import { notFound } from '../errors'
import { loadRubric } from '../rubrics/load'
import { readSetting } from '../workspace/preferences'
import type { SignedIn } from '../../../../shared/contract/auth'
import { actsAsLead } from '../auth/actor'
import { buildSheet } from './sheet'

export interface SheetsRequest {
  campaignId: number
  caseId?: number
  offset: number
  limit: number
}

/** The campaign's cases (its sample, and any case assigned without one), optionally one of them. */
function campaignCases(db: Kysely<DB>, campaignId: number, caseId: number | undefined) {
  const members = db
    .selectFrom('campaignCases')
    .select('caseId')
    .where('campaignId', '=', campaignId)
    .union(db.selectFrom('assignments').select('caseId').where('campaignId', '=', campaignId))
  return db
    .selectFrom('cases')
    .innerJoin('squads', 'squads.id', 'cases.squadId')
    .where('cases.id', 'in', members)
    .$if(caseId !== undefined, (q) => q.where('cases.id', '=', caseId!))
}

/**
 * A page of the campaign's 案卷评查表 in case-number order (or the one case asked for). The
 * workbook's loader reads the page's cases only, so a page costs the same in a campaign of ten
 * cases or of five thousand.
 */
export async function listSheets(db: Kysely<DB>, request: SheetsRequest, locale: Locale, viewer: SignedIn | null): Promise<SheetsPage> {
  const { campaignId, caseId, offset, limit } = request
  const campaign = await db.selectFrom('campaigns').select(['id', 'name', 'kind', 'doubleReview', 'startsOn', 'endsOn', 'rubricId']).where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw notFound('campaign', campaignId)
  const cases = campaignCases(db, campaignId, caseId)
  const { total } = await cases.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
  if (caseId !== undefined && Number(total) === 0) throw notFound('case', caseId)
  const rows = await cases
    .leftJoin('campaignCases', (join) => join.onRef('campaignCases.caseId', '=', 'cases.id').on('campaignCases.campaignId', '=', campaignId))
    .select([
      'cases.id',
      'cases.caseNumber',
      'cases.party',
      'cases.partyType',
      'cases.caseType',
      'cases.procedure',
      'cases.domain',
      'squads.name as squadName',
      'cases.violation',
      'cases.legalBasis',
      'cases.penaltyFen',
      'cases.filedOn',
      'cases.decidedOn',
      'cases.closedOn',
      'campaignCases.rubricId',
    ])
    .orderBy('cases.caseNumber')
    .orderBy('cases.id')
    .limit(limit)
    .offset(offset)
    .execute()
  const caseIds = rows.map((r) => r.id)

  const data = await loadCampaignData(db, campaignId, { caseIds })
  const documents = caseIds.length
    ? await db.selectFrom('documents').select(['id', 'caseId', 'fileName', 'sha256']).where('caseId', 'in', caseIds).orderBy('caseId').orderBy('id').execute()
    : []
  const decisions = await adjudicationsOf(db, campaignId, caseIds)
  const unit = (await readSetting(db, ISSUING_UNIT_SETTING))?.trim() || EXPORT_LABELS[locale].summary.defaultUnit

  const rubrics = new Map<number, Rubric>(data.rubrics)
  const rubricOf = async (id: number) => {
    let rubric = rubrics.get(id)
    if (!rubric) rubrics.set(id, (rubric = await loadRubric(db, id)))
    return rubric
  }
  const evaluationOf = new Map(data.evaluations.map((e) => [e.assignmentId, e]))
  const roundsOf = groupBy(data.assignments, (a) => a.case.id)
  const deductionsOf = groupBy(data.deductions, (d) => d.evaluationId)
  const vetoesOf = groupBy(data.vetoes, (v) => v.evaluationId)
  const notesOf = groupBy(data.notes, (n) => n.evaluationId)
  const notApplicableOf = groupBy(data.notApplicable, (n) => n.evaluationId)
  const officersOf = groupBy(data.officers, (o) => o.caseId)
  const documentsOf = groupBy(documents, (d) => d.caseId)
  const doubleReview = campaign.doubleReview === 1

  const sheets = []
  for (const row of rows) {
    const rounds = [...(roundsOf.get(row.id) ?? [])].sort((a, b) => a.round - b.round || a.assignmentId - b.assignmentId)
    const first = rounds.map((a) => evaluationOf.get(a.assignmentId)).find((e) => e !== undefined)
    const rubricId = first?.rubricId ?? row.rubricId ?? campaign.rubricId
    const rubric = await rubricOf(rubricId)
    // 背对背: until every round is submitted, a reviewer who is not the lead sees only their own.
    const blind = doubleReview && !actsAsLead(viewer) && rounds.some((a) => a.evaluationStatus !== 'submitted')
    const roundRows = []
    for (const a of rounds) {
      const evaluation = evaluationOf.get(a.assignmentId)
      const id = evaluation?.id ?? 0
      roundRows.push({
        assignment: a,
        evaluation,
        rubric: evaluation ? await rubricOf(evaluation.rubricId) : rubric,
        deductions: deductionsOf.get(id) ?? [],
        vetoes: vetoesOf.get(id) ?? [],
        notes: notesOf.get(id) ?? [],
        notApplicable: (notApplicableOf.get(id) ?? []).map((n) => n.itemId),
        withheld: blind && a.reviewerId !== viewer?.reviewerId,
      })
    }
    const decision = decisions.get(row.id)
    sheets.push(
      buildSheet({
        facts: {
          id: row.id,
          caseNumber: row.caseNumber,
          party: row.party,
          partyType: row.partyType,
          caseType: row.caseType,
          procedure: row.procedure,
          domain: row.domain,
          squadName: row.squadName,
          violation: row.violation,
          legalBasis: row.legalBasis,
          penaltyFen: row.penaltyFen,
          filedOn: row.filedOn,
          decidedOn: row.decidedOn,
          closedOn: row.closedOn,
          officers: (officersOf.get(row.id) ?? []).map((o) => ({ name: o.name, badgeNumber: o.badgeNumber })),
        },
        documents: (documentsOf.get(row.id) ?? []).map(({ id, fileName, sha256 }) => ({ id, fileName, sha256 })),
        rubricId,
        rubric,
        rounds: roundRows,
        doubleReview,
        double: data.doubleResults.get(row.id),
        adjudication: decision,
      }),
    )
  }

  return {
    campaign: { id: campaign.id, name: campaign.name, kind: campaign.kind, doubleReview, startsOn: campaign.startsOn, endsOn: campaign.endsOn },
    issuingUnit: unit,
    total: Number(total),
    offset,
    sheets,
  }
}
