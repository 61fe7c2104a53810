import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { FollowUpRepeat } from '../../../../shared/domain/bulletin/rectification'
import type { Window } from '../statistics/window'

/**
 * Problems a 回头看 found again, for the bulletin of `w`: those of the follow-up campaign itself,
 * or for a period those whose follow-up campaign closed within it.
 */
export async function followUpRepeats(db: Kysely<DB>, w: Window): Promise<FollowUpRepeat[]> {
  let q = db
    .selectFrom('rectificationProblems as p')
    .innerJoin('rectificationNotices as n', 'n.id', 'p.noticeId')
    .innerJoin('squads as s', 's.id', 'n.squadId')
    .innerJoin('cases as k', 'k.id', 'p.caseId')
    .innerJoin('campaigns as f', 'f.id', 'p.followupCampaignId')
    .select(['s.name as squadName', 'p.itemId', 'p.title', 'k.caseNumber'])
    .where('p.followupResult', '=', 'reopened')
  q = w.kind === 'campaign' ? q.where('p.followupCampaignId', '=', w.campaignId) : q.where('f.closedAt', '>=', w.fromInstant).where('f.closedAt', '<', w.toInstant)
  return q.orderBy('s.sortOrder').orderBy('k.caseNumber').orderBy('p.itemId').execute()
}
