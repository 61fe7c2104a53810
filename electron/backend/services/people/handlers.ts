import type { DomainHandlers } from '../handler-types'
import { leadChange } from './guard'
import { createSquad, listSquads, removeSquad, reorderSquads, setSquadActive, updateSquad } from './squads'
import { createOfficer, listOfficers, setOfficerActive, updateOfficer } from './officers'
import { createReviewer, listReviewers, setReviewerActive, updateReviewer } from './reviewers'

export const peopleHandlers: DomainHandlers<'people'> = {
  'people.squads': async (ctx) => listSquads(ctx.db),
  'people.createSquad': async (ctx, fields) => leadChange(ctx, (trx, log) => createSquad(trx, log, fields)),
  'people.updateSquad': async (ctx, { id, fields }) => leadChange(ctx, (trx, log) => updateSquad(trx, log, id, fields)),
  'people.reorderSquads': async (ctx, { ids }) => leadChange(ctx, (trx, log) => reorderSquads(trx, log, ids)),
  'people.setSquadActive': async (ctx, { id, active }) => leadChange(ctx, (trx, log) => setSquadActive(trx, log, id, active)),
  'people.removeSquad': async (ctx, { id }) => {
    await leadChange(ctx, (trx, log) => removeSquad(trx, log, id))
    return { ok: true as const }
  },

  'people.officers': async (ctx, filter) => listOfficers(ctx.db, filter),
  'people.createOfficer': async (ctx, fields) => leadChange(ctx, (trx, log) => createOfficer(trx, log, fields)),
  'people.updateOfficer': async (ctx, { id, fields }) => leadChange(ctx, (trx, log) => updateOfficer(trx, log, id, fields)),
  'people.setOfficerActive': async (ctx, { id, active }) => leadChange(ctx, (trx, log) => setOfficerActive(trx, log, id, active)),

  'people.reviewers': async (ctx) => listReviewers(ctx.db, ctx.actor?.reviewerId ?? null),
  'people.createReviewer': async (ctx, fields) => leadChange(ctx, (trx, log) => createReviewer(trx, log, fields)),
  'people.updateReviewer': async (ctx, { id, fields }) => leadChange(ctx, (trx, log) => updateReviewer(trx, log, id, fields)),
  'people.setReviewerActive': async (ctx, { id, active }) => leadChange(ctx, (trx, log) => setReviewerActive(trx, log, id, active, ctx.actor?.reviewerId ?? null)),
}
