import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { NoticeDetail, NoticeState, NoticeSummary } from '../../../../shared/contract/rectification'
import { notFound } from '../errors'

function noticeQuery(db: Kysely<DB>) {
  return db
    .selectFrom('rectificationNotices as n')
    .innerJoin('campaigns as c', 'c.id', 'n.campaignId')
    .innerJoin('squads as s', 's.id', 'n.squadId')
    .select([
      'n.id', 'n.campaignId', 'c.name as campaignName', 'n.squadId', 's.name as squadName', 'n.docNumber', 'n.issuedOn', 'n.deadlineOn',
      'n.responsible', 'n.repliedOn', 'n.requirement', 'n.replyNote', 'n.issuedBy',
    ])
    .select((eb) => [
      eb.selectFrom('rectificationProblems as p').whereRef('p.noticeId', '=', 'n.id').select((e) => e.fn.countAll<number>().as('n')).as('problems'),
      eb
        .selectFrom('rectificationProblems as p')
        .whereRef('p.noticeId', '=', 'n.id')
        .where('p.verdict', '=', 'rectified')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('rectified'),
      eb
        .selectFrom('rectificationProblems as p')
        .whereRef('p.noticeId', '=', 'n.id')
        .where('p.followupResult', '=', 'reopened')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('reopened'),
    ])
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticeQuery>['execute']>>[number]

/** Where a notice stands on `today`: closed once every problem is verified rectified and no 回头看 found one again. */
function stateOf(r: NoticeRow, today: string): { state: NoticeState; overdue: boolean } {
  const problems = Number(r.problems)
  const rectified = Number(r.rectified)
  const settled = problems > 0 && rectified === problems && Number(r.reopened) === 0
  const state: NoticeState = settled ? 'closed' : r.repliedOn === null ? 'awaiting_reply' : 'verifying'
  const late = r.repliedOn === null ? today > r.deadlineOn : r.repliedOn > r.deadlineOn
  return { state, overdue: state !== 'closed' && late }
}

function toSummary(r: NoticeRow, today: string): NoticeSummary {
  return {
    id: r.id,
    campaignId: r.campaignId,
    campaignName: r.campaignName,
    squadId: r.squadId,
    squadName: r.squadName,
    docNumber: r.docNumber,
    issuedOn: r.issuedOn,
    deadlineOn: r.deadlineOn,
    responsible: r.responsible,
    repliedOn: r.repliedOn,
    problems: Number(r.problems),
    rectified: Number(r.rectified),
    reopened: Number(r.reopened),
    ...stateOf(r, today),
  }
}

export async function listNotices(db: Kysely<DB>, today: string, campaignId?: number): Promise<NoticeSummary[]> {
  const rows = await noticeQuery(db)
    .$if(campaignId !== undefined, (q) => q.where('n.campaignId', '=', campaignId!))
    .orderBy('n.issuedOn', 'desc')
    .orderBy('s.sortOrder')
    .orderBy('n.id')
    .execute()
  return rows.map((r) => toSummary(r, today))
}

export async function readNotice(db: Kysely<DB>, id: number, today: string): Promise<NoticeDetail> {
  const row = await noticeQuery(db).where('n.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('rectification_notice', id)
  const items = await db
    .selectFrom('rectificationProblems as p')
    .innerJoin('cases as k', 'k.id', 'p.caseId')
    .leftJoin('campaigns as f', 'f.id', 'p.followupCampaignId')
    .select([
      'p.id', 'p.caseId', 'k.caseNumber', 'k.party', 'p.evaluationId', 'p.kind', 'p.itemId', 'p.title', 'p.pointsTenths', 'p.reason', 'p.documentId', 'p.page',
      'p.reply', 'p.verdict', 'p.verdictReason', 'p.verifiedBy', 'p.verifiedAt', 'p.followupCampaignId', 'p.followupResult', 'f.name as followupName',
    ])
    .where('p.noticeId', '=', id)
    .orderBy('p.position')
    .execute()
  const files = await db
    .selectFrom('rectificationFiles as r')
    .innerJoin('files as f', 'f.sha256', 'r.sha256')
    .select(['r.id', 'r.sha256', 'r.fileName', 'f.mime', 'f.pageCount', 'r.addedAt'])
    .where('r.noticeId', '=', id)
    .orderBy('r.id')
    .execute()
  return {
    ...toSummary(row, today),
    requirement: row.requirement,
    replyNote: row.replyNote,
    issuedBy: row.issuedBy,
    items: items.map(({ pointsTenths, followupCampaignId, followupResult, followupName, ...p }) => ({
      ...p,
      points: pointsTenths === null ? null : pointsTenths / 10,
      followUp: followupCampaignId === null ? null : { campaignId: followupCampaignId, campaignName: followupName ?? '', result: followupResult ?? ('pending' as const) },
    })),
    // The store takes only the kinds inspection accepts, as documents.list reads them.
    files: files.map((f) => ({ ...f, mime: f.mime as NoticeDetail['files'][number]['mime'] })),
  }
}

/** Refuses a notice that does not exist (removed meanwhile, or never). */
export async function requireNotice(db: Kysely<DB>, id: number): Promise<void> {
  const found = await db.selectFrom('rectificationNotices').select('id').where('id', '=', id).executeTakeFirst()
  if (!found) throw notFound('rectification_notice', id)
}
