import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { AppError, notFound } from '../errors'
import { loadCalendar } from '../calendar/load'
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { writeExport } from '../exports/files'
import { readBulletinSettings } from '../bulletin/settings'
import { noticeDocx } from './notice-docx'
import { buildRegisterWorkbook } from './register-workbook'
import { storeFile } from '../documents/attach'
import { takePicked } from '../documents/picked'
import { withUpload } from '../uploads'
import { localIsoDate } from '../../../../shared/format/date'
import { campaignProblems } from './found'
import { campaignRow } from '../campaigns/guards'
import { storedDraft } from '../bulletin/drafts'
import { createFollowUp } from './follow-up'
import { listNotices, readNotice, requireNotice } from './queries'

const today = (ctx: ServiceContext) => localIsoDate(ctx.now())

async function closedCampaign(ctx: ServiceContext, campaignId: number) {
  const campaign = await campaignRow(ctx.db, campaignId)
  if (campaign.status !== 'closed') throw new AppError('campaign_not_closed', { name: campaign.name })
  return campaign
}

/** One audited change to a notice, the notice read back after it. */
async function noticeChange(
  ctx: ServiceContext,
  noticeId: number,
  work: (trx: Transaction<DB>, log: (entry: Parameters<typeof appendAudit>[2]) => Promise<unknown>) => Promise<void>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await requireNotice(trx, noticeId)
    await work(trx, (entry) => appendAudit(trx, ctx.now(), entry))
  })
  return readNotice(ctx.db, noticeId, today(ctx))
}

/** Stores one of the squad's files (sealed, as scans are) and lists it on the notice. */
async function attachToNotice(ctx: ServiceContext, id: number, path: string, fileName: string) {
  await requireNotice(ctx.db, id)
  const held = async (sha256: string) => (await ctx.db.selectFrom('rectificationFiles').select('id').where('noticeId', '=', id).where('sha256', '=', sha256).executeTakeFirst()) !== undefined
  await storeFile(ctx, path, fileName, held, async (trx, file) => {
    await trx.insertInto('rectificationFiles').values({ noticeId: id, sha256: file.sha256, fileName, addedAt: ctx.now().toISOString() }).execute()
    await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'rectification.attach', entity: 'rectification_notice', entityId: id, after: { sha256: file.sha256, fileName } })
  })
}

