import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import type { TypicalEntry } from '../../../../shared/contract/typical'
import { allItems, findItem, type Rubric } from '../../../../shared/domain/rubric'
import { loadRubric } from '../rubrics/load'
import { doubleReviewResults } from '../adjudication/results'
import { adjudicationsOf } from '../adjudication/record'
import { windowOf, type Window } from '../statistics/window'

/** Marks on submitted evaluations in the window, with their case, deduction or veto finding. */
function markedRows(db: Kysely<DB>, w: Window) {
  let q = db
    .selectFrom('typicalMarks as t')
    .innerJoin('evaluations as e', 'e.id', 't.evaluationId')
    .innerJoin('assignments as a', 'a.id', 'e.assignmentId')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .innerJoin('cases as k', 'k.id', 'a.caseId')
    .innerJoin('squads as s', 's.id', 'k.squadId')
    .innerJoin('reviewers as r', 'r.id', 'a.reviewerId')
    .leftJoin('deductions as d', 'd.id', 't.deductionId')
    .leftJoin('vetoFindings as v', (j) => j.onRef('v.evaluationId', '=', 't.evaluationId').onRef('v.vetoId', '=', 't.vetoId'))
    .select([
      't.id',
      't.evaluationId',
      't.deductionId',
      't.vetoId',
      't.kind',
      't.note',
      't.markedBy',
      't.markedAt',
      'a.id as assignmentId',
      'c.id as campaignId',
      'c.name as campaignName',
      'c.doubleReview',
      'k.id as caseId',
      'k.caseNumber',
      'k.party',
      's.name as squadName',
      'r.name as reviewerName',
      'e.rubricId',
      'd.itemId',
      'd.optionId',
      'd.pointsTenths',
      'd.reason as deductionReason',
      'd.documentId as deductionDocumentId',
      'd.page as deductionPage',
      'd.rectX',
      'd.rectY',
      'd.rectW',
      'd.rectH',
      'v.reason as vetoReason',
      'v.documentId as vetoDocumentId',
      'v.page as vetoPage',
    ])
    .where('e.status', '=', 'submitted')
  if (w.kind === 'campaign') q = q.where('a.campaignId', '=', w.campaignId)
  else {
    // A double-reviewed case counts when its result is reached, which the caller checks.
    const { fromInstant, toInstant } = w
    q = q.where((eb) => eb.or([eb('c.doubleReview', '=', 1), eb.and([eb('e.submittedAt', '>=', fromInstant), eb('e.submittedAt', '<', toInstant)])]))
  }
  return q.orderBy('k.caseNumber').orderBy('t.evaluationId').orderBy('t.id')
}

type Row = Awaited<ReturnType<ReturnType<typeof markedRows>['execute']>>[number]

/**
 * Double-reviewed cases count as the statistics count them: by their campaign result (both reviews
 * agreeing, or the lead's ruling), and in a period when that result was reached in it.
 */
async function countedDoubleCases(db: Kysely<DB>, w: Window, rows: Row[]): Promise<Set<string>> {
  const counted = new Set<string>()
  const campaignIds = [...new Set(rows.filter((r) => r.doubleReview === 1).map((r) => r.campaignId))]
  for (const campaignId of campaignIds) {
    const [results, decisions, submitted] = await Promise.all([
      doubleReviewResults(db, campaignId),
      adjudicationsOf(db, campaignId),
      db
        .selectFrom('assignments as a')
        .innerJoin('evaluations as e', 'e.assignmentId', 'a.id')
        .select(['a.caseId', (eb) => eb.fn.max('e.submittedAt').as('lastSubmittedAt')])
        .where('a.campaignId', '=', campaignId)
        .groupBy('a.caseId')
        .execute(),
    ])
    const lastSubmitted = new Map(submitted.map((s) => [s.caseId, s.lastSubmittedAt]))
    for (const [caseId, result] of results) {
      if (result.state !== 'agreed' && result.state !== 'decided') continue
      if (w.kind === 'period') {
        const reachedAt = decisions.get(caseId)?.decidedAt ?? lastSubmitted.get(caseId) ?? ''
        if (reachedAt < w.fromInstant || reachedAt >= w.toInstant) continue
      }
      counted.add(`${campaignId}/${caseId}`)
    }
  }
  return counted
}

