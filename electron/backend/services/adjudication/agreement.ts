import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { AgreementView } from '../../../../shared/contract/adjudication'
import { agreementTables, reviewFrom, type PairedCase } from '../../../../shared/domain/agreement'
import { allItems } from '../../../../shared/domain/rubric'
import { loadRubric } from '../rubrics/load'
import { campaignOf } from './view'
import { caseRounds, reviewDetails, submittedPair } from './rounds'

/**
 * Agreement of the campaign's blind reviews, over the cases both rounds submitted. Cases scored
 * against another rubric version than the first such case are left out: κ per item needs one
 * list of items.
 */
export async function campaignAgreement(db: Kysely<DB>, campaignId: number): Promise<AgreementView> {
  await campaignOf(db, campaignId)
  const pairs = (await caseRounds(db, campaignId)).flatMap((c) => {
    const pair = submittedPair(c)
    return pair ? [pair] : []
  })
  const [first] = pairs
  if (!first) return { pairs: [], items: [] }
  const rubricId = first[0].rubricId
  const same = pairs.filter(([a, b]) => a.rubricId === rubricId && b.rubricId === rubricId)
  const rubric = await loadRubric(db, rubricId)
  const details = await reviewDetails(db, same.flatMap(([a, b]) => [a.evaluationId, b.evaluationId]))
  const names = new Map(same.flatMap(([a, b]) => [[a.reviewerId, a.reviewerName] as const, [b.reviewerId, b.reviewerName] as const]))
  const cases: PairedCase[] = same.map(([a, b]) => ({
    reviewerIds: [a.reviewerId, b.reviewerId],
    a: { ...reviewFrom(details.get(a.evaluationId)!), total: a.total },
    b: { ...reviewFrom(details.get(b.evaluationId)!), total: b.total },
  }))
  const tables = agreementTables(rubric, cases)
  const titles = new Map(allItems(rubric).map((i) => [i.id, i]))
  return {
    pairs: tables.pairs.map((p) => ({ ...p, reviewerNames: [names.get(p.reviewerIds[0])!, names.get(p.reviewerIds[1])!] })),
    items: tables.items.map((i) => ({ ...i, title: titles.get(i.itemId)!.title, titleEn: titles.get(i.itemId)!.titleEn })),
  }
}