export const rectificationHandlers: DomainHandlers<'rectification'> = {
  'rectification.candidates': async (ctx, { campaignId }) => {
    await closedCampaign(ctx, campaignId)
    const problems = await campaignProblems(ctx.db, campaignId)
    const squads = await ctx.db.selectFrom('squads').select(['id', 'name']).orderBy('sortOrder').orderBy('id').execute()
    const notices = await ctx.db.selectFrom('rectificationNotices').select(['id', 'squadId']).where('campaignId', '=', campaignId).execute()
    return squads.flatMap((s) => {
      const own = problems.filter((p) => p.squadId === s.id)
      if (!own.length) return []
      return [{ squadId: s.id, squadName: s.name, cases: new Set(own.map((p) => p.caseId)).size, problems: own.length, noticeId: notices.find((n) => n.squadId === s.id)?.id ?? null }]
    })
  },

  'rectification.issue': async (ctx, { campaignId, squadIds, issuedOn, workingDays, requirement }) => {
    await closedCampaign(ctx, campaignId)
    const problems = await campaignProblems(ctx.db, campaignId)
    const deadlineOn = (await loadCalendar(ctx.db)).addWorkingDays(issuedOn, workingDays).date
    const actor = actorName(ctx)
    // Left empty, a squad's requirement is what the campaign's saved bulletin asks of it (三、整改要求).
    const bulletin = requirement ? null : await storedDraft(ctx.db, { kind: 'campaign', campaignId })
    const squadNames = new Map((await ctx.db.selectFrom('squads').select(['id', 'name']).execute()).map((s) => [s.id, s.name]))
    const requirementOf = (squadId: number) => requirement || (bulletin?.content.rectification.squads.find((r) => r.squadName === squadNames.get(squadId))?.text ?? '')
    const issued = await ctx.db.transaction().execute(async (trx) => {
      const ids: number[] = []
      for (const squadId of squadIds) {
        const own = problems.filter((p) => p.squadId === squadId)
        const exists = await trx.selectFrom('rectificationNotices').select('id').where('campaignId', '=', campaignId).where('squadId', '=', squadId).executeTakeFirst()
        if (!own.length || exists) continue
        const { id } = await trx
          .insertInto('rectificationNotices')
          .values({ campaignId, squadId, issuedOn, deadlineOn, requirement: requirementOf(squadId), issuedBy: actor, createdAt: ctx.now().toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow()
        await trx
          .insertInto('rectificationProblems')
          .values(own.map(({ squadId: _s, ...p }, position) => ({ ...p, noticeId: id, position })))
          .execute()
        await appendAudit(trx, ctx.now(), { actor, action: 'rectification.issue', entity: 'rectification_notice', entityId: id, after: { campaignId, squadId, issuedOn, deadlineOn, problems: own.length } })
        ids.push(id)
      }
      return ids
    })
    return (await listNotices(ctx.db, today(ctx), campaignId)).filter((n) => issued.includes(n.id))
  },

  'rectification.list': async (ctx, { campaignId }) => listNotices(ctx.db, today(ctx), campaignId),

  'rectification.get': async (ctx, { id }) => readNotice(ctx.db, id, today(ctx)),

  'rectification.update': async (ctx, { id, docNumber, responsible, requirement }) =>
    noticeChange(ctx, id, async (trx, log) => {
      const before = await trx.selectFrom('rectificationNotices').select(['docNumber', 'responsible', 'requirement']).where('id', '=', id).executeTakeFirstOrThrow()
      await trx.updateTable('rectificationNotices').set({ docNumber, responsible, requirement }).where('id', '=', id).execute()
      await log({ actor: actorName(ctx), action: 'rectification.update', entity: 'rectification_notice', entityId: id, before, after: { docNumber, responsible, requirement } })
    }),

  'rectification.reply': async (ctx, { id, repliedOn, note, problems }) =>
    noticeChange(ctx, id, async (trx, log) => {
      const before = await trx.selectFrom('rectificationNotices').select(['repliedOn', 'replyNote']).where('id', '=', id).executeTakeFirstOrThrow()
      const own = new Set((await trx.selectFrom('rectificationProblems').select('id').where('noticeId', '=', id).execute()).map((p) => p.id))
      const foreign = problems.find((p) => !own.has(p.problemId))
      if (foreign) throw notFound('rectification_problem', foreign.problemId)
      await trx.updateTable('rectificationNotices').set({ repliedOn, replyNote: note }).where('id', '=', id).execute()
      for (const p of problems) await trx.updateTable('rectificationProblems').set({ reply: p.reply }).where('id', '=', p.problemId).execute()
      await log({
        actor: actorName(ctx),
        action: 'rectification.reply',
        entity: 'rectification_notice',
        entityId: id,
        before: { repliedOn: before.repliedOn, note: before.replyNote, replies: 0 },
        after: { repliedOn, note, replies: problems.length },
      })
    }),

  'rectification.attach': async (ctx, { id, path, fileName }) =>
    withUpload(ctx.paths.data, path, async () => {
      await attachToNotice(ctx, id, path, fileName ?? basename(path))
      return readNotice(ctx.db, id, today(ctx))
    }),

  'rectification.pickAndAttach': async (ctx, { id }) => {
    await requireNotice(ctx.db, id)
    const { failed } = await takePicked(ctx, 'scans', 'rectification.attach', (path, fileName) => attachToNotice(ctx, id, path, fileName))
    return { notice: await readNotice(ctx.db, id, today(ctx)), failed }
  },

  'rectification.verify': async (ctx, { problemId, verdict, reason }) => {
    const problem = await ctx.db.selectFrom('rectificationProblems').select(['noticeId', 'verdict', 'verdictReason']).where('id', '=', problemId).executeTakeFirst()
    if (!problem) throw notFound('rectification_problem', problemId)
    return noticeChange(ctx, problem.noticeId, async (trx, log) => {
      const actor = actorName(ctx)
      await trx.updateTable('rectificationProblems').set({ verdict, verdictReason: reason, verifiedBy: actor, verifiedAt: ctx.now().toISOString() }).where('id', '=', problemId).execute()
      await log({
        actor,
        action: 'rectification.verify',
        entity: 'rectification_notice',
        entityId: problem.noticeId,
        before: { problemId, verdict: problem.verdict, reason: problem.verdictReason },
        after: { problemId, verdict, reason },
      })
    })
  },

  'rectification.followUp': async (ctx, input) => ctx.db.transaction().execute((trx) => createFollowUp(trx, ctx.now(), actorName(ctx), input)),

  'rectification.exportNotice': async (ctx, { id }) => {
    const notice = await readNotice(ctx.db, id, today(ctx))
    const bytes = await noticeDocx(notice, await readBulletinSettings(ctx.db))
    return writeExport(ctx, `整改通知书-${notice.squadName}`, 'docx', (filePath) => writeFile(filePath, bytes))
  },

  'rectification.exportRegister': async (ctx, { campaignId }) => {
    if (campaignId !== undefined) await campaignRow(ctx.db, campaignId)
    const { workbook, fileName } = await buildRegisterWorkbook(ctx.db, today(ctx), await ctx.locale(), campaignId)
    return writeExport(ctx, fileName, 'xlsx', (filePath) => workbook.xlsx.writeFile(filePath))
  },

  'rectification.remove': async (ctx, { id }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const notice = await trx
        .selectFrom('rectificationNotices as n')
        .innerJoin('squads as s', 's.id', 'n.squadId')
        .select(['n.campaignId', 'n.squadId', 'n.repliedOn', 's.name'])
        .where('n.id', '=', id)
        .executeTakeFirst()
      if (!notice) throw notFound('rectification_notice', id)
      if (notice.repliedOn !== null) throw new AppError('notice_replied', { squad: notice.name })
      const { n } = await trx.selectFrom('rectificationProblems').select((eb) => eb.fn.countAll<number>().as('n')).where('noticeId', '=', id).executeTakeFirstOrThrow()
      await trx.deleteFrom('rectificationFiles').where('noticeId', '=', id).execute()
      await trx.deleteFrom('rectificationProblems').where('noticeId', '=', id).execute()
      await trx.deleteFrom('rectificationNotices').where('id', '=', id).execute()
      await appendAudit(trx, ctx.now(), { actor: actorName(ctx), action: 'rectification.remove', entity: 'rectification_notice', entityId: id, before: { campaignId: notice.campaignId, squadId: notice.squadId, problems: Number(n) } })
    })
    return { ok: true as const }
  },
}