function describe(rubric: Rubric, r: Row): Pick<TypicalEntry, 'target' | 'itemId' | 'title' | 'titleEn' | 'category' | 'points' | 'reason' | 'documentId' | 'page' | 'rect'> {
  if (r.deductionId !== null) {
    const itemId = r.itemId ?? ''
    const item = findItem(rubric, itemId)
    const option = item?.deductions.find((o) => o.id === r.optionId)
    const rect = r.rectX !== null && r.rectY !== null && r.rectW !== null && r.rectH !== null ? { x: r.rectX, y: r.rectY, w: r.rectW, h: r.rectH } : null
    return {
      target: 'deduction',
      itemId,
      title: item?.title ?? itemId,
      titleEn: item?.titleEn ?? itemId,
      category: option?.category ?? item?.category ?? null,
      points: (r.pointsTenths ?? 0) / 10,
      reason: r.deductionReason ?? '',
      documentId: r.deductionDocumentId,
      page: r.deductionPage,
      rect,
    }
  }
  const vetoId = r.vetoId ?? ''
  const veto = rubric.vetoes.find((v) => v.id === vetoId)
  return {
    target: 'veto',
    itemId: vetoId,
    title: veto?.title ?? vetoId,
    titleEn: veto?.titleEn ?? veto?.title ?? vetoId,
    category: null,
    points: null,
    reason: r.vetoReason ?? '',
    documentId: r.vetoDocumentId,
    page: r.vetoPage,
    rect: null,
  }
}

/**
 * The typical cases of a campaign or a period (the same scope as the statistics), by case number:
 * each marked deduction or veto with its case, squad, officers, rubric item, points, reason and
 * evidence anchor. Only submitted evaluations count, a double-reviewed case by its result.
 * For the statistics screen, the 通报 bulletin and the meeting's slides alike.
 */
export async function listTypical(db: Kysely<DB>, scope: StatisticsScope): Promise<TypicalEntry[]> {
  const w = await windowOf(db, scope)
  const rows = await markedRows(db, w).execute()
  const doubleCounted = await countedDoubleCases(db, w, rows)
  const kept = rows.filter((r) => r.doubleReview !== 1 || doubleCounted.has(`${r.campaignId}/${r.caseId}`))
  const caseIds = [...new Set(kept.map((r) => r.caseId))]
  const officers = caseIds.length
    ? await db
        .selectFrom('caseOfficers as co')
        .innerJoin('officers as o', 'o.id', 'co.officerId')
        .select(['co.caseId', 'o.name'])
        .where('co.caseId', 'in', caseIds)
        .orderBy('co.caseId')
        .orderBy('co.position')
        .execute()
    : []
  const officersOf = new Map<number, string[]>()
  for (const o of officers) officersOf.set(o.caseId, [...(officersOf.get(o.caseId) ?? []), o.name])
  const rubrics = new Map<number, Rubric>()
  for (const id of new Set(kept.map((r) => r.rubricId))) rubrics.set(id, await loadRubric(db, id))
  const entries = kept.map((r) => ({
    id: r.id,
    evaluationId: r.evaluationId,
    deductionId: r.deductionId,
    vetoId: r.vetoId,
    kind: r.kind,
    note: r.note,
    markedBy: r.markedBy,
    markedAt: r.markedAt,
    assignmentId: r.assignmentId,
    campaignId: r.campaignId,
    campaignName: r.campaignName,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    party: r.party,
    squadName: r.squadName,
    officers: officersOf.get(r.caseId) ?? [],
    reviewerName: r.reviewerName,
    rubricId: r.rubricId,
    ...describe(rubrics.get(r.rubricId)!, r),
  }))
  // Within an evaluation, as the scoring sheet reads: items in rubric order, then vetoes.
  const position = (e: TypicalEntry) => {
    const rubric = rubrics.get(e.rubricId)!
    return e.target === 'deduction' ? allItems(rubric).findIndex((i) => i.id === e.itemId) : 10_000 + rubric.vetoes.findIndex((v) => v.id === e.itemId)
  }
  const order = new Map(entries.map((e, i) => [e, i]))
  return entries.sort((a, b) => (a.evaluationId === b.evaluationId ? position(a) - position(b) || a.id - b.id : order.get(a)! - order.get(b)!))
}
